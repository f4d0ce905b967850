package dev.cronhound.core.correlate;

import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import java.util.List;

/** Endpoint events for correlation tests, shaped as the Windows mapper emits them. */
final class EndpointEvents {

  static final long S = 1_000_000L;
  static final long T0 = 1_767_571_200L * S; // 2026-01-05T00:00:00Z
  static final String HOST = "WS02.corp.example";
  static final String SCHEDULE = "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule";
  static final String SVCHOST = "C:\\Windows\\System32\\svchost.exe";
  static final String POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";

  private EndpointEvents() {}

  static ProcessStart start(long t, String guid, long pid, String image, String cmd, String user,
      String parentGuid, long parentPid, String parentImage) {
    return new ProcessStart(t, HOST, new ProcessRef(guid, pid), image, cmd, user, null, null,
        new ProcessRef(parentGuid, parentPid), parentImage, null, "High", null, new Origin("sysmon.xml", t / S));
  }

  static ProcessEnd end(long t, String guid, long pid) {
    return new ProcessEnd(t, HOST, new ProcessRef(guid, pid), null, null, new Origin("sysmon.xml", t / S));
  }

  /** The Task Scheduler service, as Sysmon logs it at boot. */
  static ProcessStart scheduler(long t) {
    return start(t, "{SCHED}", 1208, SVCHOST, SCHEDULE, "NT AUTHORITY\\SYSTEM", "{SERVICES}", 700,
        "C:\\Windows\\System32\\services.exe");
  }

  static JobRun run(long t, String job, JobRun.Phase phase, long pid) {
    return new JobRun(t, HOST, job, phase, "{RUN}", POWERSHELL, pid, -1, null, new Origin("tasks.xml", t / S));
  }

  static NetworkConnection connect(long t, String guid, long pid, String image, int srcPort, String dst, int port) {
    return new NetworkConnection(t, HOST, new ProcessRef(guid, pid), image, "CORP\\bob", "tcp", true,
        "10.20.0.12", srcPort, dst, port, null, new Origin("sysmon.xml", t / S));
  }

  static Flow flow(long t, int srcPort, String dst, int port, long out, long in) {
    return new Flow(t, "C" + srcPort, "10.20.0.12", srcPort, dst, port, "tcp", "ssl", 2 * S, out, in, "SF",
        new Origin("conn.log", t / S));
  }

  static ScheduledJob registered(long t, String job, String command, String args) {
    return new ScheduledJob(t, HOST, job, ScheduledJob.Change.REGISTERED, "CORP\\bob", "CORP\\bob",
        List.of(new JobAction(command, args, null)),
        List.of(new JobTrigger("time", "2026-01-05T00:00:00", 3600, null)),
        true, "Security 4698", "CORP\\bob", "LeastPrivilege", null, new Origin("security.xml", 1));
  }
}
