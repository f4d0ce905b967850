package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import dev.cronhound.formats.year.AnchoredYear;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads syslog files ({@link SyslogLine}: RFC 3164, ISO-stamped, RFC 5424) for evidence of
 * scheduled jobs running ({@link RunMessages}). Every syslog line is counted as a record; the
 * lines of cron, anacron and systemd that show a run become {@link JobRun}s, origin = the line;
 * the rest give nothing. A non-blank line that is not syslog, or longer than {@link
 * ByteLines#MAX_LINE}, is counted and reported as {@code file:line: reason} and skipped.
 */
public final class SyslogReader {

  static final String FORMAT = "syslog";

  private SyslogReader() {}

  /** Streams {@code in}, named {@code file}; never throws for bad content; does not close in. */
  public static void read(InputStream in, String file, SyslogTime time, EventSink sink, ReadReport report) {
    ByteLines lines = new ByteLines(in);
    RunMessages runs = new RunMessages();
    long records = 0;
    boolean continuing = time.placed() > 0;
    int startYear = time.currentYear();
    long crossedAt = 0;
    try {
      while (lines.next()) {
        long n = lines.lineNumber();
        if (lines.tooLong()) {
          report.malformed(file, n, "line longer than " + ByteLines.MAX_LINE + " bytes");
          continue;
        }
        String text = new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
          continue;
        }
        long unplaced = time.unplaced();
        int year = time.currentYear();
        SyslogLine line = SyslogLine.parse(text, time);
        if (crossedAt == 0 && year != 0 && time.currentYear() != year) {
          crossedAt = n;
        }
        if (line == null) {
          report.malformed(file, n, time.unplaced() > unplaced
              ? "no year for this RFC 3164 stamp: no dated records, file time or clock to place it (pass --year)"
              : "not a syslog line: " + Snippet.of(text));
          continue;
        }
        records++;
        JobRun run = runs.map(line.tsMicros(), line.host(), line.ident(), line.pid(), line.message(), null, new Origin(file, n));
        if (run != null) {
          sink.accept(run);
        }
      }
    } catch (IOException e) {
      report.malformed(file, lines.lineNumber() + 1, "read error: " + Snippet.line(e.getMessage()));
    } finally {
      report.records(FORMAT, records);
      report.bytesRead(lines.bytesRead());
      noteYear(file, time, continuing, startYear, crossedAt, report);
    }
  }

  /** Says in the report which year the file's year-less stamps got and why; warns when the clock said. */
  private static void noteYear(
      String file, SyslogTime time, boolean continuing, int startYear, long crossedAt, ReadReport report) {
    AnchoredYear a = time.anchoredYear();
    if (a == null || time.placed() == 0) {
      return;
    }
    StringBuilder note = new StringBuilder("year ");
    if (continuing) {
      note.append(startYear).append(" continued from the file rotated before it");
    } else {
      note.append(a.year()).append(' ').append(a.reason());
      if (a.fromClock()) {
        report.warning(file + ": the year of its RFC 3164 stamps (" + a.year()
            + ") was taken from the clock: nothing dated of the same host or run, no file time; pass --year YYYY");
      }
    }
    if (crossedAt > 0) {
      note.append(", ").append(time.currentYear()).append(" from line ").append(crossedAt);
    }
    report.yearNote(file, note.toString());
  }
}
