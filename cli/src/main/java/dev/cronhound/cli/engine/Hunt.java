package dev.cronhound.cli.engine;

import dev.cronhound.core.analytic.EndpointTransfer;
import dev.cronhound.core.analytic.NetworkBeacon;
import dev.cronhound.core.channel.ApplicationLogFlows;
import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.channel.SeenRecords;
import dev.cronhound.core.correlate.EndpointCorrelator;
import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.event.TlsSession;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.SyslogYears;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The embedded engine, one thread, files in: the logs that name destinations (DNS, TLS, HTTP) first;
 * then the endpoint logs, whose events are put in time order and correlated (process table, task
 * linkage, connection attribution); then the flows, each joined to an endpoint connection when one
 * matches (its bytes go to that initiator's channel) or else grouped into a network-only channel;
 * flows whose 5-tuple an endpoint connection has wait until the end of the flows, when each host's
 * clock offset against the sensor is estimated from them ({@code FlowJoin}), then join.
 * A record read twice (same Zeek uid, log and time) counts once; a connection only an application
 * log saw (an http.log without conn.log) becomes a flow once all inputs are read. Then the analytics: {@code AN1118}/{@code AN1113} over initiator channels, {@code BEACON} over
 * network-only channels; one ranking.
 */
public final class Hunt {

  private Hunt() {}

  /**
   * Runs a hunt. {@code clock} is the last resort for the year of syslog stamps that have none
   * (after {@code --year}, the dated records of the run and the file's time: {@link SyslogYears});
   * nothing else reads it.
   */
  public static HuntResult run(HuntSettings s, InputStream stdin, Clock clock) {
    return run(s, stdin, clock, HuntProgress.NONE);
  }

  /**
   * {@link #run(HuntSettings, InputStream, Clock)}, telling {@code progress} which file is read,
   * the bytes read (per chunk) and the phase.
   */
  public static HuntResult run(HuntSettings s, InputStream stdin, Clock clock, HuntProgress progress) {
    long t0 = System.nanoTime();
    ReadReport report = new ReadReport();
    List<InputFile> files = new ArrayList<>(Inputs.discover(s.inputs(), s.format(), report, stdin));
    files.sort(Comparator.comparingInt(Hunt::readingOrder).thenComparing(SyslogYears.READING_ORDER));
    SyslogYears years = new SyslogYears(s.year(), clock);
    ChannelTable table =
        new ChannelTable(s.channel(), s.rhythm().burstGapSeconds(), s.sinceMicros(), s.untilMicros());
    EndpointCorrelator correlator = new EndpointCorrelator(s.correlation(), s.channel(), table.destinationNames());
    EndpointStage stage = new EndpointStage();
    SeenRecords seen = new SeenRecords();
    ApplicationLogFlows appFlows = new ApplicationLogFlows();
    EventTally tally = new EventTally(e -> {
      if (seen.firstTime(e)) {
        route(e, table, correlator, stage, appFlows, s);
      }
    });
    boolean correlated = false;
    int staged = 0;
    progress.start(tally::total);
    for (int i = 0; i < files.size(); i++) {
      InputFile f = files.get(i);
      if (!correlated && readingOrder(f) > 1) {
        staged = correlate(stage, correlator, progress);
        correlated = true;
      }
      progress.file(i + 1, files.size(), f.name());
      String dirHost = HostFromPath.of(f.name());
      if (SyslogYears.yearless(f)) {
        years.peek(files.subList(i + 1, files.size()));
      }
      Inputs.read(counted(f, progress), years.observing(f, dirHost, new HostFill(dirHost, tally)), report, 1, s.passwd(),
          SyslogYears.yearless(f) ? years.timeFor(f, dirHost) : null);
    }
    if (!correlated) {
      staged = correlate(stage, correlator, progress);
    }
    int fromApplicationLogs = appFlows.unclaimed();
    for (Flow f : appFlows.drain()) {
      route(f, table, correlator, stage, appFlows, s);
    }
    // Flows held while the hosts' clocks were being estimated join now, or go to the table.
    correlator.flows().finish(table);
    progress.phase("scoring channels");
    NetworkBeacon.Result beacons = NetworkBeacon.analyze(table, s.rhythm(), s.beacon(), s.allowlist(), s.knownServiceModifier(), s.minScore());
    EndpointTransfer.Result transfers =
        EndpointTransfer.analyze(
            correlator.channels(),
            correlator::window,
            s.correlation().scriptHostNames(),
            s.rhythm(),
            s.beacon(),
            s.transfer(),
            s.allowlist(),
            s.baseline(),
            s.minScore());
    List<Finding> kept = new ArrayList<>();
    for (List<Finding> list : List.of(transfers.findings(), beacons.findings())) {
      for (Finding f : list) {
        if (f.score() >= s.minScore()) {
          kept.add(f);
        }
      }
    }
    kept.sort(Comparator.comparingDouble(Finding::score).reversed());
    progress.done();
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
        new HuntResult.Endpoint(
            staged,
            correlator.state(),
            correlator.flows().joinedFlows(),
            correlator.flows().ambiguousJoins(),
            transfers.scored(),
            transfers.silencedByAllowlist(),
            transfers.silencedByBaseline(),
            correlator.flows().clocks()),
        System.nanoTime() - t0,
        seen.dropped(),
        fromApplicationLogs,
        HuntResult.Scope.of(table),
        table.skippedOutsideTime(),
        better(beacons.bestBelow(), transfers.bestBelow()));
  }

  /** {@code f}, its bytes counted for {@code progress} as they are read (unwrapped when nothing shows them). */
  private static InputFile counted(InputFile f, HuntProgress progress) {
    return progress == HuntProgress.NONE ? f
        : new InputFile(f.name(), f.format(), f.logKind(), () -> new CountingInput(f.open(), progress));
  }

  private static Finding better(Finding a, Finding b) {
    return a == null || (b != null && b.score() > a.score()) ? b : a;
  }

  private static int correlate(EndpointStage stage, EndpointCorrelator correlator, HuntProgress progress) {
    int n = stage.size();
    if (n > 0) {
      progress.phase("correlating " + String.format(java.util.Locale.ROOT, "%,d", n) + " endpoint events");
    }
    stage.drainTo(correlator);
    correlator.finish();
    return n;
  }

  /** Naming events to the channel table, flows to the join (else the table), the rest to the stage. */
  private static void route(Event e, ChannelTable table, EndpointCorrelator c, EndpointStage stage,
      ApplicationLogFlows appFlows, HuntSettings s) {
    if (e instanceof Flow f) {
      appFlows.claim(f);
      if (f.tsMicros() >= s.sinceMicros() && f.tsMicros() <= s.untilMicros()) {
        c.flows().offer(f, table);
      } else {
        table.accept(f);
      }
    } else if (e instanceof DnsLookup || e instanceof TlsSession || e instanceof HttpRequest) {
      appFlows.note(e);
      table.accept(e);
    } else if (e instanceof ScheduledJob || (e.tsMicros() >= s.sinceMicros() && e.tsMicros() <= s.untilMicros())) {
      // Job definitions hold whatever --since/--until say: a task registered before the window
      // still explains the runs inside it.
      stage.accept(e);
    }
  }

  /**
   * Naming logs first, then endpoint logs (syslog last among them, rotated files oldest first:
   * {@link SyslogYears#READING_ORDER}), then flows, then anything else; stable within each group.
   */
  static int readingOrder(InputFile f) {
    if (f.format() != null && (f.format().isWindows() || f.format().isLinux())) {
      return 1;
    }
    String kind = f.logKind();
    if (kind == null) {
      return 3;
    }
    switch (kind) {
      case "dns":
      case "ssl":
      case "http":
        return 0;
      case "conn":
        return 2;
      default:
        return 3;
    }
  }
}
