package dev.cronhound.core.schedule;

import java.util.Locale;

/**
 * One of the five fields of a cron expression, parsed into a bit set: a comma-separated list of
 * items, each {@code *}, a number {@code n}, a range {@code a-b}, optionally with a step ({@code
 * *}{@code /15}, {@code 1-5/2}); month and day-of-week items may be names ({@code jan}, {@code
 * mon}, any case, also inside ranges). A step after a lone number ({@code 5/15}) is refused, as
 * Vixie cron does.
 */
enum CronField {
  MINUTE(0, 59, null),
  HOUR(0, 23, null),
  DAY_OF_MONTH(1, 31, null),
  MONTH(1, 12, new String[] {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}),
  /** 0-7 with both 0 and 7 Sunday; parsed bits 0-6. */
  DAY_OF_WEEK(0, 7, new String[] {"sun", "mon", "tue", "wed", "thu", "fri", "sat"});

  private final int low;
  private final int high;
  private final String[] names;

  CronField(int low, int high, String[] names) {
    this.low = low;
    this.high = high;
    this.names = names;
  }

  /** The bits of {@code text} (bit {@code n} set when value {@code n} is in the field). */
  long parse(String text) {
    if (text.isEmpty()) {
      throw bad(text, "empty");
    }
    long bits = 0;
    for (String item : text.split(",", -1)) {
      bits |= item(item);
    }
    if (this == DAY_OF_WEEK && (bits & (1L << 7)) != 0) {
      bits = (bits | 1L) & ~(1L << 7);
    }
    return bits;
  }

  private long item(String item) {
    if (item.isEmpty()) {
      throw bad(item, "empty list item");
    }
    String range = item;
    int step = 1;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(item.substring(slash + 1), true);
      if (step < 1) {
        throw bad(item, "step must be at least 1");
      }
    }
    int from;
    int to;
    if (range.equals("*")) {
      from = low;
      to = high;
    } else {
      int dash = range.indexOf('-');
      if (dash >= 0) {
        from = value(range.substring(0, dash));
        to = value(range.substring(dash + 1));
        if (from > to) {
          throw bad(item, "range runs backwards");
        }
      } else {
        if (slash >= 0) {
          throw bad(item, "a step needs * or a range before it");
        }
        from = value(range);
        to = from;
      }
    }
    long bits = 0;
    for (int v = from; v <= to; v += step) {
      bits |= 1L << v;
    }
    return bits;
  }

  private int value(String s) {
    if (names != null && s.length() == 3 && Character.isLetter(s.charAt(0))) {
      String lower = s.toLowerCase(Locale.ROOT);
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(lower)) {
          return this == MONTH ? i + 1 : i;
        }
      }
      throw bad(s, "unknown name");
    }
    int v = number(s, false);
    if (v < low || v > high) {
      throw bad(s, "out of range " + low + "-" + high);
    }
    return v;
  }

  private int number(String s, boolean step) {
    if (s.isEmpty() || s.length() > 4) {
      throw bad(s, step ? "bad step" : "bad number");
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw bad(s, step ? "bad step" : "bad number");
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private IllegalArgumentException bad(String s, String why) {
    return new IllegalArgumentException(
        name().toLowerCase(Locale.ROOT).replace('_', '-') + " '" + s + "': " + why);
  }
}
