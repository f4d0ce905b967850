package dev.cronhound.core.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A cron schedule: five fields {@code minute hour day-of-month month day-of-week} separated by
 * blanks, or a nickname ({@code @hourly}, {@code @daily} = {@code @midnight}, {@code @weekly},
 * {@code @monthly}, {@code @yearly} = {@code @annually}, {@code @reboot}), as crontab(5) writes it.
 * Field syntax: see {@link CronField}; day-of-week {@code 0} and {@code 7} are Sunday; the two day
 * fields combine by a {@link DayRule}.
 *
 * <p>Run times are whole minutes computed in UTC (a host running cron in another zone runs a daily
 * job at the same local time, i.e. shifted by its offset; sub-daily steps are the same). {@code
 * @reboot} has no run times. Not supported: seconds or year fields (Quartz), {@code L}, {@code W},
 * {@code #}, {@code ?}, {@code H}, random {@code ~} ranges, a step after a lone number ({@code
 * 5/15}), the cronie-only {@code CRON_TZ} (a crontab reader reports it beside the expression).
 */
public final class CronExpression {

  /** Reference for {@link #periodSeconds()}: 2001-01-01T00:00Z, a Monday. */
  static final long REFERENCE_MICROS = 978_307_200_000_000L;

  private static final long MINUTE_MICROS = 60_000_000L;
  private static final int MINUTES_PER_DAY = 1440;
  /** A search gives up after this many days: 400 years holds every Gregorian date and weekday. */
  private static final long SEARCH_DAYS = 146_097;
  private static final int PERIOD_RUNS = 10_000;
  private static final long PERIOD_WINDOW_MICROS = 8 * 366 * 86_400_000_000L;

  private final String text;
  private final boolean reboot;
  private final long minutes;
  private final long hours;
  private final long days;
  private final long months;
  private final long weekdays;
  private final boolean eitherDay;
  private long period = Long.MIN_VALUE;

  private CronExpression(
      String text, boolean reboot, long minutes, long hours, long days, long months, long weekdays, boolean eitherDay) {
    this.text = text;
    this.reboot = reboot;
    this.minutes = minutes;
    this.hours = hours;
    this.days = days;
    this.months = months;
    this.weekdays = weekdays;
    this.eitherDay = eitherDay;
  }

  /** Parses a crontab schedule with Vixie cron's day rule; throws IllegalArgumentException. */
  public static CronExpression parse(String text) {
    return parse(text, DayRule.EITHER);
  }

  /**
   * Parses {@code text} (five blank-separated fields or a nickname; leading and trailing blanks
   * ignored). Throws {@link IllegalArgumentException} with a one-line reason when it is not one.
   */
  public static CronExpression parse(String text, DayRule rule) {
    String t = text.strip();
    if (t.startsWith("@")) {
      String fields =
          switch (t.toLowerCase(Locale.ROOT)) {
            case "@reboot" -> null;
            case "@yearly", "@annually" -> "0 0 1 1 *";
            case "@monthly" -> "0 0 1 * *";
            case "@weekly" -> "0 0 * * 0";
            case "@daily", "@midnight" -> "0 0 * * *";
            case "@hourly" -> "0 * * * *";
            default -> throw new IllegalArgumentException("unknown nickname '" + t + "'");
          };
      if (fields == null) {
        return new CronExpression(t, true, 0, 0, 0, 0, 0, false);
      }
      CronExpression e = parse(fields, rule);
      return new CronExpression(t, false, e.minutes, e.hours, e.days, e.months, e.weekdays, e.eitherDay);
    }
    String[] f = t.isEmpty() ? new String[0] : t.split("[ \t]+");
    if (f.length != 5) {
      throw new IllegalArgumentException("expected 5 fields, found " + f.length);
    }
    boolean either = rule == DayRule.EITHER && !f[2].startsWith("*") && !f[4].startsWith("*");
    return new CronExpression(
        String.join(" ", f),
        false,
        CronField.MINUTE.parse(f[0]),
        CronField.HOUR.parse(f[1]),
        CronField.DAY_OF_MONTH.parse(f[2]),
        CronField.MONTH.parse(f[3]),
        CronField.DAY_OF_WEEK.parse(f[4]),
        either);
  }

  /** The expression as parsed, fields joined by one space ({@code @daily} as written). */
  public String text() {
    return text;
  }

  /** True for {@code @reboot}: runs once when cron starts, never on the clock. */
  public boolean isReboot() {
    return reboot;
  }

