package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the journal export format ({@code journalctl -o export}, systemd's "Journal Export
 * Format"): entries separated by a blank line; a text field is {@code KEY=value\n}; a binary field
 * is {@code KEY\n}, a 64-bit little-endian length, that many bytes and {@code \n}. Each entry is a
 * record ({@link JournalEntry}), origin = the line its first field is on (lines counted as {@code
 * \n} bytes, binary data included). An entry without a numeric {@code __REALTIME_TIMESTAMP} is
 * counted and reported as malformed; a binary field longer than {@link ByteLines#MAX_LINE} bytes
 * or cut short ends the file with one problem (the rest cannot be framed).
 */
public final class JournalExportReader {

  static final String FORMAT = "journald-export";

  private final InputStream in;
  private final String file;
  private final ReadReport report;
  private long line = 1;
  private long bytes;

  private JournalExportReader(InputStream in, String file, ReadReport report) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.file = file;
    this.report = report;
  }

  /** Streams {@code in}, named {@code file}; never throws for bad content; does not close in. */
  public static void read(InputStream in, String file, EventSink sink, ReadReport report) {
    new JournalExportReader(in, file, report).entries(sink);
  }

  private void entries(EventSink sink) {
    RunMessages runs = new RunMessages();
    JournalEntry entry = new JournalEntry();
    long records = 0;
    long entryLine = -1;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      while (true) {
        long at = line;
        int end = readLine(buf);
        if (end == -2) {
          report.malformed(file, at, "line longer than " + ByteLines.MAX_LINE + " bytes");
          continue;
        }
        if (end == -1 || buf.size() == 0) {
          if (entryLine > 0) {
            String problem = entry.problem();
            if (problem != null) {
              report.malformed(file, entryLine, problem);
            } else {
              records++;
              JobRun run = entry.run(runs, new Origin(file, entryLine));
              if (run != null) {
                sink.accept(run);
              }
            }
          }
          entry.clear();
          entryLine = -1;
          if (end == -1) {
            break;
          }
          continue;
        }
        if (entryLine < 0) {
          entryLine = at;
        }
        byte[] b = buf.toByteArray();
        int eq = indexOf(b, (byte) '=');
        if (eq >= 0) {
          entry.put(new String(b, 0, eq, StandardCharsets.UTF_8), new String(b, eq + 1, b.length - eq - 1, StandardCharsets.UTF_8));
        } else if (!binary(new String(b, StandardCharsets.UTF_8), entry, at)) {
          return;
        }
      }
    } catch (IOException e) {
      report.malformed(file, line, "read error: " + Snippet.line(e.getMessage()));
    } finally {
      report.records(FORMAT, records);
      report.bytesRead(bytes);
    }
  }

  /** Reads a binary field's size, data and newline; false (reported) when it cannot be framed. */
  private boolean binary(String key, JournalEntry entry, long at) throws IOException {
    long size = 0;
    for (int i = 0; i < 8; i++) {
      int c = in.read();
      if (c < 0) {
        report.malformed(file, at, "binary field " + Snippet.of(key) + " cut short");
        return false;
      }
      bytes++;
      size |= (long) c << (8 * i);
    }
    if (size < 0 || size > ByteLines.MAX_LINE) {
      report.malformed(file, at, "binary field " + Snippet.of(key) + " of " + Long.toUnsignedString(size) + " bytes");
      return false;
    }
    byte[] data = in.readNBytes((int) size);
    bytes += data.length;
    int nl = in.read();
    if (data.length < size || nl != '\n') {
      report.malformed(file, at, "binary field " + Snippet.of(key) + " cut short");
      return false;
    }
    bytes++;
    for (byte d : data) {
      if (d == '\n') {
        line++;
      }
    }
    line++;
    entry.put(key, new String(data, StandardCharsets.UTF_8));
    return true;
  }

  /** Reads to the next newline into {@code buf}: 0, -1 at end of input with nothing read, -2 too long. */
  private int readLine(ByteArrayOutputStream buf) throws IOException {
    buf.reset();
    boolean any = false;
    boolean tooLong = false;
    int c;
    while ((c = in.read()) >= 0) {
      bytes++;
      any = true;
      if (c == '\n') {
        line++;
        break;
      }
      if (buf.size() < ByteLines.MAX_LINE) {
        buf.write(c);
      } else {
        tooLong = true;
      }
    }
    if (!any) {
      return -1;
    }
    return tooLong ? -2 : 0;
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
