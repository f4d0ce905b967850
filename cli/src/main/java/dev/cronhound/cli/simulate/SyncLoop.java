package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;
import static dev.cronhound.cli.simulate.TimeWindow.SECOND;

import java.util.SplittableRandom;

/**
 * Planted: {@code deploy}'s crontab starts {@code /home/deploy/.local/bin/sync-loop.sh} at boot
 * ({@code @reboot}); the one long-lived bash runs {@code while true; do curl ...; sleep $((RANDOM %
 * 600 + 300)); done}: a new curl child each iteration uploading 0.1-2 MB to 192.0.2.77:443 by
 * address, then {@code sleep} 300-899 s.
 */
final class SyncLoop extends CrontabJob implements EstateActivity {
  static final String COMMAND = "/home/deploy/.local/bin/sync-loop.sh";
  static final Program SCRIPT = Program.script(COMMAND, DebianPrograms.BASH, LinuxUser.DEPLOY);
  static final String URL = "https://" + LinuxDestinations.SYNC_IP + "/in";

  private final LinuxHost host;
  private final LinuxDestinations destinations;
  private LinuxProcess loop;
  private long next = Long.MAX_VALUE;

  SyncLoop(LinuxHost host, LinuxDestinations destinations, SplittableRandom random) {
    super(
        random,
        job -> CronEntry.user(LinuxUser.DEPLOY, CronSchedule.REBOOT, COMMAND, job),
        line ->
            LinuxCase.ofCron(
                "reboot-loop-jitter",
                "AN1119",
                host,
                line,
                DebianPrograms.CURL,
                destinations.sync,
                600,
                null,
                "@reboot bash loop: curl, then sleep $((RANDOM % 600 + 300)); 0.1-2 MB up each time"));
    this.host = host;
    this.destinations = destinations;
  }

  @Override
  public long run(LinuxHost h, LinuxProcess shell, long t) {
    truth().counts().runs++;
    loop = host.exec(t, shell, SCRIPT, COMMAND);
    next = t + between(random, 4_000, 20_000);
    return FOREVER;
  }

  @Override
  public void emit(long from, long to) {
    while (next < to && host.running(next)) {
      LinuxProcess curl =
          host.exec(
              next,
              loop,
              DebianPrograms.CURL,
              "curl",
              "-sk",
              "-X",
              "PUT",
              "--data-binary",
              "@/home/deploy/.cache/sync.tar",
              URL);
      long at = next + between(random, 12_000, 35_000);
      long up = between(random, 100_000, 2_000_000);
      long down = between(random, 150, 500);
      long duration = Throughput.duration(random, up, 1, 8);
      at = host.transfer(curl, at, destinations.sync, true, up, down, duration, truth().counts());
      at += between(random, 2_000, 8_000);
      host.exit(curl, at);
      at += between(random, 1_000, 3_000);
      int seconds = 300 + random.nextInt(600);
      LinuxProcess sleep = host.exec(at, loop, DebianPrograms.SLEEP, "sleep", Integer.toString(seconds));
      at += seconds * SECOND + between(random, 500, 2_000);
      host.exit(sleep, at);
      next = at + between(random, 1_000, 3_000);
    }
  }
}
