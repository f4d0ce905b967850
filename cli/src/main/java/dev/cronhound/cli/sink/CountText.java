package dev.cronhound.cli.sink;

import java.util.Locale;

/** Counts and shares as the cause lines say them: {@code 105,771}, {@code 99.9%} (never 100% of a part). */
final class CountText {

  private CountText() {}

  static String of(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code n} of {@code whole} as a percentage with one decimal, rounded down: a part never shows as 100%. */
  static String percent(long n, long whole) {
    double tenths = Math.floor(1000.0 * n / whole);
    return String.format(Locale.ROOT, "%.1f%%", tenths / 10);
  }
}
