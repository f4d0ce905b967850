package dev.cronhound.formats;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Splits a byte stream into lines without decoding it, in bounded memory. The current line is a
 * window {@code [start(), end())} into {@link #buffer()} that stays valid until the next call to
 * {@link #next()}. A trailing {@code \r} is dropped. A line longer than {@link #MAX_LINE} bytes is
 * skipped to its newline without being buffered and reported with {@link #tooLong()} set.
 *
 * <p>Usage: {@code while (lines.next()) { ... }}. An {@link IOException} from the stream propagates
 * from {@link #next()}; lines returned before it stay valid, and {@link #lineNumber()} + 1 is the
 * line that was being read.
 */
public final class ByteLines {

  /** The longest line kept, in bytes, not counting the newline. */
  public static final int MAX_LINE = 1 << 20;

  private static final int DEFAULT_BUFFER = MAX_LINE + (64 << 10);

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private final InputStream in;
  private final byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private long bytes;

  private long lineNumber;
  private int start;
  private int end;
  private boolean terminated;
  private boolean tooLong;

  public ByteLines(InputStream in) {
    this(in, DEFAULT_BUFFER);
  }

  /** With a buffer of at least {@code bufferSize} bytes (never less than {@link #MAX_LINE} + 1). */
  public ByteLines(InputStream in, int bufferSize) {
    this.in = in;
    this.buf = new byte[Math.max(bufferSize, MAX_LINE + 1)];
  }

  /** Advances to the next line; false at end of input. */
  public boolean next() throws IOException {
    int scan = pos;
    while (true) {
      int i = indexOfNewline(buf, scan, limit);
      if (i >= 0) {
        setLine(pos, i, true);
        pos = i + 1;
        tooLong = end - start > MAX_LINE;
        return true;
      }
      if (limit - pos > MAX_LINE) {
        skipLongLine();
        return true;
      }
      if (eof) {
        if (pos < limit) {
          setLine(pos, limit, false);
          pos = limit;
          return true;
        }
        return false;
      }
      scan = compact();
      fill();
    }
  }

  /**
   * The first {@code '\n'} in {@code b[from, to)}, or -1; eight bytes at a time: {@code (x - 0x01..)
   * & ~x & 0x80..} is non-zero where a byte of {@code x} is zero, and exact in its lowest byte.
   */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void setLine(int from, int to, boolean newline) {
    lineNumber++;
    start = from;
    end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
    terminated = newline;
    tooLong = false;
  }

  /** Moves the unread tail to the front; returns where scanning resumes. */
  private int compact() {
    int len = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, len);
      pos = 0;
      limit = len;
    }
    return len;
  }

  private void fill() throws IOException {
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
      bytes += n;
    }
  }

  private void skipLongLine() throws IOException {
    lineNumber++;
    start = 0;
    end = 0;
    tooLong = true;
    terminated = false;
    pos = 0;
    limit = 0;
    while (!eof) {
      fill();
      int i = indexOfNewline(buf, 0, limit);
      if (i >= 0) {
        pos = i + 1;
        terminated = true;
        return;
      }
      limit = 0;
    }
  }

  public byte[] buffer() {
    return buf;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** 1-based number of the current line. */
  public long lineNumber() {
    return lineNumber;
  }

  /** False for a last line that ends without a newline (or a long line cut off by end of input). */
  public boolean terminated() {
    return terminated;
  }

  /** True when the current line exceeded {@link #MAX_LINE}; its content is not available. */
  public boolean tooLong() {
    return tooLong;
  }

  /** Bytes read from the stream so far. */
  public long bytesRead() {
    return bytes;
  }
}
