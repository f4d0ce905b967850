package dev.cronhound.core.correlate;

import static dev.cronhound.core.correlate.EndpointEvents.POWERSHELL;
import static dev.cronhound.core.correlate.EndpointEvents.S;
import static dev.cronhound.core.correlate.EndpointEvents.SVCHOST;
import static dev.cronhound.core.correlate.EndpointEvents.T0;
import static dev.cronhound.core.correlate.EndpointEvents.registered;
import static dev.cronhound.core.correlate.EndpointEvents.run;
import static dev.cronhound.core.correlate.EndpointEvents.scheduler;
import static dev.cronhound.core.correlate.EndpointEvents.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.lineage.ProcessTable;
import org.junit.jupiter.api.Test;

class JobLedgerTest {

  private static final String TASK = "\\Microsoft\\Windows\\Maintenance\\CacheSync";
  private static final String ARGS = "-NoProfile -WindowStyle Hidden -File C:\\Users\\bob\\AppData\\Roaming\\sync.ps1";

  private final ProcessTable table = new ProcessTable(5 * S, 3600 * S, 30 * 86_400 * S);
  private final JobLedger ledger = new JobLedger(5 * S, 3600 * S);

  private JobLink linkOf(String guid, long pid, long ts) {
    return ledger.link(table.lineage(table.find(EndpointEvents.HOST, new ProcessRef(guid, pid), ts).orElseThrow()));
  }

  @Test
  void aTaskScheduler129NamesTheProcessItCreated() {
    table.add(scheduler(T0));
    ledger.add(registered(T0, TASK, POWERSHELL, ARGS));
    table.add(start(T0 + 3600 * S, "{P1}", 4312, POWERSHELL, POWERSHELL + " " + ARGS, "CORP\\bob", "{SCHED}", 1208, SVCHOST));
    ledger.add(run(T0 + 3600 * S + 20_000, TASK, JobRun.Phase.PROCESS_CREATED, 4312));

    JobLink link = linkOf("{P1}", 4312, T0 + 3601 * S);
    assertThat(link.job()).isEqualTo(TASK);
    assertThat(link.linkedBy()).isEqualTo("TaskScheduler 129 (pid 4312)");
    assertThat(link.definition().actions().get(0).arguments()).isEqualTo(ARGS);
  }

  @Test
  void aChildOfTheTaskProcessIsLinkedThroughItsParentsRun() {
    table.add(scheduler(T0));
    table.add(start(T0 + 10 * S, "{CMD}", 5120, "C:\\Windows\\System32\\cmd.exe", "cmd.exe /c rclone.exe copy", "CORP\\carol", "{SCHED}", 1208, SVCHOST));
    ledger.add(run(T0 + 10 * S, "\\Upd", JobRun.Phase.ACTION_STARTED, 5120));
    table.add(start(T0 + 11 * S, "{RC}", 5200, "C:\\ProgramData\\rclone.exe", "rclone.exe copy", "CORP\\carol", "{CMD}", 5120, "C:\\Windows\\System32\\cmd.exe"));

    JobLink link = linkOf("{RC}", 5200, T0 + 12 * S);
    assertThat(link.job()).isEqualTo("\\Upd");
    assertThat(link.linkedBy()).isEqualTo("TaskScheduler 200 of parent cmd.exe (pid 5120)");
    assertThat(link.definition()).isNull();
  }

  @Test
  void withoutARunRecordTheSchedulerLineageAndTheTaskActionName() {
    table.add(scheduler(T0));
    ledger.add(registered(T0, TASK, POWERSHELL, ARGS));
    ledger.add(registered(T0, "\\Other", "C:\\Program Files\\x\\x.exe", null));
    table.add(start(T0 + 3600 * S, "{P1}", 4312, POWERSHELL, "\"" + POWERSHELL + "\"  " + ARGS.toUpperCase(), "CORP\\bob", "{SCHED}", 1208, SVCHOST));

    JobLink link = linkOf("{P1}", 4312, T0 + 3601 * S);
    assertThat(link.job()).isEqualTo(TASK);
    assertThat(link.linkedBy()).isEqualTo("scheduler lineage, task action matches powershell.exe");
  }

  @Test
  void schedulerLineageAloneSaysATaskStartedItButNotWhich() {
    table.add(scheduler(T0));
    table.add(start(T0 + 5 * S, "{P1}", 4312, POWERSHELL, "powershell.exe -c x", "CORP\\bob", "{SCHED}", 1208, SVCHOST));

    JobLink link = linkOf("{P1}", 4312, T0 + 6 * S);
    assertThat(link.job()).isNull();
    assertThat(link.linkedBy()).isEqualTo("scheduler lineage");
  }

