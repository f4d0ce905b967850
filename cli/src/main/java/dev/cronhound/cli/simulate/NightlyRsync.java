package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;

import java.util.SplittableRandom;

/**
 * Benign, on every host: {@code /etc/cron.d/corp-backup} runs {@code rsync -az /srv
 * backup@backup.corp-partner.example:/backups/HOST} as root at 01:30; rsync starts ssh, which
 * connects to 198.51.100.20:22 and carries 50-500 MB up. Only {@code DestIPAllowlist} may silence
 * it.
 */
final class NightlyRsync extends CrontabJob {
  static final String FILE = "etc/cron.d/corp-backup";

  private final LinuxDestinations destinations;
  private final String target;

  NightlyRsync(LinuxHost host, LinuxDestinations destinations, SplittableRandom random) {
    super(
        random,
        job ->
            CronEntry.system(
                FILE,
                "30 1 * * *",
                " ",
                LinuxUser.ROOT,
                "rsync -az /srv backup@" + EstateDestinations.BACKUP_NAME + ":/backups/" + host.name,
                job),
        line ->
            LinuxCase.ofCron(
                "nightly-backup",
                null,
                host,
                line,
                DebianPrograms.SSH,
                destinations.backup,
                86400,
                EstateDestinations.BACKUP_NAME,
                "rsync over ssh every night at 01:30 on every host, 50-500 MB up"));
    this.destinations = destinations;
    this.target = "/backups/" + host.name;
  }

  @Override
  public long run(LinuxHost host, LinuxProcess shell, long t) {
    LinuxCase truth = truth();
    truth.counts().runs++;
    LinuxProcess rsync =
        host.exec(
            t,
            shell,
            DebianPrograms.RSYNC,
            "rsync",
            "-az",
            "/srv",
            "backup@" + EstateDestinations.BACKUP_NAME + ":" + target);
    long at = t + between(random, 3_000, 8_000);
    LinuxProcess ssh =
        host.exec(
            at,
            rsync,
            DebianPrograms.SSH,
            "ssh",
            "-l",
            "backup",
            EstateDestinations.BACKUP_NAME,
            "rsync",
            "--server",
            "-logDtprze.iLsfxCIvu",
            ".",
            target);
    at += between(random, 10_000, 30_000);
    long up = between(random, 50_000_000, 500_000_000);
    long down = up / between(random, 40, 200);
    long duration = Throughput.duration(random, up, 15, 60);
    at = host.transfer(ssh, at, destinations.backup, false, up, down, duration, truth.counts());
    at += between(random, 20_000, 80_000);
    host.exit(ssh, at);
    at += between(random, 3_000, 10_000);
    host.exit(rsync, at);
    return at;
  }
}
