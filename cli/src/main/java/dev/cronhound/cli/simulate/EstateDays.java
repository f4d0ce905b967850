package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.TimeWindow.HOUR;

import java.io.IOException;
import java.util.List;

/**
 * Walks an estate's window date by date: every activity generates the date, then whatever is
 * older than an hour before its end is written (nothing generated later can precede it).
 */
final class EstateDays {
  /** Writes every record older than the watermark. */
  interface Flush {
    void before(long watermark) throws IOException;
  }

  private EstateDays() {}

  static void walk(TimeWindow window, List<EstateActivity> activities, Flush flush)
      throws IOException {
    for (int d = 0; d < window.dateCount(); d++) {
      long from = Math.max(window.startMicros(), window.midnight(d));
      long to = Math.min(window.endMicros(), window.midnight(d + 1));
      for (EstateActivity a : activities) {
        a.emit(from, to);
      }
      flush.before(to - HOUR);
    }
  }
}
