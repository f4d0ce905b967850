package dev.cronhound.core.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chance score over seeded random series: random beats score low, periodic ones high. */
class ChanceRegularityProperties {

  static final long DAY = 86_400_000_000L;

  static double evidenceOf(long[] starts) {
    return RhythmAnalysis.analyze(EpisodeSeries.ofTimes(starts, new long[starts.length]), 0, DAY, RhythmTunables.DEFAULTS)
        .map(r -> ChanceRegularity.evidenceLog10(r.episodeStartsMicros(), r.periodSeconds(), 1))
        .orElse(0.0);
  }

  static long[] uniform(Random r, int n, long window) {
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = (long) (r.nextDouble() * window);
    }
    Arrays.sort(t);
    return t;
  }

  @Test
  void randomBeatsOverADayRarelyShowEvidence() {
    for (int n = 6; n <= 10; n++) {
      int over2 = 0;
      int over3 = 0;
      double sum = 0;
      int trials = 20_000;
      for (int seed = 0; seed < trials; seed++) {
        double e = evidenceOf(uniform(new Random(seed * 31L + n), n, DAY));
        sum += e;
        over2 += e >= 2 ? 1 : 0;
        over3 += e >= 3 ? 1 : 0;
      }
      assertThat(sum / trials).as("mean evidence of %d random beats", n).isLessThan(0.6);
      assertThat(over2 / (double) trials).as("share of %d random beats at 2 decades", n).isLessThan(0.02);
      assertThat(over3 / (double) trials).as("share of %d random beats at 3 decades", n).isLessThan(0.003);
    }
  }

  @Test
  void periodicSeriesShowStrongEvidenceAcrossSeeds() {
    for (int seed = 0; seed < 500; seed++) {
      Random r = new Random(seed);
      double period = 300 + r.nextDouble() * 3300;
      double jitter = r.nextDouble() * 0.10;
      int n = (int) (86400 / period);
      long[] t = new long[n];
      for (int i = 0; i < n; i++) {
        t[i] = (long) ((i * period + (2 * r.nextDouble() - 1) * jitter * period) * 1e6) + 4_000_000_000L;
      }
      Arrays.sort(t);
      assertThat(evidenceOf(t)).as("seed %d, %d beats every %.0f s, jitter %.2f", seed, n, period, jitter)
          .isGreaterThan(6);
    }
  }

  @Test
  void nullDistributionFunctionIsContinuousAndSpansZeroToOne() {
    assertThat(Math.exp(ChanceRegularity.lnF(0.5))).isCloseTo(Math.sqrt(0.5), within(1e-12));
    assertThat(Math.exp(ChanceRegularity.lnF(0.5 + 1e-12))).isCloseTo(Math.sqrt(0.5), within(1e-9));
    assertThat(Math.exp(ChanceRegularity.lnF(1))).isCloseTo(1, within(1e-12));
    assertThat(Math.exp(ChanceRegularity.lnF(0.25))).isCloseTo(Math.pow(2, 0.25) - Math.pow(2, -0.25), within(1e-12));
  }

  @Test
  void upperTailMatchesTheClosedFormForSmallDegrees() {
    // Pr(Gamma(3,1) >= 5) = e^-5 (1 + 5 + 12.5)
    assertThat(ChanceRegularity.lnUpperTail(3, 5)).isCloseTo(Math.log(Math.exp(-5) * 18.5), within(1e-12));
    assertThat(ChanceRegularity.lnUpperTail(1, 2)).isCloseTo(-2, within(1e-12));
    // a huge statistic: the log stays finite (no underflow to -infinity)
    assertThat(ChanceRegularity.lnUpperTail(5000, 60000)).isFinite().isLessThan(-30000);
  }
}
