package dev.cronhound.cli.simulate;

/**
 * Zeek-style identifiers: a one-letter prefix and 17 base62 characters ({@code C} for connection
 * uids, {@code F} for file ids), drawn as two random longs and rendered only when written.
 */
final class Base62 {
  private static final byte[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Base62() {}

  /** Appends {@code prefix} followed by 9 characters from {@code high} and 8 from {@code low}. */
  static void append(AsciiBuffer out, byte prefix, long high, long low) {
    out.put(prefix);
    digits(out, high >>> 1, 9);
    digits(out, low >>> 1, 8);
  }

  private static void digits(AsciiBuffer out, long value, int count) {
    for (int i = 0; i < count; i++) {
      out.put(ALPHABET[(int) (value % 62)]);
      value /= 62;
    }
  }
}
