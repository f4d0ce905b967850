package dev.cronhound.core.analytic;

import static dev.cronhound.core.analytic.EndpointTransferTest.PS;
import static dev.cronhound.core.analytic.EndpointTransferTest.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the AN1118/AN1113 score over seeded random estates. */
class EndpointTransferProperties {

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  /** One random task channel on WS01, and {@code sharing} other hosts talking to the same destination. */
  private static List<Finding> estate(long seed, int sharing) {
    Random r = new Random(seed);
    double period = new double[] {600, 3600, 4 * 3600, 86400}[r.nextInt(4)];
    int runs = period >= 86400 ? 10 + r.nextInt(20) : 30 + r.nextInt(100);
    double jitter = period * 0.5 * r.nextDouble();
    boolean bytes = r.nextBoolean();
    long out = bytes ? 1 + r.nextInt(5_000_000) : -1;
    long in = bytes ? r.nextInt(5_000_000) : -1;
    String image = r.nextBoolean() ? PS : "C:\\Program Files\\Agent\\agent.exe";
    EndpointTransferTest.Estate e = new EndpointTransferTest.Estate();
    e.boot("WS01");
    e.task("WS01", "\\T" + seed, image, "-x " + seed, period, jitter, runs, "203.0.113.7", out, in, new Random(seed * 31));
    for (int h = 0; h < sharing; h++) {
      e.boot("WS1" + h);
      e.task("WS1" + h, "\\Other", "C:\\o.exe", "", 7200, 600, 5, "203.0.113.7", 10, 10, new Random(h));
    }
    return e.analyze(DestinationAllowlist.empty(), ParentProcessBaseline.empty()).findings();
  }

  private static Finding ws01(List<Finding> findings) {
    return findings.stream().filter(f -> f.host().equals("WS01")).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theScoreIsTheWeightedMeanOfItsPartsTimesTheMultipliersAndStaysInZeroOne(long seed) {
    for (Finding f : estate(seed, (int) (seed % 3))) {
      double num = 0;
      double den = 0;
      double mult = 1;
      for (ScorePart p : f.scoreParts()) {
        assertThat(p.value()).isBetween(0.0, 1.0);
        if (p.role() == ScorePart.Role.WEIGHTED) {
          num += p.weight() * p.value();
          den += p.weight();
        } else if (p.role() == ScorePart.Role.MULTIPLIER) {
          mult *= p.value();
        }
      }
      assertThat(f.score()).isCloseTo(num / den * mult, within(1e-12)).isBetween(0.0, 1.0);
      double min = Double.parseDouble(f.silenceWith().get(2).entry());
      assertThat(min).as("MinScore silencer is above the score").isGreaterThan(f.score());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void moreHostsTalkingToTheDestinationNeverRaiseTheScore(long seed) {
    double alone = ws01(estate(seed, 0)).score();
    double shared = ws01(estate(seed, 1)).score();
    double common = ws01(estate(seed, 3)).score();
    assertThat(shared).isLessThanOrEqualTo(alone);
    assertThat(common).isLessThanOrEqualTo(shared);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aTaskAlwaysMakesItAn1118WithT1053(long seed) {
    Finding f = ws01(estate(seed, 0));
    assertThat(f.analytic()).isEqualTo("AN1118");
    assertThat(f.technique()).contains("T1029", "T1053.005");
    assertThat(part(f, "lineage").value()).isIn(0.6, 1.0);
    assertThat(f.technique().contains("T1020")).isEqualTo(f.bytesOut() > f.bytesIn());
  }
}
