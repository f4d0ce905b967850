package dev.cronhound.formats;

import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.windows.EventDataMap;
import dev.cronhound.formats.windows.WindowsRecord;
import dev.cronhound.formats.windows.WindowsRecordSink;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Renders Windows records as read, one JSON object per line, the way {@code evtx_dump -o jsonl}
 * users expect to grep them:
 *
 * <pre>
 * {"record_id":4,"time":"2019-03-08T23:33:27.123456Z","provider":"Microsoft-Windows-Sysmon",
 *  "channel":"Microsoft-Windows-Sysmon/Operational","computer":"WS5","event_id":1,"version":5,
 *  "process_id":1912,"thread_id":2068,"user_sid":"S-1-5-18","data":{"Image":"C:\\...",...},
 *  "origin":"sysmon.evtx:69632"}
 * </pre>
 *
 * Fields in that order; null strings and -1 numbers are left out; {@code data} keeps the record's
 * order and value text (see {@link WindowsRecord}). Escaping is {@link EventJson}'s, byte for byte:
 * {@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters as {@code \\u00XX},
 * U+0085, U+2028 and U+2029 as {@code \\u0085}/{@code \\u2028}/{@code \\u2029}, every surrogate as
 * {@code \\uXXXX}, everything else as UTF-8; no value can break a line.
 *
 * <p>Written by hand into a byte buffer rather than through Jackson's generator: {@code cronhound
 * convert} writes a line per EVTX record, and Jackson's generator was the largest single C2
 * compilation of a convert run ({@code -XX:+LogCompilation}). {@code WindowsRecordJsonProperties}
 * checks it against the Jackson rendering on random records, byte for byte.
 */
public final class WindowsRecordJson implements WindowsRecordSink, Closeable {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final int FLUSH_AT = 1 << 16;

  private final OutputStream out;
  private byte[] buf = new byte[FLUSH_AT + 4096];
  private int n;

  /**
   * Writes lines to {@code out}; {@link #close()} flushes but does not close {@code out}. Null:
   * only collects them ({@link #prepare}).
   */
  public WindowsRecordJson(OutputStream out) {
    this.out = out;
  }

