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

  /** True when every address of {@code other} is inside this block (same family). */
  public boolean contains(Cidr other) {
    return other.network.length == network.length && other.prefix >= prefix && contains(other.network);
  }

  /** True when the two blocks share an address. */
  public boolean overlaps(Cidr other) {
    return contains(other) || other.contains(this);
  }

  /**
   * This block without the addresses of {@code removed}: itself when they do not overlap, nothing
   * when {@code removed} covers it, else the blocks that are left, largest first. Removing {@code
   * 10.1.0.0/16} from {@code 10.0.0.0/8} leaves eight blocks, {@code 10.128.0.0/9} down to {@code
   * 10.0.0.0/16}: at each prefix length on the way down to the removed block, the half that does
   * not hold it is kept whole.
   */
  public java.util.List<Cidr> minus(Cidr removed) {
    if (!overlaps(removed)) {
      return java.util.List.of(this);
    }
    if (removed.contains(this)) {
      return java.util.List.of();
    }
    java.util.List<Cidr> left = new java.util.ArrayList<>();
    for (int p = prefix + 1; p <= removed.prefix; p++) {
      // The sibling of the removed block's ancestor at length p: same first p-1 bits, bit p flipped.
      byte[] sibling = mask(removed.network, p);
      int bit = p - 1;
      sibling[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
      left.add(of(sibling, p));
    }
    return left;
  }

  /** The block of {@code addr} masked to {@code prefix} bits, written as {@code addr/prefix}. */
  static Cidr of(byte[] addr, int prefix) {
    byte[] n = mask(addr, prefix);
    return new Cidr(n, prefix, IpLiteral.format(n) + "/" + prefix);
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
