package dev.cronhound.core.net;

/**
 * Parses textual IPv4 ({@code 10.0.0.1}) and IPv6 ({@code fe80::1}, {@code ::ffff:1.2.3.4}, with or
 * without a {@code %zone}) literals to bytes, without touching DNS ({@code InetAddress.getByName}
 * would resolve anything that is not a literal).
 */
public final class IpLiteral {

  private IpLiteral() {}

  /** The 4 or 16 address bytes, or null when {@code s} is not an IP literal. */
  public static byte[] parse(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    return s.indexOf(':') >= 0 ? parseV6(s) : parseV4(s, 0, s.length());
  }

  /**
   * Writes 4 bytes as a dotted quad and 16 as IPv6 groups, the longest run of two or more zero
   * groups as {@code ::} (RFC 5952), so blocks computed here read as an operator would type them.
   */
  public static String format(byte[] a) {
    if (a.length == 4) {
      return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        b.append("::");
        i += bestLen - 1;
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
        b.append(':');
      }
      b.append(Integer.toHexString(g[i]));
    }
    return b.toString();
  }

  public static boolean isLiteral(String s) {
    return parse(s) != null;
  }

  /**
   * A dotted-quad IPv4 literal as an int without allocating, or -1 when {@code s} is not one (so
   * 255.255.255.255, whose value is -1, must be checked by the caller).
   */
  public static int parseV4Int(String s) {
    int n = s.length();
    if (n < 7 || n > 15) {
      return -1;
    }
    int result = 0;
    int part = 0;
    int value = -1;
    int digits = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (++digits > 3 || value > 255) {
          return -1;
        }
      } else if (c == '.' && value >= 0 && part < 4) {
        result = (result << 8) | value;
        part++;
        value = -1;
        digits = 0;
      } else {
        return -1;
      }
    }
    return part == 4 ? result : -1;
  }

  static byte[] parseV4(String s, int from, int to) {
    byte[] out = new byte[4];
    int part = 0;
    int value = -1;
    int digits = 0;
    for (int i = from; i <= to; i++) {
      char c = i < to ? s.charAt(i) : '.';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (++digits > 3 || value > 255) {
          return null;
        }
      } else if (c == '.') {
        if (value < 0 || part > 3) {
          return null;
        }
        out[part++] = (byte) value;
        value = -1;
        digits = 0;
      } else {
        return null;
      }
    }
    return part == 4 ? out : null;
  }

  static byte[] parseV6(String s) {
    int zone = s.indexOf('%');
    String a = zone >= 0 ? s.substring(0, zone) : s;
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    int gap = a.indexOf("::");
    if (gap >= 0 && a.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    byte[] out = new byte[16];
    if (gap < 0) {
      return fillGroups(a, out, 0, 16) == 16 ? out : null;
    }
    byte[] head = new byte[16];
    int h = gap == 0 ? 0 : fillGroups(a.substring(0, gap), head, 0, 16);
    byte[] tail = new byte[16];
    String rest = a.substring(gap + 2);
    int t = rest.isEmpty() ? 0 : fillGroups(rest, tail, 0, 16);
    if (h < 0 || t < 0 || h + t > 14) {
      return null;
    }
    System.arraycopy(head, 0, out, 0, h);
    System.arraycopy(tail, 0, out, 16 - t, t);
    return out;
  }

  /** Writes colon-separated groups (last may be dotted IPv4); returns bytes written or -1. */
  private static int fillGroups(String a, byte[] out, int pos, int limit) {
    int start = 0;
    while (start <= a.length()) {
      int colon = a.indexOf(':', start);
      int end = colon < 0 ? a.length() : colon;
      String g = a.substring(start, end);
      if (colon < 0 && g.indexOf('.') >= 0) {
        byte[] v4 = parseV4(g, 0, g.length());
        if (v4 == null || pos + 4 > limit) {
          return -1;
        }
        System.arraycopy(v4, 0, out, pos, 4);
        return pos + 4;
      }
      if (g.isEmpty() || g.length() > 4 || pos + 2 > limit) {
        return -1;
      }
      int v;
      try {
        v = Integer.parseInt(g, 16);
      } catch (NumberFormatException e) {
        return -1;
      }
      out[pos++] = (byte) (v >> 8);
      out[pos++] = (byte) v;
      if (colon < 0) {
        break;
      }
      start = colon + 1;
    }
    return pos;
  }
}
