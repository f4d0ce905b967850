package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.formats.ReadReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** What a run read and built, for stderr: files, records per format, problems, channels, time. */
public final class RunSummary {

  private RunSummary() {}

  public static void print(HuntResult r, double minScore, PrintWriter err) {
    ReadReport read = r.read();
    double secs = r.elapsedNanos() / 1e9;
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
    if (read.skippedFileCount() > 0) {
      err.printf(Locale.ROOT, "skipped %d file(s) that are not logs:", read.skippedFileCount());
      for (ReadReport.Problem p : read.skippedFileSamples()) {
        err.print(" " + TerminalText.safe(p.file(), 120));
      }
      err.println(read.skippedFileCount() > read.skippedFileSamples().size() ? " ..." : "");
    }
    err.printf(Locale.ROOT,
        "channels: %d from %d flows (%d scored, %d silenced by DestIPAllowlist, %d too prevalent to reach the minimum score); left out: %d flows to internal destinations, %d from external sources%n",
        r.channels(), r.flows(), r.scored(), r.silenced(), r.belowByPrevalence(), r.skippedInternal(), r.skippedExternalSource());
    err.printf(Locale.ROOT, "findings: %d at or above %.2f, %d shown; elapsed %.2f s%n",
        r.scoredAboveMin(), minScore, r.findings().size(), secs);
  }
}
