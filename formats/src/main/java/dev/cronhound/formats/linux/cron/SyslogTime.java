package dev.cronhound.formats.linux.cron;

import dev.cronhound.formats.year.AnchoredYear;
import dev.cronhound.formats.year.YearAnchor;
import dev.cronhound.formats.year.YearlessStamp;
import java.time.ZoneId;

/**
 * How a syslog reader completes timestamps that lack a year or a zone, for one file or one chain of
 * rotated files read oldest first. RFC 3164 stamps ({@code Jan  5 02:15:01}) have neither; ISO
 * stamps without an offset have no zone.
 *
 * <p>The zone is {@link #zone()}. The year of the first RFC 3164 stamp comes from a {@link
 * YearAnchor} (the data, the file's time, the clock: {@code YearEvidence}); each later stamp takes
 * the current year, or the next when that puts it more than half a year before the stamp before it
 * ({@code Dec 31} then {@code Jan  1}: the file crossed a new year), or the one before when it
 * puts it more than half a year after (a late December line after January's). Not thread-safe: one
 * per reading of a file or chain.
 */
public final class SyslogTime {

  private static final long HALF_YEAR_MICROS = 183L * 86_400_000_000L;

  private final ZoneId zone;
  private final YearAnchor anchor;
  private AnchoredYear anchored;
  private int year;
  private long previous = Long.MIN_VALUE;
  private long unplaced;
  private long placed;

  private SyslogTime(ZoneId zone, YearAnchor anchor, int year) {
    this.zone = zone;
    this.anchor = anchor;
    this.year = year;
  }

  /** Stamps read in {@code zone}, the first year-less one in the year {@code anchor} chooses. */
  public static SyslogTime anchored(ZoneId zone, YearAnchor anchor) {
    return new SyslogTime(zone, anchor, 0);
  }

  /** Stamps read in {@code zone}, the first year-less one in {@code year} (later ones may cross into the next). */
  public static SyslogTime startingIn(ZoneId zone, int year) {
    SyslogTime t = new SyslogTime(zone, YearAnchor.NONE, year);
    t.anchored = new AnchoredYear(year, "given", false);
    return t;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The year the first year-less stamp got and why, or null before one was read or when none could be placed. */
  public AnchoredYear anchoredYear() {
    return anchored;
  }

  /** The year of the last year-less stamp read (0 before one was placed). */
  public int currentYear() {
    return year;
  }

  /** How many year-less stamps were met that nothing could give a year. */
  public long unplaced() {
    return unplaced;
  }

  /** How many year-less stamps were given a year. */
  public long placed() {
    return placed;
  }

  /**
   * The epoch microseconds of a stamp without a year written by {@code host} (or null), or -1 when
   * no year can be given (nothing said which) or the year has no such date (Feb 29).
   */
  long withoutYear(int month, int day, int hour, int minute, int second, String host) {
    YearlessStamp stamp = new YearlessStamp(month, day, hour, minute, second, zone);
    if (year == 0) {
      AnchoredYear a = anchor.anchor(stamp, host);
      if (a == null || a.year() == 0) {
        unplaced++;
        return -1;
      }
      anchored = a;
      year = a.year();
    }
    long t = stamp.inYear(year);
    if (t == -1 && previous != Long.MIN_VALUE) {
      // Feb 29 after a new year the file crossed without a line in January
      long next = stamp.inYear(year + 1);
      if (next != -1 && next >= previous && next <= previous + HALF_YEAR_MICROS) {
        year++;
        previous = next;
        placed++;
        return next;
      }
    }
    if (t != -1) {
      placed++;
    }
    if (t == -1 || previous == Long.MIN_VALUE) {
      if (t != -1) {
        previous = t;
      }
      return t;
    }
    if (t < previous - HALF_YEAR_MICROS) {
      long next = stamp.inYear(year + 1);
      if (next != -1) {
        year++;
        previous = next;
        return next;
      }
    } else if (t > previous + HALF_YEAR_MICROS) {
      long before = stamp.inYear(year - 1);
      if (before != -1) {
        return before;
      }
    }
    previous = Math.max(previous, t);
    return t;
  }

  /** The epoch microseconds of a local time in {@link #zone()}, or -1 when there is no such date. */
  long local(int y, int month, int day, int hour, int minute, int second, int micros) {
    long t = new YearlessStamp(month, day, hour, minute, second, zone).inYear(y);
    return t == -1 ? -1 : t + micros;
  }

}
