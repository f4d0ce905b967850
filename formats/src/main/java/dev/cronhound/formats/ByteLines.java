package dev.cronhound.formats;

import java.io.IOException;
import java.io.InputStream;

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
      for (int i = scan; i < limit; i++) {
        if (buf[i] == '\n') {
          setLine(pos, i, true);
          pos = i + 1;
          tooLong = end - start > MAX_LINE;
          return true;
        }
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
      for (int i = 0; i < limit; i++) {
        if (buf[i] == '\n') {
          pos = i + 1;
          terminated = true;
          return;
        }
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
