package dev.cronhound.cli.sink;

/**
 * Makes log-supplied text safe for a terminal: control characters (ESC sequences that recolour or
 * rewrite the screen, carriage returns, bells) become visible {@code \\xNN} escapes, and long text
 * is cut with an ellipsis.
 */
public final class TerminalText {

  private TerminalText() {}

  public static String safe(String s, int max) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
    for (int i = 0; i < s.length() && b.length() < max; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\x%02x", (int) c & 0xff));
      } else {
        b.append(c);
      }
    }
    if (b.length() >= max && s.length() > max) {
      b.setLength(max - 1);
      b.append('…');
    }
    return b.toString();
  }
}
