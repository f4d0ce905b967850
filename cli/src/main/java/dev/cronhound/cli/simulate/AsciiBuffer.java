package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * An append-only byte buffer in front of an output stream, with allocation-free number formatting.
 * Every log line of the simulator goes through one of these, so it avoids {@code String.format} and
 * per-call allocation entirely.
 */
final class AsciiBuffer {
  private static final long MICROS = 1_000_000L;

  private final OutputStream out;
  private final byte[] buf;
  private final byte[] digits = new byte[20];
  private int pos;

  AsciiBuffer(OutputStream out, int capacity) {
    this.out = out;
    this.buf = new byte[capacity];
  }

  void put(byte b) {
    if (pos == buf.length) {
      drain();
    }
    buf[pos++] = b;
  }

  void put(byte[] bytes) {
    if (bytes.length > buf.length - pos) {
      drain();
      if (bytes.length > buf.length) {
        write(bytes, bytes.length);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  /** Appends a string that is known to be ASCII (every character is written as one byte). */
  void putAscii(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      put((byte) s.charAt(i));
    }
  }

  void putLong(long value) {
    if (value < 0) {
      put((byte) '-');
      if (value == Long.MIN_VALUE) {
        putAscii(Long.toString(value).substring(1));
        return;
      }
      value = -value;
    }
    int n = 0;
    do {
      digits[n++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value != 0);
    while (n > 0) {
      put(digits[--n]);
    }
  }

  /**
   * Appends a microsecond quantity as seconds with six decimals ({@code 1767571200.012345}), the
   * way Zeek ASCII logs print {@code time} and {@code interval}. With {@code trimZeros} trailing
   * zeros of the fraction are dropped (keeping one digit), as Zeek's JSON writer does.
   */
  void putMicros(long micros, boolean trimZeros) {
    if (micros < 0) {
      put((byte) '-');
      micros = -micros;
    }
    putLong(micros / MICROS);
    put((byte) '.');
    long frac = micros % MICROS;
    int width = 6;
    if (trimZeros) {
      while (width > 1 && frac % 10 == 0) {
        frac /= 10;
        width--;
      }
    }
    for (int i = width - 1; i >= 0; i--) {
      digits[i] = (byte) ('0' + frac % 10);
      frac /= 10;
    }
    for (int i = 0; i < width; i++) {
      put(digits[i]);
    }
  }

  /** Writes the buffered bytes to the stream (without flushing the stream itself). */
  void drain() {
    if (pos > 0) {
      write(buf, pos);
      pos = 0;
    }
  }

  private void write(byte[] bytes, int length) {
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
