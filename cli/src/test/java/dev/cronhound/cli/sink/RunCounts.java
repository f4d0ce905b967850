package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import dev.cronhound.formats.ReadReport;
import java.util.List;
import java.util.Map;

/** The counts of a made-up run, set by name; {@link #result()} builds the {@link HuntResult} (the one place that knows its shape). */
final class RunCounts {

  final ReadReport read = new ReadReport();
  List<Finding> findings = List.of();
  long flows;
  int channels;
  int scored;
  int silenced;
  int belowByPrevalence;
  long skippedInternal;
  long skippedExternalSource;
  long skippedOutsideTime;
  long duplicatesDropped;
  Finding bestBelow;

  RunCounts records(String format, long n) {
    read.records(format, n);
    return this;
  }

  HuntResult.Scope scope = new HuntResult.Scope(Map.of(), 0, 0, 0, 0, 0, 0, 0, null);

  HuntResult result() {
    return new HuntResult(findings, findings.size(), read, flows, channels, scored, silenced, belowByPrevalence,
        skippedInternal, skippedExternalSource, 0, Map.of(), null, 0, duplicatesDropped, 0, scope, skippedOutsideTime,
        bestBelow);
  }

  static HuntSettings settings(double minScore, Map<String, String> tune) {
    return HuntSettings.of(List.of(), null, Long.MIN_VALUE, Long.MAX_VALUE, tune, new DestinationAllowlist(List.of()),
        new ParentProcessBaseline(List.of()), minScore, 0);
  }
}
