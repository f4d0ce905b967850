package dev.cronhound.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link CronExpression} over seeded random expressions ({@link RandomCron}): next()
 * strictly increases and lands on run times, and over a year it finds exactly the minutes a
 * minute-by-minute scan with an independent reading of the fields finds.
 */
class CronExpressionProperties {

  private static final long MINUTE = 60_000_000L;
  private static final long YEAR_MINUTES = 366 * 1440L;
  /** 2024-01-01T00:00Z. */
  private static final long START_2024 = 1_704_067_200_000_000L;

  static LongStream seeds() {
    return LongStream.range(0, 40).map(i -> 0x5eed_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nextIsStrictlyIncreasingAndSatisfiesTheExpression(long seed) {
    RandomCron rc = RandomCron.draw(seed);
    CronExpression e = CronExpression.parse(rc.text());
    Random r = new Random(seed);
    long t = START_2024 + (long) (r.nextDouble() * 5 * 365 * 86_400e6);
    for (int i = 0; i < 300; i++) {
      OptionalLong n = e.next(t);
      if (n.isEmpty()) {
        assertThat(i).as("%s never runs", rc.text()).isZero();
        return;
      }
      assertThat(n.getAsLong()).as(rc.text()).isGreaterThan(t);
      assertThat(e.runsAt(n.getAsLong())).as(rc.text()).isTrue();
      assertThat(rc.fires(n.getAsLong() / MINUTE)).as(rc.text()).isTrue();
      // from any point inside the gap, next() returns the same run
      long inside = t + (long) (r.nextDouble() * (n.getAsLong() - t));
      assertThat(e.next(inside)).as(rc.text()).hasValue(n.getAsLong());
      t = n.getAsLong();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithMinuteByMinuteScanOverAYear(long seed) {
    RandomCron rc = RandomCron.draw(seed);
    CronExpression e = CronExpression.parse(rc.text());
    long firstMinute = START_2024 / MINUTE + new Random(seed).nextInt(3 * 365) * 1440L;
    List<Long> scanned = new ArrayList<>();
    for (long m = firstMinute; m < firstMinute + YEAR_MINUTES; m++) {
      if (rc.fires(m)) {
        scanned.add(m * MINUTE);
      }
      assertThat(e.firesInMinute(m)).isEqualTo(rc.fires(m));
    }
    List<Long> stepped = new ArrayList<>();
    long t = firstMinute * MINUTE - 1;
    while (true) {
      OptionalLong n = e.next(t);
      if (n.isEmpty() || n.getAsLong() >= (firstMinute + YEAR_MINUTES) * MINUTE) {
        break;
      }
      stepped.add(n.getAsLong());
      t = n.getAsLong();
    }
    assertThat(stepped).as(rc.text()).isEqualTo(scanned);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void periodIsTheMedianGapAndRunsOnScheduleMatchFully(long seed) {
    RandomCron rc = RandomCron.draw(seed);
    CronExpression e = CronExpression.parse(rc.text());
    long period = e.periodSeconds();
    OptionalLong first = e.next(START_2024);
    if (first.isEmpty()) {
      assertThat(period).isEqualTo(-1);
      return;
    }
    long[] runs = new long[50];
    long t = START_2024;
    int n = 0;
    for (; n < runs.length; n++) {
      OptionalLong next = e.next(t);
      if (next.isEmpty()) {
        break;
      }
      runs[n] = next.getAsLong() + (n % 2 == 0 ? 20_000_000L : -20_000_000L);
      t = next.getAsLong();
    }
    long[] beats = java.util.Arrays.copyOf(runs, n);
    assertThat(e.matches(beats, 30_000_000L)).isEqualTo(1.0);
    assertThat(e.matches(beats, 10_000_000L)).isEqualTo(0.0);
    assertThat(period == -1 || period >= 60).as("%s period %d", rc.text(), period).isTrue();
  }
}
