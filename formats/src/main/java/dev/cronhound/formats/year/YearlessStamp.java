package dev.cronhound.formats.year;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A local date and time without a year, as an RFC 3164 syslog stamp has it ({@code Jan  5
 * 02:15:01}), in the zone its reader assumes.
 *
 * @param month 1..12
 * @param day 1..31
 * @param hour 0..23
 * @param minute 0..59
 * @param second 0..59
 * @param zone the zone the stamp is read in
 */
public record YearlessStamp(int month, int day, int hour, int minute, int second, ZoneId zone) {

  /** The stamp in year {@code y}, epoch microseconds UTC, or -1 when that year has no such date (Feb 29). */
  public long inYear(int y) {
    try {
      return LocalDateTime.of(y, month, day, hour, minute, second).atZone(zone).toEpochSecond() * 1_000_000L;
    } catch (DateTimeException e) {
      return -1;
    }
  }
}
