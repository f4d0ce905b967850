package dev.cronhound.formats.network;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the column boundaries of a TSV line eight bytes at a time (SWAR: a separator or control
 * byte is found with a few long operations per word instead of a branch per byte) and rejects lines
 * holding control bytes other than the separator.
 */
final class TsvColumns {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;
  private static final long TOP3 = 0xe0e0e0e0e0e0e0e0L;
  private static final long ONES = 0x0101010101010101L;

  private byte separator = '\t';
  private long pattern = '\t' * ONES;
  private int[] ends = new int[32];
  private int badByte;

  void setSeparator(byte sep) {
    separator = sep;
    pattern = (sep & 0xffL) * ONES;
  }

  byte separator() {
    return separator;
  }

  /** Makes room for lines of {@code n} columns. */
  void ensure(int n) {
    if (ends.length < n) {
      ends = new int[n];
    }
  }

  /** Where column {@code c} ends (exclusive) in the last line split. */
  int end(int c) {
    return ends[c];
  }

  /** Where column {@code c} starts in the last line split, which started at {@code lineStart}. */
  int start(int c, int lineStart) {
    return c == 0 ? lineStart : ends[c - 1] + 1;
  }

  /** The offending byte when {@link #split} returned -1. */
  int badByte() {
    return badByte;
  }

  /**
   * Splits {@code b[s, e)}; returns the number of columns (their ends are recorded up to the size
   * given to {@link #ensure}), or -1 if the line holds a control byte other than the separator.
   */
  int split(byte[] b, int s, int e) {
    final int[] ends = this.ends;
    final int max = ends.length;
    final long pattern = this.pattern;
    int n = 0;
    int i = s;
    for (; i + 8 <= e; i += 8) {
      long w = (long) LONGS.get(b, i);
      long seps = zeroBytes(w ^ pattern);
      long bad = zeroBytes(w & TOP3) & ~seps;
      if (bad != 0) {
        badByte = b[i + (Long.numberOfTrailingZeros(bad) >>> 3)];
        return -1;
      }
      while (seps != 0) {
        if (n < max) {
          ends[n] = i + (Long.numberOfTrailingZeros(seps) >>> 3);
        }
        n++;
        seps &= seps - 1;
      }
    }
    final byte sep = separator;
    for (; i < e; i++) {
      byte c = b[i];
      if (c == sep) {
        if (n < max) {
          ends[n] = i;
        }
        n++;
      } else if ((c & 0xe0) == 0) {
        badByte = c;
        return -1;
      }
    }
    if (n < max) {
      ends[n] = e;
    }
    return n + 1;
  }

  /** 0x80 in every byte of {@code x} that is zero, 0 elsewhere (exact, no carries). */
  private static long zeroBytes(long x) {
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }
}
