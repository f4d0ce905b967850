package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;

import java.util.SplittableRandom;

/**
 * Debian's {@code certbot.timer}: twice a day at a random time {@code certbot -q renew} (a Python
 * script) asks acme-v02.api.letsencrypt.org:443 for the directory and the order state: a few KB.
 */
final class CertbotRenew extends TimerActivity {
  static final String DESCRIPTION = "Certbot";
  static final TimerUnit UNIT =
      new TimerUnit(
          "certbot",
          DESCRIPTION,
          new OnCalendar("*-*-* 00,12:00:00", 43200),
          "[Unit]\n"
              + "Description=Run certbot twice daily\n\n"
              + "[Timer]\n"
              + "OnCalendar=*-*-* 00,12:00:00\n"
              + "RandomizedDelaySec=43200\n"
              + "Persistent=true\n\n"
              + "[Install]\n"
              + "WantedBy=timers.target\n",
          "[Unit]\n"
              + "Description=Certbot\n"
              + "Documentation=file:///usr/share/doc/python-certbot-doc/html/index.html\n"
              + "Documentation=https://certbot.eff.org/docs\n"
              + "[Service]\n"
              + "Type=oneshot\n"
              + "ExecStart=/usr/bin/certbot -q renew\n"
              + "PrivateTmp=true\n");

  private final LinuxDestinations destinations;

  CertbotRenew(
      LinuxHost host, Systemd systemd, LinuxDestinations destinations, SplittableRandom random) {
    super(
        host,
        systemd,
        UNIT,
        random,
        truth(
            "certbot-renew",
            null,
            host,
            UNIT,
            LinuxUser.ROOT,
            DebianPrograms.CERTBOT,
            destinations.letsencrypt,
            UNIT.calendar().periodSeconds(),
            "certbot -q renew twice a day at random times (RandomizedDelaySec=43200); a few KB"));
    this.destinations = destinations;
  }

  @Override
  void fire(long t, long start) {
    LinuxProcess certbot =
        systemd.exec(start, DebianPrograms.CERTBOT, LinuxUser.ROOT, "/usr/bin/certbot", "-q", "renew");
    long at = start + between(random, 400_000, 1_200_000);
    long up = between(random, 1_800, 6_000);
    long down = between(random, 4_000, 12_000);
    long duration = between(random, 250_000, 1_100_000);
    at = host.transfer(certbot, at, destinations.letsencrypt, true, up, down, duration, truth.counts());
    at += between(random, 100_000, 600_000);
    host.exit(certbot, at);
    systemd.finished(at + 2_000, UNIT.name(), DESCRIPTION, (at - t) / 1500);
  }
}
