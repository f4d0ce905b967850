package dev.cronhound.core.net;

import java.util.Arrays;

/** An address block such as {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a /32 or /128. */
public record Cidr(byte[] network, int prefix, String text) {

  /** Parses {@code addr[/prefix]}; throws {@link IllegalArgumentException} naming the bad text. */
  public static Cidr parse(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    byte[] addr = IpLiteral.parse(slash < 0 ? t : t.substring(0, slash));
    if (addr == null) {
      throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
    }
    int prefix = addr.length * 8;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(t.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad prefix length in " + text);
      }
      if (prefix < 0 || prefix > addr.length * 8) {
        throw new IllegalArgumentException("prefix length out of range in " + text);
      }
    }
    return new Cidr(mask(addr, prefix), prefix, t);
  }

  public boolean contains(byte[] addr) {
    if (addr == null || addr.length != network.length) {
      return false;
    }
    return Arrays.equals(mask(addr, prefix), network);
  }

  private static byte[] mask(byte[] addr, int prefix) {
    byte[] out = addr.clone();
    for (int i = 0; i < out.length; i++) {
      int bits = Math.max(0, Math.min(8, prefix - i * 8));
      out[i] &= (byte) (0xff << (8 - bits));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(network) * 31 + prefix;
  }

  @Override
  public String toString() {
    return text;
  }
}
