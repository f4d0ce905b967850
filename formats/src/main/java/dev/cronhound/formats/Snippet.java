package dev.cronhound.formats;

/**
 * Renders a piece of untrusted input for a problem reason: printable ASCII is kept, every other
 * byte becomes {@code \xHH} (a non-Latin-1 character a four-digit u-escape), and the result is cut
 * at {@link #MAX} input units with {@code ...}. A reason built this way never breaks a report line.
 */
public final class Snippet {

  /** Input units kept before the snippet is cut. */
  public static final int MAX = 40;

  private Snippet() {}

  /** Quoted snippet of the bytes {@code [start, end)}. */
  public static String of(byte[] b, int start, int end) {
    StringBuilder sb = new StringBuilder(Math.min(end - start, MAX) + 8).append('"');
    int stop = Math.min(end, start + MAX);
    for (int i = start; i < stop; i++) {
      int c = b[i] & 0xff;
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        sb.append((char) c);
      } else {
        sb.append(String.format("\\x%02x", c));
      }
    }
    return sb.append(end > stop ? "...\"" : "\"").toString();
  }

  /** Quoted snippet of a string. */
  public static String of(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX) + 8).append('"');
    int stop = Math.min(s.length(), MAX);
    for (int i = 0; i < stop; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        sb.append(c);
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.append(s.length() > stop ? "...\"" : "\"").toString();
  }

  /** A one-line, printable rendering of a free-text message (e.g. an exception's), at most 160. */
  public static String line(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(message.length(), 160));
    for (int i = 0; i < message.length() && sb.length() < 160; i++) {
      char c = message.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      sb.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return sb.toString();
  }
}
