package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Planted case {@code hourly-task-powershell} (AN1118): the user registers a task with a
 * maintenance-looking name, {@code \Microsoft\Windows\Maintenance\CacheSync}, repeating every hour,
 * whose hidden PowerShell script uploads 0.3-3 MB to {@value EstateDestinations#CACHE_SYNC_NAME}
 * each run. Runs start within six minutes either side of the hour mark; a few are missed.
 */
final class CacheSyncTask implements EstateActivity {
  static final String PATH = "\\Microsoft\\Windows\\Maintenance\\CacheSync";
  static final String POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
  private static final double MISSED = 0.05;

  private final Workstation host;
  private final Destination server;
  private final SplittableRandom random;
  private final InstalledTask task;

  CacheSyncTask(
      Workstation host,
      TaskSchedulerService tasks,
      EstateDestinations destinations,
      SplittableRandom random,
      long registered) {
    this.host = host;
    this.server = destinations.cacheSync;
    this.random = random;
    Account user = host.user;
    String arguments =
        "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File C:\\Users\\"
            + user.name()
            + "\\AppData\\Roaming\\CacheSync\\sync.ps1";
    long boundary = Math.floorDiv(registered, HOUR) * HOUR + HOUR + 17 * MINUTE;
    ScheduledTask definition =
        new ScheduledTask(
            PATH,
            user.qualified(),
            user,
            "LeastPrivilege",
            TaskTrigger.hourly(boundary),
            POWERSHELL,
            arguments,
            null);
    WinProcess schtasks =
        host.start(
            registered - between(random, 200_000, 500_000),
            host.explorer(),
            "C:\\Windows\\System32\\schtasks.exe",
            "schtasks.exe /Create /TN \"" + PATH + "\" /XML \"C:\\Users\\" + user.name()
                + "\\AppData\\Local\\Temp\\tmp" + Integer.toHexString(0x1000 + random.nextInt(0xefff)).toUpperCase(Locale.ROOT)
                + ".tmp\" /F",
            user,
            Integrity.MEDIUM,
            "C:\\Users\\" + user.name() + "\\");
    task =
        new InstalledTask(
            tasks,
            definition,
            registered,
            EstateCase.ofTask(
                "hourly-task-powershell",
                "AN1118",
                host,
                definition,
                POWERSHELL,
                server,
                null,
                "masquerading task repeating PT1H; start jitter up to +-6 min, ~5% of runs missed;"
                    + " uploads 0.3-3 MB, receives a few KB"));
    host.end(schtasks, registered + between(random, 100_000, 400_000));
  }

  EstateCase truth() {
    return task.truth();
  }

  @Override
  public void emit(long from, long to) {
    task.fires(
        from,
        to,
        fire -> {
          long jitter = between(random, -6 * MINUTE, 6 * MINUTE + 1);
          boolean missed = random.nextDouble() < MISSED;
          if (!missed) {
            task.run(fire + jitter, this::upload);
          }
        });
  }

  /** The hidden script: a console host, one upload; returns when powershell.exe exits. */
  private long upload(WinProcess ps, long t) {
    WinProcess conhost = ConsoleHost.start(host, ps, t + between(random, 40_000, 120_000));
    long c = t + between(random, 1_500_000, 4 * SECOND);
    String ip = host.resolve(ps, c, server);
    long bytes = between(random, 300_000, 3_000_000);
    long duration = between(random, 800_000, 2 * SECOND) + bytes / 2;
    host.connect(ps, c, ip, server, bytes, between(random, 2_000, 8_000), duration);
    task.counts().connection(c);
    long end = c + duration + between(random, 1_000_000, 2 * SECOND);
    host.end(conhost, end + between(random, 20_000, 80_000));
    return end;
  }
}
