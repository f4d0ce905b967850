package dev.cronhound.formats.year;

import java.time.Instant;
import java.time.ZoneOffset;

/** The two ways a year is chosen for a year-less stamp: nearest a window, or latest not after a time. */
public final class YearRules {

  /** Slack allowed after a reference time (zones and clocks differ by less than a day). */
  static final long DAY_MICROS = 86_400_000_000L;

  private YearRules() {}

  /**
   * The year that puts {@code stamp} inside {@code [minMicros, maxMicros]}, else nearest to it
   * (the later year on a tie); 0 when no year from one before the window to one after it has the
   * date.
   */
  public static int nearest(YearlessStamp stamp, long minMicros, long maxMicros) {
    int from = yearOf(minMicros) - 1;
    int to = yearOf(maxMicros) + 1;
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int y = from; y <= to; y++) {
      long t = stamp.inYear(y);
      if (t == -1) {
        continue;
      }
      long d = t < minMicros ? minMicros - t : t > maxMicros ? t - maxMicros : 0;
      if (d <= bestDistance) {
        bestDistance = d;
        best = y;
      }
    }
    return best;
  }

  /**
   * The latest year, back at most 8 from {@code refMicros}'s, that puts {@code stamp} no more than
   * a day after {@code refMicros} (a log is written before its file's modification time and before
   * it is read); 0 when none has the date.
   */
  public static int latestNotAfter(YearlessStamp stamp, long refMicros) {
    int y = yearOf(refMicros);
    for (int k = 0; k <= 8; k++) {
      long t = stamp.inYear(y - k);
      if (t != -1 && t <= refMicros + DAY_MICROS) {
        return y - k;
      }
    }
    return 0;
  }

  static int yearOf(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L)).atZone(ZoneOffset.UTC).getYear();
  }

  static String day(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L)).atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
