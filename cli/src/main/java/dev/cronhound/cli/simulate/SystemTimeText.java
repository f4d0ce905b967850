package dev.cronhound.cli.simulate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two ways Windows events spell a time. */
final class SystemTimeText {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter SYSMON =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  private SystemTimeText() {}

  /**
   * {@code TimeCreated SystemTime} (and Winlogbeat's {@code @timestamp}): ISO-8601 UTC with seven
   * fraction digits, {@code 2026-01-05T08:12:03.1234567Z}; {@code tick} is the seventh digit.
   */
  static String systemTime(long micros, int tick) {
    long frac = Math.floorMod(micros, TimeWindow.SECOND);
    StringBuilder s = new StringBuilder(28);
    s.append(SECONDS.format(utc(micros))).append('.');
    String digits = Long.toString(frac * 10 + tick);
    s.append("0".repeat(7 - digits.length())).append(digits).append('Z');
    return s.toString();
  }

  /** Sysmon's {@code UtcTime}: {@code 2026-01-05 08:12:03.123}. */
  static String sysmonUtc(long micros) {
    return SYSMON.format(utc(micros));
  }

  /** A task definition's local time (the simulated estate runs on UTC): {@code 2026-01-05T02:13:00}. */
  static String taskLocal(long micros) {
    return SECONDS.format(utc(micros));
  }

  private static LocalDateTime utc(long micros) {
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(micros, TimeWindow.SECOND),
        (int) Math.floorMod(micros, TimeWindow.SECOND) * 1000,
        ZoneOffset.UTC);
  }
}
