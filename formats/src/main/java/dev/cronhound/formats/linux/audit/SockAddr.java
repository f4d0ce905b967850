package dev.cronhound.formats.linux.audit;

import java.nio.charset.StandardCharsets;

/**
 * A {@code SOCKADDR} record's {@code saddr}: the socket address the process passed to the kernel,
 * logged as hex of the raw {@code struct sockaddr}. The family is the first two bytes in the
 * machine's byte order (read little-endian: x86_64 and aarch64); ports and IPv4/IPv6 addresses are
 * in network byte order.
 *
 * @param family {@code inet} (2), {@code inet6} (10), {@code local} (1, AF_UNIX), {@code netlink}
 *     (16), {@code packet} (17), else {@code unknown-family(N)} (ausearch's words)
 * @param address dotted IPv4 or RFC 5952 IPv6 text ({@code 2001:7f8::1}, {@code ::ffff:1.2.3.4}
 *     for IPv4-mapped, as {@code inet_ntop} and ausearch print them), or null for other families
 * @param port the port, or -1 for other families
 * @param path the AF_UNIX path ({@code @name} for an abstract socket), or null
 */
public record SockAddr(String family, String address, int port, String path) {

  /** A decoded address, or why {@code saddr} could not be decoded. */
  public record Result(SockAddr addr, String problem) {}

  /** True for an IPv4 or IPv6 address with a port. */
  public boolean isInternet() {
    return address != null;
  }

  /** Decodes the raw {@code saddr} value (hex, possibly quoted by a forwarder). */
  public static Result parse(String raw) {
    byte[] b = HexText.decode(AuditRecord.unquote(raw));
    if (b == null) {
      return new Result(null, "bad hex in SOCKADDR saddr");
    }
    if (b.length < 2) {
      return new Result(null, "truncated record: SOCKADDR saddr shorter than a family");
    }
    int family = (b[0] & 0xff) | (b[1] & 0xff) << 8;
    switch (family) {
      case 2 -> {
        if (b.length < 8) {
          return tooShort("inet", b.length);
        }
        String a = (b[4] & 0xff) + "." + (b[5] & 0xff) + "." + (b[6] & 0xff) + "." + (b[7] & 0xff);
        return new Result(new SockAddr("inet", a, port(b), null), null);
      }
      case 10 -> {
        if (b.length < 24) {
          return tooShort("inet6", b.length);
        }
        return new Result(new SockAddr("inet6", ipv6(b, 8), port(b), null), null);
      }
      case 1 -> {
        int s = 2;
        boolean abstractName = b.length > 2 && b[2] == 0;
        if (abstractName) {
          s = 3;
        }
        int e = s;
        while (e < b.length && b[e] != 0) {
          e++;
        }
        String p = new String(b, s, e - s, StandardCharsets.UTF_8);
        return new Result(new SockAddr("local", null, -1, abstractName ? "@" + p : p), null);
      }
      case 16 -> {
        return new Result(new SockAddr("netlink", null, -1, null), null);
      }
      case 17 -> {
        return new Result(new SockAddr("packet", null, -1, null), null);
      }
      default -> {
        return new Result(new SockAddr("unknown-family(" + family + ")", null, -1, null), null);
      }
    }
  }

  private static Result tooShort(String family, int n) {
    return new Result(
        null, "truncated record: SOCKADDR saddr too short for " + family + " (" + n + " bytes)");
  }

  private static int port(byte[] b) {
    return (b[2] & 0xff) << 8 | (b[3] & 0xff);
  }

  /** RFC 5952 text of the 16 bytes at {@code at}, as inet_ntop writes it. */
  static String ipv6(byte[] b, int at) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = (b[at + 2 * i] & 0xff) << 8 | (b[at + 2 * i + 1] & 0xff);
    }
    if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
      return "::ffff:" + (b[at + 12] & 0xff) + "." + (b[at + 13] & 0xff) + "." + (b[at + 14] & 0xff)
          + "." + (b[at + 15] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    if (bestLen < 2) {
      bestStart = -1;
    }
    StringBuilder sb = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
