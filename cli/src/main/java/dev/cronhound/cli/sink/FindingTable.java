package dev.cronhound.cli.sink;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.NoteNumbers;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The ranked table a hunter reads first: one line per finding, best first. */
public final class FindingTable {

  private FindingTable() {}

  public static void print(List<Finding> findings, PrintWriter out) {
    if (findings.isEmpty()) {
      out.println("No findings at or above the minimum score.");
      return;
    }
    String fmt = "%-4s %-5s %-8s %-7s %-15s %-30s %-42s %-34s %6s %10s%n";
    out.printf(Locale.ROOT, fmt, "#", "SCORE", "SEV", "ANALYTIC", "HOST", "INITIATOR", "DESTINATION", "SCHEDULE",
        "BEATS", "BYTES OUT");
    int rank = 0;
    for (Finding f : findings) {
      rank++;
      Finding.Destination d = f.destination();
      String dest = (d.domain() != null ? d.domain() : d.ip()) + (d.port() >= 0 ? ":" + d.port() : "");
      out.printf(Locale.ROOT, fmt,
          rank,
          String.format(Locale.ROOT, "%.2f", f.score()),
          f.severity().id(),
          TerminalText.safe(f.analytic(), 7),
          TerminalText.safe(f.host(), 15),
          TerminalText.safe(initiator(f.initiator()), 30),
          TerminalText.safe(dest, 42),
          TerminalText.safe(f.evidence().schedule(), 34),
          f.count(),
          f.bytesOut() < 0 ? "?" : NoteNumbers.bytes(f.bytesOut()));
    }
  }

  /**
   * The task path (or a cron job's command) when a job started it, else the image's file name; "-"
   * for network-only findings.
   */
  static String initiator(Finding.Initiator i) {
    if (i == null) {
      return "-";
    }
    if (i.job() != null) {
      // a crontab line is named "file:line command": the command is what tells jobs apart
      return i.job().replaceFirst("^\\S+:\\d+ ", "");
    }
    String image = i.image();
    if (image == null) {
      return "?";
    }
    int slash = Math.max(image.lastIndexOf('\\'), image.lastIndexOf('/'));
    return image.substring(slash + 1);
  }
}
