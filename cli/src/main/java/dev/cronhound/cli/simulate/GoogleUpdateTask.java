package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.HOUR;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Google Update's machine-wide hourly task ({@code \GoogleUpdateTaskMachineUA}, on every host):
 * {@code GoogleUpdate.exe /ua /installsource scheduler} asks {@code update.googleapis.com} whether
 * anything needs updating (small, download-heavy); now and then it starts a {@code /ping} child
 * whose argument is a base64 request that differs every time.
 */
final class GoogleUpdateTask implements EstateActivity {
  static final String PATH = "\\GoogleUpdateTaskMachineUA";
  static final String COMMAND = "C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe";

  private final Workstation host;
  private final Destination update;
  private final SplittableRandom random;
  private final InstalledTask task;

  GoogleUpdateTask(
      Workstation host,
      TaskSchedulerService tasks,
      EstateDestinations destinations,
      SplittableRandom random,
      long registered) {
    this.host = host;
    this.update = destinations.googleUpdate;
    this.random = random;
    long boundary = TaskTrigger.firstAfter(registered, HOUR, random.nextInt(60) * MINUTE);
    ScheduledTask definition =
        new ScheduledTask(
            PATH,
            "Google LLC",
            Account.SYSTEM,
            "HighestAvailable",
            TaskTrigger.hourly(boundary),
            COMMAND,
            "/ua /installsource scheduler",
            null);
    task =
        new InstalledTask(
            tasks,
            definition,
            registered,
            EstateCase.ofTask(
                "google-update",
                null,
                host,
                definition,
                COMMAND,
                update,
                null,
                "hourly update check on every host: prevalent, small, download-heavy"));
  }

  EstateCase truth() {
    return task.truth();
  }

  @Override
  public void emit(long from, long to) {
    task.fires(from, to, fire -> task.run(fire + between(random, 50_000, 1_500_000), this::ua));
  }

  /** {@code /ua}: an update check, now and then a {@code /ping} child; returns when it exits. */
  private long ua(WinProcess p, long t) {
    long c = t + between(random, 600_000, 2_500_000);
    long done = check(p, c);
    if (random.nextInt(8) == 0) {
      long s = done + between(random, 100_000, 600_000);
      WinProcess ping =
          host.start(
              s,
              p,
              COMMAND,
              "\"" + COMMAND + "\" /ping " + pingRequest(),
              Account.SYSTEM,
              Integrity.SYSTEM,
              "C:\\Windows\\system32\\");
      long pingDone = check(ping, s + between(random, 300_000, 1_200_000));
      host.end(ping, pingDone + between(random, 200_000, 900_000));
      done = pingDone + SECOND;
    }
    return done + between(random, 1_000_000, 5_000_000);
  }

  /** One update check at {@code t}; returns when its connection has closed. */
  private long check(WinProcess p, long t) {
    String ip = host.resolve(p, t, update);
    long duration = between(random, 150_000, 1_500_000);
    host.connect(
        p, t, ip, update, between(random, 1_400, 4_000), between(random, 3_000, 14_000), duration);
    task.counts().connection(t);
    return t + duration + 600_000;
  }

  private String pingRequest() {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><request protocol=\"3.0\" version=\"1.3.36.372\""
            + " shell_version=\"1.3.36.352\" ismachine=\"1\" sessionid=\""
            + TaskSchedulerService.guid(random)
            + "\" installsource=\"scheduler\" requestid=\""
            + TaskSchedulerService.guid(random)
            + "\"><app appid=\"{430FD4D0-B729-4F61-AA34-91526481799D}\"><event eventtype=\"3\""
            + " eventresult=\"1\"/></app></request>";
    return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
  }
}
