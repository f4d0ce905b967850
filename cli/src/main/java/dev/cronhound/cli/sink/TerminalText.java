package dev.cronhound.cli.sink;

/**
 * Makes log-supplied text safe for a terminal: control characters (ESC sequences that recolour or
 * rewrite the screen, carriage returns, bells) become visible {@code \\xNN} escapes, and the
 * invisible format characters that reorder or hide text (bidirectional overrides and isolates, zero
 * width spaces and joiners, line and paragraph separators) become {@code \\uNNNN}. {@link #safe}
 * also cuts long text with an ellipsis; {@link #escape} never cuts (addresses and domains in the
 * finding table are shown whole).
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code s} escaped and cut to at most {@code max} characters (the last one an ellipsis); "-" for null. */
  public static String safe(String s, int max) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
    for (int i = 0; i < s.length() && b.length() < max; i++) {
      append(b, s.charAt(i));
    }
    if (b.length() >= max && s.length() > max) {
      b.setLength(max - 1);
      b.append('…');
    }
    return b.toString();
  }

  /** {@code s} escaped, whole; "-" for null. */
  public static String escape(String s) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      append(b, s.charAt(i));
    }
    return b.toString();
  }

  private static void append(StringBuilder b, char c) {
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
      b.append(String.format("\\x%02x", (int) c));
    } else if (invisible(c)) {
      b.append(String.format("\\u%04x", (int) c));
    } else {
      b.append(c);
    }
  }

  /** Format characters a terminal does not show but obeys: bidi controls, zero-width characters, separators. */
  private static boolean invisible(char c) {
    return c == '\u2028' || c == '\u2029' || c == '\u00ad' || c == '\u061c' || c == '\ufeff'
        || (c >= '\u200b' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2060' && c <= '\u2069');
  }
}