  /** One record as a JSON line, without the newline. */
  public static String toJson(WindowsRecord r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (WindowsRecordJson json = new WindowsRecordJson(out)) {
      json.accept(r);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  @Override
  public void accept(WindowsRecord r) {
    raw('{');
    boolean first = number(RECORD_ID, r.recordId(), true);
    if (r.timeCreatedMicros() != WindowsRecord.NO_TIME) {
      first = string(TIME, EventJson.isoTime(r.timeCreatedMicros()), first);
    }
    first = string(PROVIDER, r.provider(), first);
    first = string(CHANNEL, r.channel(), first);
    first = string(COMPUTER, r.computer(), first);
    first = number(EVENT_ID, r.eventId(), first);
    first = number(VERSION, r.version(), first);
    first = number(PROCESS_ID, r.processId(), first);
    first = number(THREAD_ID, r.threadId(), first);
    first = string(USER_SID, r.userSid(), first);
    name(DATA, first);
    raw('{');
    boolean firstData = true;
    EventDataMap data = r.eventData();
    for (int i = 0, size = data.size(); i < size; i++) {
      if (!firstData) {
        raw(',');
      }
      firstData = false;
      quoted(data.key(i));
      raw(':');
      quoted(data.value(i));
    }
    raw('}');
    origin(r.origin());
    raw('}');
    raw('\n');
    if (n >= FLUSH_AT && out != null) {
      drain();
    }
  }

  /**
   * Renders the lines of {@code records} here (on the decoding thread, into a buffer of their own)
   * and returns their writing, in order, to this writer's stream.
   */
  @Override
  public Runnable prepare(List<WindowsRecord> records) {
    WindowsRecordJson lines = new WindowsRecordJson(null);
    for (WindowsRecord r : records) {
      lines.accept(r);
    }
    byte[] b = lines.buf;
    int len = lines.n;
    return () -> write(b, len);
  }

  private void write(byte[] b, int len) {
    if (n + len <= FLUSH_AT) {
      System.arraycopy(b, 0, buf, n, len);
      n += len;
      return;
    }
    drain();
    try {
      out.write(b, 0, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code "name":} as bytes. */
  private static byte[] field(String name) {
    return ("\"" + name + "\":").getBytes(StandardCharsets.US_ASCII);
  }

  private static final byte[] RECORD_ID = field("record_id");
  private static final byte[] TIME = field("time");
  private static final byte[] PROVIDER = field("provider");
  private static final byte[] CHANNEL = field("channel");
  private static final byte[] COMPUTER = field("computer");
  private static final byte[] EVENT_ID = field("event_id");
  private static final byte[] VERSION = field("version");
  private static final byte[] PROCESS_ID = field("process_id");
  private static final byte[] THREAD_ID = field("thread_id");
  private static final byte[] USER_SID = field("user_sid");
  private static final byte[] DATA = field("data");
  private static final byte[] ORIGIN = field("origin");

  /** Writes {@code "name":"value"} unless value is null; returns whether nothing was written yet. */
  private boolean string(byte[] name, String value, boolean first) {
    if (value == null) {
      return first;
    }
    name(name, first);
    quoted(value);
    return false;
  }

  /** {@code ,"origin":"file:line"} without building the string. */
  private void origin(Origin origin) {
    if (origin == null || origin.file() == null) {
      string(ORIGIN, String.valueOf(origin), false);
      return;
    }
    name(ORIGIN, false);
    quoted(origin.file());
    n--; // reopen the quotes: ':' and digits need no escaping
    raw(':');
    decimal(origin.line());
    raw('"');
  }

  private boolean number(byte[] name, long value, boolean first) {
    if (value == -1) {
      return first;
    }
    name(name, first);
    decimal(value);
    return false;
  }

  private void name(byte[] name, boolean first) {
    ensure(name.length + 1);
    if (!first) {
      buf[n++] = ',';
    }
    System.arraycopy(name, 0, buf, n, name.length);
    n += name.length;
  }

  /**
   * {@code "s"}, escaped. One method with its escapes (more than C2's FreqInlineSize of bytecode):
   * compiled once on its own rather than into each of the eight places {@link #accept} quotes, so
   * that a first escape met late recompiles this method alone, not the whole of {@code accept}
   * ({@code -XX:+LogCompilation}).
   */
  private void quoted(String s) {
    int len = s.length();
    ensure(6 * len + 2);
    byte[] b = buf;
    int p = n;
    b[p++] = '"';
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
        b[p++] = (byte) c;
        continue;
      }
      switch (c) {
        case '"', '\\' -> {
          b[p++] = '\\';
          b[p++] = (byte) c;
        }
        case '\b' -> p = shortEscape('b', b, p);
        case '\t' -> p = shortEscape('t', b, p);
        case '\n' -> p = shortEscape('n', b, p);
        case '\f' -> p = shortEscape('f', b, p);
        case '\r' -> p = shortEscape('r', b, p);
        default -> {
          if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0x85 || c == 0x2028 || c == 0x2029) {
            b[p++] = '\\';
            b[p++] = 'u';
            b[p++] = HEX[c >> 12];
            b[p++] = HEX[(c >> 8) & 0xF];
            b[p++] = HEX[(c >> 4) & 0xF];
            b[p++] = HEX[c & 0xF];
          } else if (c < 0x80) {
            b[p++] = (byte) c; // DEL
          } else if (c < 0x800) {
            b[p++] = (byte) (0xC0 | (c >> 6));
            b[p++] = (byte) (0x80 | (c & 0x3F));
          } else {
            b[p++] = (byte) (0xE0 | (c >> 12));
            b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (c & 0x3F));
          }
        }
      }
    }
    b[p++] = '"';
    n = p;
  }

  private static int shortEscape(char c, byte[] b, int p) {
    b[p++] = '\\';
    b[p++] = (byte) c;
    return p;
  }

  /** {@code v} in decimal, as {@link Long#toString(long)}. */
  private void decimal(long v) {
    if (v == Long.MIN_VALUE) {
      for (char c : "-9223372036854775808".toCharArray()) {
        raw(c);
      }
      return;
    }
    ensure(20);
    long u = v;
    if (u < 0) {
      buf[n++] = '-';
      u = -u;
    }
    int digits = 1;
    for (long t = u; t >= 10; t /= 10) {
      digits++;
    }
    for (int i = n + digits - 1; i >= n; i--, u /= 10) {
      buf[i] = (byte) ('0' + u % 10);
    }
    n += digits;
  }

  private void raw(char c) {
    ensure(1);
    buf[n++] = (byte) c;
  }

  private void ensure(int more) {
    if (n + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }
  }

  private void drain() {
    try {
      out.write(buf, 0, n);
      n = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes buffered lines to the stream and flushes it. */
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    flush();
  }
}
