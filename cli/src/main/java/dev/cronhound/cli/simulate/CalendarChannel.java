package dev.cronhound.cli.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One host firing a {@link Beat} at a wall-clock time of day ({@code ±jitter}, uniform) on the
 * dates a {@link DayRule} selects: cron-style daily and weekly jobs.
 */
final class CalendarChannel implements Channel {
  /** Whether a job runs on a date, was scheduled but skipped, or is not scheduled at all. */
  enum Day {
    RUN,
    SKIP,
    OFF
  }

  /** Decides, date by date in order, whether the job runs. */
  @FunctionalInterface
  interface DayRule {
    Day on(int dateIndex, LocalDate date, SplittableRandom random);
  }

  private final SplittableRandom random;
  private final TimeWindow window;
  private final DayRule rule;
  private final long timeOfDay;
  private final long jitter;
  private final Beat beat;
  private final BeatStats stats = new BeatStats();
  private int date = -1;
  private long next;

  /** {@code timeOfDay} and {@code jitter} in microseconds. */
  CalendarChannel(
      SplittableRandom random,
      TimeWindow window,
      DayRule rule,
      long timeOfDay,
      long jitter,
      Beat beat) {
    this.random = random;
    this.window = window;
    this.rule = rule;
    this.timeOfDay = timeOfDay;
    this.jitter = jitter;
    this.beat = beat;
    advance();
  }

  static DayRule everyDay() {
    return (index, date, random) -> Day.RUN;
  }

  static DayRule weekly(DayOfWeek day) {
    return (index, date, random) -> date.getDayOfWeek() == day ? Day.RUN : Day.OFF;
  }

  /**
   * Runs daily but skips {@code round(fraction * days)} of the dates, chosen at random among all
   * but the first {@code protectedDays} (selection sampling: exact count, no memory of dates).
   */
  static DayRule skipping(double fraction, int protectedDays, int days) {
    return new SkipQuota(fraction, protectedDays, days);
  }

  /** Picks exactly the quota of skipped dates, each remaining date equally likely. */
  private static final class SkipQuota implements DayRule {
    private final int protectedDays;
    private final int days;
    private int toSkip;

    SkipQuota(double fraction, int protectedDays, int days) {
      this.protectedDays = protectedDays;
      this.days = days;
      int eligible = Math.max(0, days - protectedDays);
      this.toSkip = (int) Math.min(eligible, Math.round(fraction * days));
    }

    @Override
    public Day on(int index, LocalDate date, SplittableRandom random) {
      if (index < protectedDays || index >= days) {
        return Day.RUN;
      }
      if (random.nextInt(days - index) < toSkip) {
        toSkip--;
        return Day.SKIP;
      }
      return Day.RUN;
    }
  }

  private void advance() {
    next = Long.MAX_VALUE;
    while (++date < window.dateCount()) {
      Day day = rule.on(date, window.date(date), random);
      long at = window.midnight(date) + timeOfDay - jitter + random.nextLong(2 * jitter + 1);
      if (!window.contains(at) || day == Day.OFF) {
        continue;
      }
      if (day == Day.SKIP) {
        stats.skip();
        continue;
      }
      next = at;
      return;
    }
  }

  @Override
  public void emit(long from, long to, Traffic traffic) {
    while (next < to) {
      stats.beat(next, beat.fire(random, next, traffic));
      advance();
    }
  }

  BeatStats stats() {
    return stats;
  }
}
