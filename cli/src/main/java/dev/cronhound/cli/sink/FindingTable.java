package dev.cronhound.cli.sink;

import dev.cronhound.core.finding.Finding;
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
    String fmt = "%-4s %-5s %-8s %-7s %-15s %-42s %-34s %6s %10s%n";
    out.printf(Locale.ROOT, fmt, "#", "SCORE", "SEV", "ANALYTIC", "HOST", "DESTINATION", "SCHEDULE",
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
          TerminalText.safe(dest, 42),
          TerminalText.safe(f.evidence().schedule(), 34),
          f.count(),
          f.bytesOut() < 0 ? "?" : humanBytes(f.bytesOut()));
    }
  }

  static String humanBytes(long b) {
    if (b < 1024) {
      return b + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = b;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
