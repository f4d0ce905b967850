package dev.cronhound.core.finding;

/**
 * Renders numbers for score-part notes and titles: fixed decimals, percentages, two-digit clock
 * fields. Locale-free and far cheaper than {@link String#format}, which matters when every channel
 * of a large capture is scored.
 */
public final class NoteNumbers {

  private NoteNumbers() {}

  /** {@code v} rounded half-up to {@code places} (0..6) decimals, e.g. {@code fixed(0.125, 2)} = "0.13". */
  public static String fixed(double v, int places) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    long scale = 1;
    for (int i = 0; i < places; i++) {
      scale *= 10;
    }
    long scaled = Math.round(Math.abs(v) * scale);
    StringBuilder b = new StringBuilder(24);
    if (v < 0 && scaled != 0) {
      b.append('-');
    }
    b.append(scaled / scale);
    if (places > 0) {
      b.append('.');
      String frac = Long.toString(scaled % scale);
      for (int i = frac.length(); i < places; i++) {
        b.append('0');
      }
      b.append(frac);
    }
    return b.toString();
  }

  /** {@code share} (0..1) as a percentage with {@code places} decimals, without the sign. */
  public static String percent(double share, int places) {
    return fixed(100 * share, places);
  }

  /** Two digits, zero-padded: 7 -> "07". */
  public static String two(long v) {
    return v < 10 ? "0" + v : Long.toString(v);
  }

  /** A byte count the way people read it: {@code 512 B}, {@code 1.5 KiB}, {@code 23.4 MiB} (powers of 1024). */
  public static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return fixed(v, 1) + " " + units[u];
  }
}
