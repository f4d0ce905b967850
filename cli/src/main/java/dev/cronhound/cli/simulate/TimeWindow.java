package dev.cronhound.cli.simulate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The simulated period {@code [start, start + days)} in epoch microseconds. Local time is UTC: the
 * diurnal shape and the nightly/weekly schedules use UTC wall-clock hours.
 */
record TimeWindow(long startMicros, long endMicros) {
  static final long SECOND = 1_000_000L;
  static final long MINUTE = 60 * SECOND;
  static final long HOUR = 60 * MINUTE;
  static final long DAY = 24 * HOUR;

  static TimeWindow of(Instant start, int days) {
    long startMicros =
        Math.addExact(Math.multiplyExact(start.getEpochSecond(), SECOND), start.getNano() / 1000);
    return new TimeWindow(startMicros, Math.addExact(startMicros, Math.multiplyExact(days, DAY)));
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, SECOND), Math.floorMod(micros, SECOND) * 1000);
  }

  Instant start() {
    return instant(startMicros);
  }

  Instant end() {
    return instant(endMicros);
  }

  boolean contains(long micros) {
    return startMicros <= micros && micros < endMicros;
  }

  /** Calendar dates (UTC) the window touches; date 0 is the start's date. */
  int dateCount() {
    return (int) (Math.floorDiv(endMicros - 1, DAY) - Math.floorDiv(startMicros, DAY) + 1);
  }

  /** Midnight UTC of date {@code d} (0 = the start's date), in epoch microseconds. */
  long midnight(int d) {
    return (Math.floorDiv(startMicros, DAY) + d) * DAY;
  }

  LocalDate date(int d) {
    return LocalDate.ofEpochDay(Math.floorDiv(startMicros, DAY) + d);
  }

  static int hourOfDay(long micros) {
    return (int) (Math.floorMod(micros, DAY) / HOUR);
  }

  static boolean weekend(long micros) {
    DayOfWeek day = instant(micros).atZone(ZoneOffset.UTC).getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
