package dev.cronhound.formats.linux.cron;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How a syslog reader completes timestamps that lack a year or a zone. RFC 3164 stamps ({@code
 * Jan  5 02:15:01}) have neither; ISO stamps without an offset have no zone.
 *
 * <p>The zone is {@link #zone} (default UTC). The year is {@link #year} when it is not 0; else the
 * year of {@link #nowMicros}, or the year before when that puts the stamp more than a day after
 * now (a December line read in January; for Feb 29 the last leap year). Default: now = the time of reading, so the same file
 * read later may get other years; pass a year for reproducible results.
 *
 * @param zone the zone of stamps without one
 * @param year the year of RFC 3164 stamps, or 0 to infer it from {@code nowMicros}
 * @param nowMicros the reading time used to infer the year, epoch microseconds UTC
 */
public record SyslogTime(ZoneId zone, int year, long nowMicros) {

  private static final long DAY_MICROS = 86_400_000_000L;

  /** UTC, the year inferred from the current time. */
  public static SyslogTime current() {
    return new SyslogTime(ZoneOffset.UTC, 0, System.currentTimeMillis() * 1000L);
  }

  /**
   * The epoch microseconds of a stamp without a year, or -1 for a date no year has: with {@link
   * #year} 0, the latest year (from now's, back at most 8) that makes it a real date no more than
   * a day after now (Feb 29 read in 2026 is 2024's).
   */
  long withoutYear(int month, int day, int hour, int minute, int second) {
    if (year != 0) {
      return local(year, month, day, hour, minute, second, 0);
    }
    int y = LocalDateTime.ofEpochSecond(Math.floorDiv(nowMicros, 1_000_000L), 0, ZoneOffset.UTC).getYear();
    for (int k = 0; k <= 8; k++) {
      long t = local(y - k, month, day, hour, minute, second, 0);
      if (t != -1 && t <= nowMicros + DAY_MICROS) {
        return t;
      }
    }
    return -1;
  }

  /** The epoch microseconds of a local time in {@link #zone}, or -1 when there is no such date. */
  long local(int y, int month, int day, int hour, int minute, int second, int micros) {
    try {
      LocalDateTime t = LocalDateTime.of(y, month, day, hour, minute, second);
      return t.atZone(zone).toEpochSecond() * 1_000_000L + micros;
    } catch (DateTimeException e) {
      return -1;
    }
  }
}