  @Test
  void aRunOutsideTheTimeWindowOrAnInteractiveParentIsNoLink() {
    table.add(start(T0, "{EXP}", 3000, "C:\\Windows\\explorer.exe", "explorer.exe", "CORP\\bob", null, 900, "C:\\Windows\\System32\\userinit.exe"));
    table.add(start(T0 + 100 * S, "{P1}", 4312, POWERSHELL, "powershell.exe", "CORP\\bob", "{EXP}", 3000, "C:\\Windows\\explorer.exe"));
    ledger.add(run(T0 + 106 * S, TASK, JobRun.Phase.PROCESS_CREATED, 4312));

    assertThat(linkOf("{P1}", 4312, T0 + 110 * S)).isNull();
  }

  @Test
  void aLaterRegistrationWithoutADefinitionKeepsTheDefinition() {
    ledger.add(registered(T0, TASK, POWERSHELL, ARGS));
    ledger.add(new dev.cronhound.core.event.ScheduledJob(T0 + S, EndpointEvents.HOST, TASK,
        dev.cronhound.core.event.ScheduledJob.Change.REGISTERED, "CORP\\bob", null, java.util.List.of(),
        java.util.List.of(), null, "TaskScheduler 106", null, null, null, null));

    assertThat(ledger.definition("ws02.CORP.example", TASK.toUpperCase()).source()).isEqualTo("Security 4698");
  }

  private static dev.cronhound.core.event.ProcessStart linux(long t, long pid, String exe, String cmd, String user, long ppid) {
    return new dev.cronhound.core.event.ProcessStart(t, "web01", new ProcessRef(null, pid), exe, cmd, user, null, "/",
        new ProcessRef(null, ppid), null, null, null, null, new dev.cronhound.core.event.Origin("audit.log", t / S));
  }

  private static dev.cronhound.core.event.ScheduledJob crontab(String command, String kind) {
    return new dev.cronhound.core.event.ScheduledJob(T0, "web01", "/var/spool/cron/crontabs/www-data:3 " + command,
        dev.cronhound.core.event.ScheduledJob.Change.REGISTERED, null, "www-data",
        java.util.List.of(new dev.cronhound.core.event.JobAction(command, null, null)),
        java.util.List.of(new dev.cronhound.core.event.JobTrigger(kind, null, 900, "*/15 * * * *")),
        true, kind.equals("cron") ? "crontab" : "systemd-timer", null, null, null, null);
  }

  @Test
  void aCronJobsShellIsTiedThroughTheForkedCronChildsPid() {
    ledger.add(new JobRun(T0 + 60 * S, "web01", "/dev/shm/.cache/up.sh", JobRun.Phase.PROCESS_CREATED, null, null,
        31337, -1, "www-data", null));
    table.add(linux(T0 + 60 * S + 5000, 31338, "/usr/bin/dash", "/bin/sh -c /dev/shm/.cache/up.sh", "www-data", 31337));
    table.add(linux(T0 + 61 * S, 31340, "/usr/bin/curl", "curl -s -X POST https://x/u", "www-data", 31338));

    JobLink link = ledger.link(table.lineage(table.find("web01", new ProcessRef(null, 31340), T0 + 62 * S).orElseThrow()));
    assertThat(link.job()).isEqualTo("/dev/shm/.cache/up.sh");
    assertThat(link.linkedBy()).isEqualTo("cron CMD (pid 31337, parent of dash)");
    assertThat(link.technique()).isEqualTo("T1053.003");
  }

  @Test
  void aTimerServiceStartedByPidOneIsTiedByItsDefinitionsCommand() {
    ledger.add(crontab("/usr/local/bin/sys-telemetry", "systemd-timer"));
    table.add(linux(T0 + 3600 * S, 4100, "/usr/bin/bash", "/bin/bash /usr/local/bin/sys-telemetry", "svc-metrics", 1));
    table.add(linux(T0 + 3601 * S, 4101, "/usr/bin/python3", "python3 /usr/local/lib/telemetry/send.py", "svc-metrics", 4100));

    JobLink link = ledger.link(table.lineage(table.find("web01", new ProcessRef(null, 4101), T0 + 3602 * S).orElseThrow()));
    assertThat(link.job()).isEqualTo("/var/spool/cron/crontabs/www-data:3 /usr/local/bin/sys-telemetry");
    assertThat(link.mechanism()).isEqualTo(JobLink.SYSTEMD_TIMER);
    assertThat(link.technique()).isEqualTo("T1053.006");
    assertThat(link.linkedBy()).isEqualTo("systemd-timer definition runs bash (parent pid 1)");
  }

  @Test
  void aDaemonUnderPidOneThatNoJobRunsIsNoJob() {
    ledger.add(crontab("/usr/local/bin/sys-telemetry", "systemd-timer"));
    table.add(linux(T0, 800, "/usr/sbin/nginx", "nginx -g daemon off;", "root", 1));

    assertThat(ledger.link(table.lineage(table.find("web01", new ProcessRef(null, 800), T0 + S).orElseThrow()))).isNull();
  }
}