  /**
   * The first run strictly after {@code afterMicros} (epoch microseconds UTC), at a whole minute;
   * empty for {@code @reboot} and for a schedule no date satisfies ({@code 0 0 30 2 *}).
   */
  public OptionalLong next(long afterMicros) {
    if (reboot) {
      return OptionalLong.empty();
    }
    long minute = Math.floorDiv(afterMicros, MINUTE_MICROS) + 1;
    long day = Math.floorDiv(minute, MINUTES_PER_DAY);
    int minuteOfDay = Math.floorMod(minute, MINUTES_PER_DAY);
    long stop = day + SEARCH_DAYS;
    while (day < stop) {
      LocalDate date = LocalDate.ofEpochDay(day);
      if ((months & (1L << date.getMonthValue())) == 0) {
        day = date.withDayOfMonth(1).plusMonths(1).toEpochDay();
        minuteOfDay = 0;
        continue;
      }
      if (dayMatches(date)) {
        int found = firstTime(minuteOfDay);
        if (found >= 0) {
          return OptionalLong.of((day * MINUTES_PER_DAY + found) * MINUTE_MICROS);
        }
      }
      day++;
      minuteOfDay = 0;
    }
    return OptionalLong.empty();
  }

  /** True when {@code micros} is exactly a run time (a whole minute the schedule fires in). */
  public boolean runsAt(long micros) {
    return !reboot && Math.floorMod(micros, MINUTE_MICROS) == 0 && firesInMinute(Math.floorDiv(micros, MINUTE_MICROS));
  }

  /** True when the schedule fires in minute {@code epochMinute} (minutes since 1970-01-01T00:00Z). */
  public boolean firesInMinute(long epochMinute) {
    if (reboot) {
      return false;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochMinute, MINUTES_PER_DAY));
    int m = Math.floorMod(epochMinute, MINUTES_PER_DAY);
    return (months & (1L << date.getMonthValue())) != 0
        && dayMatches(date)
        && (hours & (1L << (m / 60))) != 0
        && (minutes & (1L << (m % 60))) != 0;
  }

  /**
   * The typical time between runs, in seconds: the median gap between consecutive runs over the
   * first 10,000 runs or 8 years after 2001-01-01T00:00Z. {@code *}{@code /15 * * * *} gives 900,
   * {@code 13 2 * * *} 86400, {@code 0 9 * * 1-5} 86400 (weekdays), {@code @monthly} 2678400 (31
   * days). -1 for {@code @reboot} and for schedules with fewer than two runs in the window.
   */
  public long periodSeconds() {
    if (period == Long.MIN_VALUE) {
      period = medianGapSeconds();
    }
    return period;
  }

  private long medianGapSeconds() {
    long[] gaps = new long[PERIOD_RUNS];
    int n = 0;
    long end = REFERENCE_MICROS + PERIOD_WINDOW_MICROS;
    OptionalLong prev = next(REFERENCE_MICROS - 1);
    while (prev.isPresent() && n < gaps.length) {
      OptionalLong cur = next(prev.getAsLong());
      if (cur.isEmpty() || cur.getAsLong() > end) {
        break;
      }
      gaps[n++] = (cur.getAsLong() - prev.getAsLong()) / 1_000_000L;
      prev = cur;
    }
    if (n == 0) {
      return -1;
    }
    Arrays.sort(gaps, 0, n);
    return gaps[(n - 1) / 2];
  }

  /**
   * The share (0 to 1) of {@code startsMicros} that lie within {@code toleranceMicros} of a run
   * time; 0 for no starts and for {@code @reboot}. Order of the starts does not matter.
   */
  public double matches(long[] startsMicros, long toleranceMicros) {
    if (startsMicros.length == 0 || reboot) {
      return 0;
    }
    long tol = Math.max(0, toleranceMicros);
    int hits = 0;
    for (long s : startsMicros) {
      OptionalLong run = next(s - tol - 1);
      if (run.isPresent() && run.getAsLong() <= s + tol) {
        hits++;
      }
    }
    return hits / (double) startsMicros.length;
  }

  private boolean dayMatches(LocalDate date) {
    boolean dom = (days & (1L << date.getDayOfMonth())) != 0;
    boolean dow = (weekdays & (1L << (date.getDayOfWeek().getValue() % 7))) != 0;
    return eitherDay ? dom || dow : dom && dow;
  }

  /** The first minute of the day at or after {@code from} with a matching hour and minute, or -1. */
  private int firstTime(int from) {
    for (int h = from / 60; h < 24; h++) {
      if ((hours & (1L << h)) == 0) {
        continue;
      }
      int m0 = h == from / 60 ? from % 60 : 0;
      long rest = minutes & (-1L << m0);
      if (rest != 0) {
        return h * 60 + Long.numberOfTrailingZeros(rest);
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CronExpression c
        && c.reboot == reboot
        && c.minutes == minutes
        && c.hours == hours
        && c.days == days
        && c.months == months
        && c.weekdays == weekdays
        && c.eitherDay == eitherDay;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(minutes * 31 + hours * 17 + days * 13 + months * 7 + weekdays) ^ (eitherDay ? 1 : 0);
  }
}
