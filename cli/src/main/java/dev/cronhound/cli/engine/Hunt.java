package dev.cronhound.cli.engine;

import dev.cronhound.core.analytic.NetworkBeacon;
import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The embedded engine: discover inputs, read the logs that name destinations (DNS, TLS, HTTP)
 * before the flows they name, build channels, run the analytics, rank. One thread, files in.
 */
public final class Hunt {

  private Hunt() {}

  public static HuntResult run(HuntSettings s, InputStream stdin) {
    long t0 = System.nanoTime();
    ReadReport report = new ReadReport();
    List<InputFile> files = new ArrayList<>(Inputs.discover(s.inputs(), s.format(), report, stdin));
    files.sort(Comparator.comparingInt(Hunt::readingOrder));
    ChannelTable table =
        new ChannelTable(s.channel(), s.rhythm().burstGapSeconds(), s.sinceMicros(), s.untilMicros());
    EventTally tally = new EventTally(table);
    for (InputFile f : files) {
      Inputs.read(f, tally, report);
    }
    NetworkBeacon.Result beacons = NetworkBeacon.analyze(table, s.rhythm(), s.beacon(), s.allowlist(), s.minScore());
    List<Finding> kept = new ArrayList<>();
    for (Finding f : beacons.findings()) {
      if (f.score() >= s.minScore()) {
        kept.add(f);
      }
    }
    int above = kept.size();
    List<Finding> shown = s.top() > 0 && kept.size() > s.top() ? kept.subList(0, s.top()) : kept;
    return new HuntResult(
        List.copyOf(shown),
        above,
        report,
        table.flows(),
        beacons.channels(),
        beacons.scored(),
        beacons.silenced(),
        beacons.belowByPrevalence(),
        table.skippedInternal(),
        table.skippedExternalSource(),
        table.namingStateSize(),
        tally.byKind(),
        System.nanoTime() - t0);
  }

  /** Naming logs first, then flows, then anything else; stable within each group. */
  static int readingOrder(InputFile f) {
    String kind = f.logKind();
    if (kind == null) {
      return 2;
    }
    switch (kind) {
      case "dns":
      case "ssl":
      case "http":
        return 0;
      case "conn":
        return 1;
      default:
        return 2;
    }
  }
}
