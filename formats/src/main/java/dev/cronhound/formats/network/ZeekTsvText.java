package dev.cronhound.formats.network;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the text values of Zeek TSV columns: the unset and empty markers of the current header,
 * {@code \xHH} escapes (and {@code \\}), UTF-8 where a byte is not ASCII, and the set separator.
 */
final class ZeekTsvText {

  private static final byte[] DEFAULT_UNSET = {'-'};
  private static final byte[] DEFAULT_EMPTY = "(empty)".getBytes(StandardCharsets.US_ASCII);

  private final SymbolCache symbols = new SymbolCache();
  private byte[] scratch = new byte[256];
  private byte[] unset = DEFAULT_UNSET;
  private byte[] empty = DEFAULT_EMPTY;
  private byte setSeparator = ',';

  /** Back to the defaults a new header block starts from. */
  void reset() {
    unset = DEFAULT_UNSET;
    empty = DEFAULT_EMPTY;
    setSeparator = ',';
  }

  void setUnset(byte[] marker) {
    unset = marker;
  }

  void setEmpty(byte[] marker) {
    empty = marker;
  }

  void setSetSeparator(byte separator) {
    setSeparator = separator;
  }

  boolean isUnset(byte[] b, int start, int end) {
    return matches(b, start, end, unset);
  }

  private static boolean matches(byte[] b, int start, int end, byte[] marker) {
    if (end - start != marker.length) {
      return false;
    }
    for (int i = 0; i < marker.length; i++) {
      if (b[start + i] != marker[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The string in {@code [start, end)}: null when unset, "" when the empty marker, otherwise
   * unescaped and decoded. {@code cached} values go through the symbol cache when plain ASCII.
   */
  String value(byte[] b, int start, int end, boolean cached) {
    if (isUnset(b, start, end)) {
      return null;
    }
    if (matches(b, start, end, empty)) {
      return "";
    }
    return decode(b, start, end, cached);
  }

  /** The elements of a set or vector; empty when unset or the empty marker. */
  List<String> list(byte[] b, int start, int end) {
    if (isUnset(b, start, end) || matches(b, start, end, empty)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(4);
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || b[i] == setSeparator) {
        out.add(decode(b, from, i, true));
        from = i + 1;
      }
    }
    return out;
  }

  /** Decodes a value without looking at the markers. */
  String decode(byte[] b, int start, int end, boolean cached) {
    int hash = 0;
    boolean plain = true;
    for (int i = start; i < end; i++) {
      byte c = b[i];
      if (c < 0 || c == '\\') {
        plain = false;
        break;
      }
      hash = hash * 31 + c;
    }
    if (plain) {
      return cached
          ? symbols.get(b, start, end, hash)
          : new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }
    int n = unescape(b, start, end);
    return new String(scratch, 0, n, StandardCharsets.UTF_8);
  }

  /** Unescapes {@code \xHH} and {@code \\} into a fresh array (for header values). */
  byte[] unescapeToArray(byte[] b, int start, int end) {
    return Arrays.copyOf(scratch, unescape(b, start, end));
  }

  private int unescape(byte[] b, int start, int end) {
    if (scratch.length < end - start) {
      scratch = new byte[Math.max(end - start, scratch.length * 2)];
    }
    int n = 0;
    int i = start;
    while (i < end) {
      byte c = b[i];
      if (c == '\\' && i + 1 < end) {
        if (b[i + 1] == '\\') {
          scratch[n++] = '\\';
          i += 2;
          continue;
        }
        if (b[i + 1] == 'x' && i + 3 < end && hex(b[i + 2]) >= 0 && hex(b[i + 3]) >= 0) {
          scratch[n++] = (byte) (hex(b[i + 2]) << 4 | hex(b[i + 3]));
          i += 4;
          continue;
        }
      }
      scratch[n++] = c;
      i++;
    }
    return n;
  }

  private static int hex(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
