package dev.cronhound.formats.windows.evtx;

import java.util.Arrays;

/**
 * The text of a value being rendered: a growable char array with just the appends {@link
 * EvtxValues} needs. Used instead of a {@link StringBuilder} on the per-value path: each append is
 * a few bytecodes, where a StringBuilder append inlines its coder and capacity checks at every call
 * site, so the JIT's compilation of the renderers is smaller (seen in {@code -XX:+LogCompilation}
 * output; its effect on the wall time was not measured on its own).
 * Reused: {@link #setLength}{@code (0)} before each value.
 */
final class ValueText implements CharSequence {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private char[] chars = new char[128];
  private int length;

  ValueText append(char c) {
    if (length == chars.length) {
      grow(1);
    }
    chars[length++] = c;
    return this;
  }

  ValueText append(String s) {
    int n = s.length();
    if (length + n > chars.length) {
      grow(n);
    }
    s.getChars(0, n, chars, length);
    length += n;
    return this;
  }

  /** Decimal, as {@link Long#toString(long)}. */
  ValueText append(long v) {
    if (v == Long.MIN_VALUE) {
      return append("-9223372036854775808");
    }
    if (length + 20 > chars.length) {
      grow(20);
    }
    long u = v;
    if (u < 0) {
      chars[length++] = '-';
      u = -u;
    }
    int digits = 1;
    for (long t = u; t >= 10; t /= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--, u /= 10) {
      chars[i] = (char) ('0' + u % 10);
    }
    length += digits;
    return this;
  }

  /** Lower-case hex of {@code v} as unsigned, without padding, as {@link Long#toHexString}. */
  ValueText appendHex(long v) {
    int digits = Math.max(1, (67 - Long.numberOfLeadingZeros(v)) / 4);
    if (length + digits > chars.length) {
      grow(digits);
    }
    for (int i = length + digits - 1; i >= length; i--, v >>>= 4) {
      chars[i] = HEX[(int) (v & 0xF)];
    }
    length += digits;
    return this;
  }

  void setLength(int n) {
    length = n;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  private void grow(int more) {
    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
  }
}
