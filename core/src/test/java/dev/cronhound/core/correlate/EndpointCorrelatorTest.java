package dev.cronhound.core.correlate;

import static dev.cronhound.core.correlate.EndpointEvents.POWERSHELL;
import static dev.cronhound.core.correlate.EndpointEvents.S;
import static dev.cronhound.core.correlate.EndpointEvents.SVCHOST;
import static dev.cronhound.core.correlate.EndpointEvents.T0;
import static dev.cronhound.core.correlate.EndpointEvents.connect;
import static dev.cronhound.core.correlate.EndpointEvents.end;
import static dev.cronhound.core.correlate.EndpointEvents.flow;
import static dev.cronhound.core.correlate.EndpointEvents.registered;
import static dev.cronhound.core.correlate.EndpointEvents.run;
import static dev.cronhound.core.correlate.EndpointEvents.scheduler;
import static dev.cronhound.core.correlate.EndpointEvents.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointCorrelatorTest {

  private static final String TASK = "\\Microsoft\\Windows\\Maintenance\\CacheSync";
  private static final String ARGS = "-NoProfile -File C:\\Users\\bob\\AppData\\Roaming\\sync.ps1";

  private final EndpointCorrelator correlator =
      new EndpointCorrelator(CorrelationTunables.DEFAULTS, ChannelTunables.DEFAULTS, null);

  /** {@code runs} hourly runs of the task: a new process (GUID, reused pids) each time, one upload. */
  private static List<Event> hourlyTask(int runs) {
    List<Event> events = new ArrayList<>();
    events.add(scheduler(T0));
    events.add(registered(T0 + S, TASK, POWERSHELL, ARGS));
    for (int i = 0; i < runs; i++) {
      long t = T0 + (i + 1) * 3600 * S;
      long pid = 4000 + 4 * (i % 3);
      String guid = "{P" + i + "}";
      String tmp = "C:\\Users\\bob\\AppData\\Local\\Temp\\tmp" + Integer.toHexString(0xA1B2 + i * 7) + ".tmp";
      events.add(start(t, guid, pid, POWERSHELL, POWERSHELL + " " + ARGS + " -Out " + tmp, "CORP\\bob", "{SCHED}", 1208, SVCHOST));
      events.add(run(t + 10_000, TASK, JobRun.Phase.PROCESS_CREATED, pid));
      events.add(new DnsQuery(t + 2 * S, EndpointEvents.HOST, new ProcessRef(guid, pid), POWERSHELL, "CORP\\bob",
          "sync.cachecdn-updates.net", "0", List.of("203.0.113.45"), new Origin("sysmon.xml", 1)));
      events.add(connect(t + 3 * S, guid, pid, POWERSHELL, 50000 + i, "203.0.113.45", 443));
      events.add(end(t + 30 * S, guid, pid));
    }
    return events;
  }

  @Test
  void everyRunOfATaskIsOneInitiatorNamedByTheTaskNeverByAPid() {
    hourlyTask(24).forEach(correlator::accept);
    correlator.finish();

    assertThat(correlator.channels()).hasSize(1);
    InitiatorChannel c = correlator.channels().get(0);
    assertThat(c.key()).isEqualTo(new InitiatorKey("ws02.corp.example", TASK, "powershell.exe", null, null));
    assertThat(c.destination()).isEqualTo("sync.cachecdn-updates.net");
    assertThat(c.namedBy().id()).isEqualTo("endpoint_dns");
    assertThat(c.connections()).isEqualTo(24);
    assertThat(c.processInstances()).isEqualTo(24);
    assertThat(c.job().linkedBy()).as("the last run, pid 4000 + 4 * (23 % 3)").isEqualTo("TaskScheduler 129 (pid 4008)");
    assertThat(c.lineage().describe()).isEqualTo("[services.exe] > svchost.exe > powershell.exe");
    assertThat(correlator.state().unattributed()).isZero();
  }

  @Test
  void withoutATaskTheProcessIdentityKeysTheChannel() {
    for (int i = 0; i < 3; i++) {
      long t = T0 + i * 600 * S;
      correlator.accept(start(t, "{X" + i + "}", 300 + i, "C:\\Tools\\up.exe", "up.exe --id " + (1000 + i), "CORP\\bob", null, 5, "C:\\Windows\\explorer.exe"));
      correlator.accept(connect(t + S, "{X" + i + "}", 300 + i, "C:\\Tools\\up.exe", 40000 + i, "198.51.100.7", 8443));
    }
    correlator.finish();

    assertThat(correlator.channels()).singleElement()
        .satisfies(c -> assertThat(c.key()).isEqualTo(new InitiatorKey("ws02.corp.example", null, "up.exe", "up.exe --id <n>", "corp\\bob")))
        .satisfies(c -> assertThat(c.destination()).isEqualTo("198.51.100.7"));
  }

  @Test
  void aConnectionLoggedBeforeItsProcessStartWithinTheTimeWindowIsStillAttributed() {
    correlator.accept(scheduler(T0));
    correlator.accept(connect(T0 + 10 * S, null, 4444, "\\device\\harddiskvolume2\\x.exe", 50000, "203.0.113.9", 443));
    correlator.accept(start(T0 + 12 * S, null, 4444, POWERSHELL, "powershell.exe -c x", "CORP\\bob", null, 1208, SVCHOST));
    correlator.accept(run(T0 + 12 * S, TASK, JobRun.Phase.PROCESS_CREATED, 4444));
    correlator.accept(start(T0 + 100 * S, null, 1, "C:\\later.exe", "later", null, null, 4, null));

    InitiatorChannel c = correlator.channels().get(0);
    assertThat(c.process()).isNotNull();
    assertThat(c.job().job()).isEqualTo(TASK);
    assertThat(correlator.state().attributed()).isEqualTo(1);
  }

  @Test
  void internalInboundAndUnresolvableConnectionsAreLeftOut() {
    correlator.accept(connect(T0, "{A}", 1, "C:\\a.exe", 1, "10.20.0.5", 445));
    correlator.accept(new dev.cronhound.core.event.NetworkConnection(T0, EndpointEvents.HOST, new ProcessRef("{A}", 1),
        "C:\\a.exe", null, "tcp", false, "10.20.0.12", 443, "203.0.113.1", 50000, null, new Origin("s", 1)));
    correlator.finish();

    assertThat(correlator.channels()).isEmpty();
  }

  @Test
  void flowsJoinTheAttributedConnectionsAndBringTheirBytes() {
    hourlyTask(4).forEach(correlator::accept);
    correlator.finish();
    FlowJoin join = correlator.flows();
    for (int i = 0; i < 4; i++) {
      assertThat(join.join(flow(T0 + (i + 1) * 3600 * S + 3 * S + S / 2, 50000 + i, "203.0.113.45", 443, 1_000_000, 4000))).isTrue();
    }
    InitiatorChannel c = correlator.channels().get(0);
    assertThat(c.bytesOut()).isEqualTo(4_000_000);
    assertThat(c.bytesIn()).isEqualTo(16_000);
    assertThat(c.episodes().bytesKnown()).isTrue();
  }

  @Test
  void stateStaysBoundedOverAMonthOfHourlyRuns() {
    hourlyTask(24 * 30).forEach(correlator::accept);
    correlator.finish();

    EndpointCorrelator.State s = correlator.state();
    assertThat(s.processes()).as("processes that ended more than ProcessRetentionHours ago are dropped")
        .isLessThanOrEqualTo(8);
    assertThat(s.peakProcesses()).isLessThanOrEqualTo(12);
    assertThat(s.channels()).isEqualTo(1);
    assertThat(correlator.channels().get(0).connections()).isEqualTo(720);
  }
}
