package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.TimeWindow.HOUR;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A systemd timer's {@code OnCalendar=} on the whole hour ({@code hourly}, {@code daily}, {@code
 * *-*-* 6,18:00}, {@code *-*-* 00,12:00:00}) and its {@code RandomizedDelaySec=}: each elapse is
 * delayed by a fresh uniform draw from {@code [0, delay)}, as systemd does without {@code
 * FixedRandomDelay=}.
 */
final class OnCalendar {
  private static final Pattern HOURS = Pattern.compile("\\*-\\*-\\* ([0-9,]+):00(:00)?");

  final String text;
  final long delaySeconds;
  private final BitSet hours = new BitSet(24);

  OnCalendar(String text, long delaySeconds) {
    this.text = text;
    this.delaySeconds = delaySeconds;
    Matcher m = HOURS.matcher(text);
    if (text.equals("hourly")) {
      hours.set(0, 24);
    } else if (text.equals("daily")) {
      hours.set(0);
    } else if (m.matches()) {
      for (String h : m.group(1).split(",")) {
        hours.set(Integer.parseInt(h));
      }
    } else {
      throw new IllegalArgumentException("unsupported OnCalendar: " + text);
    }
  }

  /** The period between elapses in seconds: an hour, or the shortest gap between listed hours. */
  long periodSeconds() {
    int gap = 24;
    int first = hours.nextSetBit(0);
    for (int h = first; h >= 0; ) {
      int next = hours.nextSetBit(h + 1);
      gap = Math.min(gap, next < 0 ? first + 24 - h : next - h);
      h = next;
    }
    return gap * 3600L;
  }

  /**
   * The true times the timer elapses for the calendar hours whose host time falls in the true
   * interval {@code [from, to)}, delayed.
   */
  List<Long> elapses(LinuxHost host, long from, long to, SplittableRandom random) {
    List<Long> out = new ArrayList<>();
    long first = Math.floorDiv(host.clock(from) + HOUR - 1, HOUR) * HOUR;
    for (long h = first; host.trueTime(h) < to; h += HOUR) {
      if (hours.get(TimeWindow.hourOfDay(h))) {
        long delay = delaySeconds > 0 ? random.nextLong(delaySeconds * TimeWindow.SECOND) : 0;
        out.add(host.trueTime(h) + delay + random.nextLong(50_000));
      }
    }
    return out;
  }
}
