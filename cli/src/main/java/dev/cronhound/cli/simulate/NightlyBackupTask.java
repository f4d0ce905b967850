package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.DAY;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The corporate nightly backup on every host: task {@code \Corp\NightlyBackup}, daily at 01:30 as
 * LocalSystem, runs {@code backupagent.exe /job nightly}, which takes a snapshot ({@code
 * bkpsnap.exe} with a fresh snapshot-set GUID and log file name) and uploads 50-500 MB to the
 * partner's backup service. Regular and upload-heavy, yet benign: only the allowlist entry for
 * {@value EstateDestinations#BACKUP_NAME} should silence it.
 */
final class NightlyBackupTask implements EstateActivity {
  static final String PATH = "\\Corp\\NightlyBackup";
  static final String DIR = "C:\\Program Files\\CorpBackup\\";
  static final String AGENT = DIR + "backupagent.exe";
  private static final DateTimeFormatter LOG_NAME =
      DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

  private final Workstation host;
  private final Destination backup;
  private final SplittableRandom random;
  private final InstalledTask task;

  NightlyBackupTask(
      Workstation host,
      TaskSchedulerService tasks,
      EstateDestinations destinations,
      SplittableRandom random,
      long registered) {
    this.host = host;
    this.backup = destinations.backup;
    this.random = random;
    ScheduledTask definition =
        new ScheduledTask(
            PATH,
            "CORP\\it-admin",
            Account.SYSTEM,
            "HighestAvailable",
            TaskTrigger.daily(TaskTrigger.firstAfter(registered, DAY, HOUR + 30 * MINUTE)),
            AGENT,
            "/job nightly",
            DIR);
    task =
        new InstalledTask(
            tasks,
            definition,
            registered,
            EstateCase.ofTask(
                "nightly-backup",
                null,
                host,
                definition,
                AGENT,
                backup,
                EstateDestinations.BACKUP_NAME,
                "benign: daily upload of 50-500 MB to the partner backup service; silence only"
                    + " with the allowlist entry"));
  }

  EstateCase truth() {
    return task.truth();
  }

  @Override
  public void emit(long from, long to) {
    task.fires(from, to, fire -> task.run(fire + between(random, 300_000, 20 * SECOND), this::job));
  }

  /**
   * {@code backupagent.exe /job nightly}: a snapshot, the upload, then the manifest; returns when
   * the agent exits.
   */
  private long job(WinProcess agent, long t) {
    long s = t + between(random, 2 * SECOND, 5 * SECOND);
    String log =
        "C:\\ProgramData\\CorpBackup\\logs\\job-"
            + LOG_NAME.format(TimeWindow.instant(host.clock(s)).atZone(java.time.ZoneOffset.UTC))
            + ".log";
    WinProcess snap =
        host.start(
            s,
            agent,
            DIR + "bkpsnap.exe",
            "\"" + DIR + "bkpsnap.exe\" --snapshot-set "
                + TaskSchedulerService.guid(random)
                + " --log \""
                + log
                + "\"",
            Account.SYSTEM,
            Integrity.SYSTEM,
            DIR);
    long snapped = s + between(random, 10 * SECOND, 50 * SECOND);
    host.end(snap, snapped);
    long c = snapped + between(random, SECOND, 4 * SECOND);
    String ip = host.resolve(agent, c, backup);
    long bytes = between(random, 50_000_000, 500_000_000);
    long duration = bytes / between(random, 12, 40);
    host.connect(agent, c, ip, backup, bytes, between(random, 30_000, 300_000), duration);
    task.counts().connection(c);
    long m = c + duration + between(random, SECOND, 3 * SECOND);
    long manifest = between(random, 300_000, 2 * SECOND);
    long sent = between(random, 8_000, 60_000);
    host.connect(agent, m, ip, backup, sent, between(random, 1_000, 4_000), manifest);
    task.counts().connection(m);
    return m + manifest + between(random, 2 * SECOND, 10 * SECOND);
  }
}
