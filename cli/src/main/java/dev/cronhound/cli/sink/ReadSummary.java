package dev.cronhound.cli.sink;

import dev.cronhound.formats.ReadReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** What a run read, for stderr: files, bytes, records per format, problems with file:line, skipped files. */
public final class ReadSummary {

  private ReadSummary() {}

  public static void print(ReadReport read, long elapsedNanos, PrintWriter err) {
    double secs = elapsedNanos / 1e9;
    err.printf(Locale.ROOT, "read %d file(s), %.1f MB, %d records in %.2f s%n",
        read.files().size(), read.bytes() / 1e6, read.totalRecords(), secs);
    for (Map.Entry<String, Long> e : read.recordsByFormat().entrySet()) {
      err.printf(Locale.ROOT, "  %-24s %d%n", e.getKey(), e.getValue());
    }
    err.printf(Locale.ROOT, "malformed: %d%n", read.malformedCount());
    for (ReadReport.Problem p : read.problemSamples()) {
      err.println("  " + TerminalText.safe(p.toString(), 200));
    }
    if (read.malformedCount() > read.problemSamples().size()) {
      err.printf(Locale.ROOT, "  ... and %d more%n", read.malformedCount() - read.problemSamples().size());
    }
    if (read.yearNoteCount() > 0) {
      err.println("years of RFC 3164 stamps:");
    }
    for (ReadReport.Problem y : read.yearNotes()) {
      err.println("  " + TerminalText.safe(y.file() + ": " + y.reason(), 200));
    }
    if (read.yearNoteCount() > read.yearNotes().size()) {
      err.printf(Locale.ROOT, "  ... and %d more syslog file(s)%n", read.yearNoteCount() - read.yearNotes().size());
    }
    for (String w : read.warnings()) {
      err.println("warning: " + TerminalText.safe(w, 300));
    }
    if (read.warningCount() > read.warnings().size()) {
      err.printf(Locale.ROOT, "warning: ... and %d more%n", read.warningCount() - read.warnings().size());
    }
    if (read.skippedFileCount() > 0) {
      err.printf(Locale.ROOT, "skipped %d file(s) that are not logs:", read.skippedFileCount());
      for (ReadReport.Problem p : read.skippedFileSamples()) {
        err.print(" " + TerminalText.safe(p.file(), 120));
      }
      err.println(read.skippedFileCount() > read.skippedFileSamples().size() ? " ..." : "");
    }
  }
}
