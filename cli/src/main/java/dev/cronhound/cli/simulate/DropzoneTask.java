package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.DAY;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Planted case {@code daily-task-skipped-days} (AN1118): a task named like OneDrive's per-user
 * updater, registered in the small hours with the user's account, runs daily at 02:13 (a few
 * minutes either way) and skips about two days in seven. {@code cmd.exe /c rclone.exe copy ...}
 * starts rclone, which opens a burst of connections within a minute to {@value
 * EstateDestinations#DROPZONE_NAME}, uploading 20-80 MB in all.
 */
final class DropzoneTask implements EstateActivity {
  static final String PATH = "\\OneDriveStandaloneUpdateTask-S-1-5-21-3623811015-3361044348-30300820-1013";
  static final String CMD = "C:\\Windows\\System32\\cmd.exe";
  static final String RCLONE = "C:\\ProgramData\\svcdata\\rclone.exe";

  private final Workstation host;
  private final Destination server;
  private final SplittableRandom random;
  private final InstalledTask task;
  private final Set<Long> skipped = new HashSet<>();
  private final String rcloneArguments;

  DropzoneTask(
      Workstation host,
      TaskSchedulerService tasks,
      EstateDestinations destinations,
      SplittableRandom random,
      long registered,
      long end) {
    this.host = host;
    this.server = destinations.dropzone;
    this.random = random;
    Account user = host.user;
    rcloneArguments =
        "copy C:\\Users\\" + user.name()
            + "\\Documents drop:archive --config C:\\ProgramData\\svcdata\\r.conf";
    long first = TaskTrigger.firstAfter(registered, DAY, 2 * HOUR + 13 * MINUTE);
    ScheduledTask definition =
        new ScheduledTask(
            PATH,
            user.qualified(),
            user,
            "LeastPrivilege",
            TaskTrigger.daily(first),
            CMD,
            "/c " + RCLONE + " " + rcloneArguments,
            null);
    task =
        new InstalledTask(
            tasks,
            definition,
            registered,
            EstateCase.ofTask(
                "daily-task-skipped-days",
                "AN1118",
                host,
                definition,
                RCLONE,
                server,
                null,
                "daily at 02:13 +-3 min, ~2 days in 7 skipped; cmd.exe -> rclone.exe, a burst of"
                    + " 4-8 connections within a minute uploading 20-80 MB per run"));
    List<Long> fires = new ArrayList<>();
    task.fires(first, end, fires::add);
    int skip = (int) Math.round(fires.size() * 2.0 / 7);
    Long[] later = fires.subList(Math.min(1, fires.size()), fires.size()).toArray(new Long[0]);
    for (int i = later.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Long x = later[i];
      later[i] = later[j];
      later[j] = x;
    }
    skipped.addAll(Arrays.asList(later).subList(0, Math.min(skip, later.length)));
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
          if (!skipped.contains(fire)) {
            task.run(fire + between(random, -3 * MINUTE, 3 * MINUTE + 1), this::copy);
          }
        });
  }

  /** {@code cmd.exe /c rclone.exe copy ...}: a burst of uploads; returns when cmd.exe exits. */
  private long copy(WinProcess cmd, long t) {
    WinProcess conhost = ConsoleHost.start(host, cmd, t + between(random, 30_000, 90_000));
    long s = t + between(random, 150_000, 400_000);
    WinProcess rclone =
        host.start(
            s,
            cmd,
            RCLONE,
            RCLONE + " " + rcloneArguments,
            cmd.account,
            cmd.integrity,
            "C:\\Windows\\system32\\");
    long c0 = s + between(random, SECOND, 3 * SECOND);
    String ip = host.resolve(rclone, c0, server);
    int n = 4 + random.nextInt(5);
    long[] at = new long[n];
    double[] weight = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      at[i] = i == 0 ? c0 : c0 + between(random, 200_000, 50 * SECOND);
      weight[i] = 0.2 + random.nextDouble();
      sum += weight[i];
    }
    Arrays.sort(at);
    long total = between(random, 20_000_000, 80_000_000);
    long done = c0;
    for (int i = 0; i < n; i++) {
      long bytes = (long) (total * weight[i] / sum);
      long duration = 300_000 + bytes / between(random, 4, 12);
      host.connect(rclone, at[i], ip, server, bytes, between(random, 2_000, 10_000), duration);
      task.counts().connection(at[i]);
      done = Math.max(done, at[i] + duration);
    }
    long rcloneEnd = done + between(random, SECOND, 3 * SECOND);
    host.end(rclone, rcloneEnd);
    long cmdEnd = rcloneEnd + between(random, 50_000, 200_000);
    host.end(conhost, cmdEnd + between(random, 10_000, 60_000));
    return cmdEnd;
  }
}
