package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;

import java.util.SplittableRandom;

/**
 * Debian's {@code apt-daily.timer}: twice a day at a random time, {@code apt-helper wait-online},
 * then {@code apt.systemd.daily update}, which asks {@code apt-config} and runs {@code apt-get
 * update}; apt's http method (as {@code _apt}) fetches the indexes from deb.debian.org:80, mostly
 * small conditional requests, now and then a few MB of changed package lists.
 */
final class AptDaily extends TimerActivity {
  static final String DESCRIPTION = "Daily apt download activities";
  static final TimerUnit UNIT =
      new TimerUnit(
          "apt-daily",
          DESCRIPTION,
          new OnCalendar("*-*-* 6,18:00", 12 * 3600),
          "[Unit]\n"
              + "Description=Daily apt download activities\n\n"
              + "[Timer]\n"
              + "OnCalendar=*-*-* 6,18:00\n"
              + "RandomizedDelaySec=12h\n"
              + "Persistent=true\n\n"
              + "[Install]\n"
              + "WantedBy=timers.target\n",
          "[Unit]\n"
              + "Description=Daily apt download activities\n"
              + "Documentation=man:apt(8)\n"
              + "ConditionACPower=true\n"
              + "After=network.target network-online.target systemd-networkd.service"
              + " NetworkManager.service connman.service\n\n"
              + "[Service]\n"
              + "Type=oneshot\n"
              + "ExecStartPre=-/usr/lib/apt/apt-helper wait-online\n"
              + "ExecStart=/usr/lib/apt/apt.systemd.daily update\n");

  private final LinuxDestinations destinations;

  AptDaily(LinuxHost host, Systemd systemd, LinuxDestinations destinations, SplittableRandom random) {
    super(
        host,
        systemd,
        UNIT,
        random,
        truth(
            "apt-daily",
            null,
            host,
            UNIT,
            LinuxUser.APT,
            DebianPrograms.APT_HTTP,
            destinations.debian,
            UNIT.calendar().periodSeconds(),
            "apt-get update twice a day at random times (RandomizedDelaySec=12h); small downloads"));
    this.destinations = destinations;
  }

  @Override
  void fire(long t, long start) {
    long at = start;
    LinuxProcess helper =
        systemd.exec(at, DebianPrograms.APT_HELPER, LinuxUser.ROOT, "/usr/lib/apt/apt-helper", "wait-online");
    at += between(random, 15_000, 60_000);
    host.exit(helper, at);
    at += between(random, 1_000, 4_000);
    LinuxProcess daily =
        systemd.exec(at, DebianPrograms.APT_DAILY, LinuxUser.ROOT, "/usr/lib/apt/apt.systemd.daily", "update");
    for (String key : new String[] {"APT::Periodic::Enable", "APT::Periodic::Update-Package-Lists"}) {
      at += between(random, 3_000, 9_000);
      LinuxProcess config =
          host.exec(at, daily, DebianPrograms.APT_CONFIG, "apt-config", "shell", "X", key);
      at += between(random, 20_000, 60_000);
      host.exit(config, at);
    }
    at += between(random, 3_000, 9_000);
    LinuxProcess aptGet = host.exec(at, daily, DebianPrograms.APT_GET, "apt-get", "-qq", "-y", "update");
    at += between(random, 60_000, 200_000);
    LinuxProcess http =
        host.exec(
            at,
            aptGet,
            DebianPrograms.APT_HTTP,
            java.util.List.of("/usr/lib/apt/methods/http"),
            LinuxUser.APT,
            AuditSession.UNSET,
            "/");
    int connections = random.nextInt(4) == 0 ? 2 : 1;
    for (int c = 0; c < connections; c++) {
      at += between(random, 20_000, 120_000);
      long down =
          random.nextInt(6) == 0
              ? between(random, 2_000_000, 30_000_000)
              : between(random, 8_000, 90_000);
      long up = between(random, 900, 3_500);
      long duration = Throughput.duration(random, down, 4, 20);
      at = host.transfer(http, at, destinations.debian, true, up, down, duration, truth.counts());
    }
    at += between(random, 5_000, 30_000);
    host.exit(http, at);
    at += between(random, 100_000, 900_000);
    host.exit(aptGet, at);
    at += between(random, 5_000, 20_000);
    host.exit(daily, at);
    systemd.finished(at + 2_000, UNIT.name(), DESCRIPTION, (at - t) / 4000);
  }
}
