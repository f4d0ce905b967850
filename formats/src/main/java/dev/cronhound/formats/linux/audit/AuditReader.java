package dev.cronhound.formats.linux.audit;

import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a raw audit log ({@code /var/log/audit/audit.log}, {@code ausearch --raw} output, or
 * records forwarded through syslog; see {@link AuditLine}) line by line and hands complete events
 * to a sink ({@link Reassembler}). Memory is bounded: one line buffer and the open events.
 *
 * <p>Counting: every parsed record (any type, including the user-space {@code USER_*}, {@code
 * CRED_*}, {@code LOGIN} ones no mapping uses) counts as one {@code auditd} record. Blank lines
 * are skipped. A line that is not a record, a record cut short, bad hex, an undecodable {@code
 * SOCKADDR}, or a line over {@link ByteLines#MAX_LINE} bytes is reported as {@code file:line:
 * reason} and skipped; the rest of its event is still assembled. An event whose {@code EXECVE}
 * records do not add up (missing arguments, short chunks) is reported at its first EXECVE line and
 * still delivered; so is a syscall event closed without its {@code EOE} in a log that has them
 * ({@link Reassembler}). Nothing is thrown for bad content.
 */
public final class AuditReader {

  /** The format id records are counted under. */
  public static final String FORMAT = "auditd";

  private AuditReader() {}

  /** Reads {@code in} to its end; never throws for bad content; does not close {@code in}. */
  public static void read(InputStream in, String file, AuditEventSink sink, ReadReport report) {
    ByteLines lines = new ByteLines(in);
    AuditLine parser = new AuditLine();
    Reassembler events =
        new Reassembler(
            e -> {
              checkExecve(e, file, report);
              sink.accept(e);
            },
            file,
            report);
    long records = 0;
    try {
      while (lines.next()) {
        long line = lines.lineNumber();
        if (lines.tooLong()) {
          report.malformed(file, line, "line longer than " + ByteLines.MAX_LINE + " bytes");
          continue;
        }
        byte[] b = lines.buffer();
        int s = lines.start();
        int e = lines.end();
        if (blank(b, s, e)) {
          continue;
        }
        AuditRecord r = parser.parse(b, s, e, line);
        if (r == null) {
          report.malformed(file, line, parser.problem() + ": " + Snippet.of(b, s, e));
          continue;
        }
        records++;
        events.add(r);
      }
    } catch (IOException ex) {
      report.malformed(file, lines.lineNumber() + 1, "read error: " + Snippet.line(ex.getMessage()));
    } finally {
      events.finish();
      report.records(FORMAT, records);
      report.bytesRead(lines.bytesRead());
    }
  }

  private static void checkExecve(AuditEvent e, String file, ReadReport report) {
    AuditRecord first = e.first("EXECVE");
    if (first == null) {
      return;
    }
    String problem = ExecveArgs.of(e.all("EXECVE")).problem();
    if (problem != null) {
      report.malformed(file, first.line(), "event " + e.serial() + ": " + problem);
    }
  }

  private static boolean blank(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}
