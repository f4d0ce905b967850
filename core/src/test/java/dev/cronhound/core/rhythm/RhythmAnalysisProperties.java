package dev.cronhound.core.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the rhythm score over seeded random beat trains, many cases per property. */
class RhythmAnalysisProperties {

  static final double[] PERIODS = {10, 60, 300, 3600, 6 * 3600, 86400, 7 * 86400};

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  /** Enough beats to judge, fewer for long periods (a weekly job over 8 weeks has 8). */
  static int beatsFor(double period) {
    return period >= 7 * 86400 ? 8 : period >= 86400 ? 21 : 150;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void invariantToShiftingAllTimestamps(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double period = PERIODS[r.nextInt(PERIODS.length)];
    BeatTrains train = BeatTrains.beacon(r, period, beatsFor(period), 0.3 * r.nextDouble(), 0.2 * r.nextDouble());
    long shift = (long) (r.nextDouble() * 400 * 86400e6) - (long) (200 * 86400e6);
    long[] shifted = Arrays.stream(train.startsMicros).map(t -> t + shift).toArray();
    RhythmScore a = train.score();
    RhythmScore b =
        RhythmAnalysis.analyze(EpisodeSeries.ofTimes(shifted, train.bytesOut),
                train.windowStart + shift, train.windowEnd + shift, RhythmTunables.DEFAULTS)
            .orElseThrow();
    assertThat(b.score()).isCloseTo(a.score(), within(1e-6));
    assertThat(b.periodSeconds()).isCloseTo(a.periodSeconds(), within(1e-6 * a.periodSeconds()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void invariantToInputOrder(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double period = PERIODS[r.nextInt(PERIODS.length)];
    BeatTrains train = BeatTrains.beacon(r, period, beatsFor(period), 0.5 * r.nextDouble(), 0.3 * r.nextDouble());
    int n = train.startsMicros.length;
    long[] t = train.startsMicros.clone();
    long[] b = train.bytesOut.clone();
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      long x = t[i];
      t[i] = t[j];
      t[j] = x;
      x = b[i];
      b[i] = b[j];
      b[j] = x;
    }
    RhythmScore shuffled =
        RhythmAnalysis.analyze(EpisodeSeries.ofTimes(t, b), train.windowStart, train.windowEnd,
                RhythmTunables.DEFAULTS)
            .orElseThrow();
    assertThat(shuffled.score()).isEqualTo(train.score().score());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void perfectBeaconScoresAtLeastPointNine(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (double period : PERIODS) {
      RhythmScore s = BeatTrains.beacon(r, period, beatsFor(period), 0, 0).score();
      assertThat(s.score()).as("period %s", period).isGreaterThanOrEqualTo(0.9);
      assertThat(s.periodSeconds()).isCloseTo(period, within(period * 1e-6));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void poissonArrivalsWithTheSameMeanRateScoreBelowHalf(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (double period : new double[] {10, 300, 3600}) {
      assertThat(BeatTrains.poisson(r, period, 150).score().score())
          .as("period %s", period)
          .isLessThan(0.5);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {10, 60, 300, 3600, 21600, 86400, 604800})
  void fiftyPercentJitterStillScoresHigh(double period) {
    double sum = 0;
    for (long seed = 0; seed < 40; seed++) {
      sum += BeatTrains.beacon(new SplittableRandom(seed), period, beatsFor(period), 0.5, 0).score().score();
    }
    assertThat(sum / 40).isGreaterThanOrEqualTo(0.7);
  }

  @ParameterizedTest
  @ValueSource(doubles = {10, 60, 300, 3600, 21600, 86400, 604800})
  void thirtyPercentMissingBeatsStillScoresHigh(double period) {
    double sum = 0;
    for (long seed = 0; seed < 40; seed++) {
      sum += BeatTrains.beacon(new SplittableRandom(seed), period, 2 * beatsFor(period), 0, 0.3).score().score();
    }
    assertThat(sum / 40).isGreaterThanOrEqualTo(0.8);
  }

  @ParameterizedTest
  @ValueSource(doubles = {10, 300, 3600, 86400})
  void scoreDoesNotRiseAsJitterGrows(double period) {
    double previous = Double.MAX_VALUE;
    for (double jitter = 0; jitter <= 0.9; jitter += 0.1) {
      double sum = 0;
      for (long seed = 0; seed < 40; seed++) {
        sum += BeatTrains.beacon(new SplittableRandom(seed), period, beatsFor(period), jitter, 0).score().score();
      }
      double mean = sum / 40;
      assertThat(mean).as("jitter %.1f", jitter).isLessThanOrEqualTo(previous + 0.01);
      previous = mean;
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {10, 300, 3600, 86400})
  void missingBeatsLowerTheScoreGently(double period) {
    double previous = Double.MAX_VALUE;
    double first = 0;
    for (double missing = 0; missing <= 0.31; missing += 0.1) {
      double sum = 0;
      for (long seed = 0; seed < 40; seed++) {
        sum += BeatTrains.beacon(new SplittableRandom(seed), period, 2 * beatsFor(period), 0, missing).score().score();
      }
      double mean = sum / 40;
      if (missing == 0) {
        first = mean;
      }
      assertThat(mean).as("missing %.1f", missing).isLessThanOrEqualTo(previous + 0.01);
      assertThat(first - mean).as("missing %.1f costs at most %.1f", missing, missing).isLessThanOrEqualTo(missing * 0.5);
      previous = mean;
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scoreAndEveryPartStayInUnitInterval(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    BeatTrains train = r.nextBoolean()
        ? BeatTrains.poisson(r, 1 + r.nextDouble() * 10000, 5 + r.nextInt(200))
        : BeatTrains.beacon(r, 1 + r.nextDouble() * 100000, 5 + r.nextInt(100), r.nextDouble(), 0.4 * r.nextDouble());
    RhythmAnalysis.analyze(train.series(), train.windowStart, train.windowEnd, RhythmTunables.DEFAULTS)
        .ifPresent(s -> {
          assertThat(s.score()).isBetween(0.0, 1.0);
          s.parts().forEach(p -> assertThat(p.value()).as(p.name()).isBetween(0.0, 1.0));
        });
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aScheduleFarFromTheIntervalsIsIgnored(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double period = PERIODS[r.nextInt(PERIODS.length)];
    BeatTrains train = BeatTrains.beacon(r, period, beatsFor(period), 0.2 * r.nextDouble(), 0.1 * r.nextDouble());
    RhythmScore own = train.score();
    for (double factor : new double[] {0.2, 10}) {
      RhythmScore withSchedule = RhythmAnalysis.analyze(EpisodeSeries.ofTimes(train.startsMicros, train.bytesOut),
          train.windowStart, train.windowEnd, RhythmTunables.DEFAULTS, own.periodSeconds() * factor).orElseThrow();
      assertThat(withSchedule.score()).isEqualTo(own.score());
      assertThat(withSchedule.periodSeconds()).isEqualTo(own.periodSeconds());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void onItsScheduleADailyJobThatSkipsDaysKeepsEveryBeatOnTheGrid(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    BeatTrains train = BeatTrains.beacon(r, 86400, 21, 0.01 * r.nextDouble(), 0.2 + 0.2 * r.nextDouble());
    RhythmScore s = RhythmAnalysis.analyze(EpisodeSeries.ofTimes(train.startsMicros, train.bytesOut),
        train.windowStart, train.windowEnd, RhythmTunables.DEFAULTS, 86400).orElseThrow();
    assertThat(s.periodSeconds()).isEqualTo(86400);
    assertThat(part(s, "histogram")).isEqualTo(1.0);
    assertThat(s.jitter()).as("offsets from the schedule, not the skipped days").isLessThan(0.02);
    assertThat(part(s, "dispersion")).isGreaterThan(0.95);
    assertThat(s.score()).isBetween(0.0, 1.0);
  }

  private static double part(RhythmScore s, String name) {
    return s.parts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().value();
  }
}
