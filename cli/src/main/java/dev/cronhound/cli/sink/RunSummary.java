package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import java.io.PrintWriter;
import java.util.Locale;

/** What a run read and built, for stderr: files, records per format, problems, channels, time. */
public final class RunSummary {

  private RunSummary() {}

  public static void print(HuntResult r, double minScore, PrintWriter err) {
    ReadSummary.print(r.read(), r.elapsedNanos(), err);
    double secs = r.elapsedNanos() / 1e9;
    if (r.eventsByKind().keySet().stream().anyMatch(k -> !k.equals("flow"))) {
      StringBuilder kinds = new StringBuilder();
      r.eventsByKind().forEach((k, n) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
      err.println("events: " + kinds);
    }
    err.printf(Locale.ROOT,
        "channels: %d from %d flows (%d scored, %d silenced by DestIPAllowlist, %d too prevalent to reach the minimum score); left out by Directions: %d east-west, %d inbound%s%n",
        r.channels(), r.flows(), r.scored(), r.silenced(), r.belowByPrevalence(), r.skippedInternal(), r.skippedExternalSource(),
        r.skippedOutsideTime() > 0 ? "; " + r.skippedOutsideTime() + " outside --since/--until" : "");
    ScopeSummary.print(r.scope(), err);
    if (r.duplicatesDropped() > 0) {
      err.printf(Locale.ROOT, "duplicates: %d records read a second time (same Zeek uid, log and time) dropped%n",
          r.duplicatesDropped());
    }
    if (r.flowsFromApplicationLogs() > 0) {
      err.printf(Locale.ROOT,
          "application logs: %d connections seen only in http/ssl logs (no conn record) made flows, bytes unknown%n",
          r.flowsFromApplicationLogs());
    }
    HuntResult.Endpoint e = r.endpoint();
    if (e != null && e.staged() > 0) {
      var st = e.state();
      err.printf(Locale.ROOT,
          "endpoint: %d events correlated; processes held %d (peak %d), task entries %d, lookups %d; "
              + "%d outbound connections (%d to a logged process, %d identified by the connection record alone); %d flows joined (%d ambiguous), "
              + "%d connections without a flow; %d initiator channels (%d scored, %d silenced by DestIPAllowlist, "
              + "%d by ParentProcessBaseline)%n",
          e.staged(), st.processes(), st.peakProcesses(), st.jobEntries(), st.dnsNames(),
          st.attributed() + st.unattributed(), st.attributed(), st.unattributed(), e.joinedFlows(), e.ambiguousJoins(), st.waitingForFlows(), st.channels(), e.scored(),
          e.silencedByAllowlist(), e.silencedByBaseline());
      for (var clock : e.clocks()) {
        err.println("clock: " + clock.describe());
      }
    }
    err.printf(Locale.ROOT, "findings: %d at or above %.2f, %d shown; elapsed %.2f s%n",
        r.scoredAboveMin(), minScore, r.findings().size(), secs);
  }
}
