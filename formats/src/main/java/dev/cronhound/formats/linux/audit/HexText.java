package dev.cronhound.formats.linux.audit;

import java.nio.charset.StandardCharsets;

/**
 * The hex form auditd gives untrusted strings (a value with a space, a quote, a control character
 * or a byte over 0x7e is logged unquoted as upper-case hex: {@code exe=2F746D702F6120622063}).
 */
final class HexText {

  private HexText() {}

  /** The bytes of {@code hex}, or null when it has an odd length or a non-hex character. */
  static byte[] decode(CharSequence hex) {
    int n = hex.length();
    if ((n & 1) != 0) {
      return null;
    }
    byte[] out = new byte[n >> 1];
    for (int i = 0; i < n; i += 2) {
      int hi = digit(hex.charAt(i));
      int lo = digit(hex.charAt(i + 1));
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i >> 1] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  /** {@code hex} decoded as UTF-8 text (bad sequences replaced), or null when it is not hex. */
  static String text(CharSequence hex) {
    byte[] b = decode(hex);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }
}
