package dev.cronhound.cli.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Every external service the Linux estate talks to: Debian's mirror, Let's Encrypt, the
 * monitoring SaaS, the partner backup site (the same as the Windows estate's, over SSH here) and
 * the planted destinations on documentation addresses, two of them used without a name.
 */
final class LinuxDestinations {
  static final String COLLECTOR_NAME = "collector.storage-sync.example";
  static final String COLLECTOR_IP = "203.0.113.80";
  static final String TELEMETRY_IP = "198.51.100.90";
  static final int TELEMETRY_PORT = 8443;
  static final String SYNC_IP = "192.0.2.77";

  private static final byte[] SERVICE_SSH = ConnRecord.ascii("ssh");

  final Destination debian;
  final Destination letsencrypt;
  final Destination metrics;
  final Destination backup;
  final Destination collector;
  final Destination telemetry;
  final Destination sync;

  LinuxDestinations(SplittableRandom random) {
    PublicAddresses addresses = new PublicAddresses(random);
    debian = new Destination(0, "deb.debian.org", addresses.next(2), 80, null, 300);
    letsencrypt =
        new Destination(1, "acme-v02.api.letsencrypt.org", addresses.next(1), 443, null, 300);
    metrics = new Destination(2, "ingest.metrics-saas.example", addresses.next(2), 443, null, 60);
    backup =
        new Destination(
            3, EstateDestinations.BACKUP_NAME, List.of(EstateDestinations.BACKUP_IP), 22, null, 300);
    collector = new Destination(4, COLLECTOR_NAME, List.of(COLLECTOR_IP), 443, null, 300);
    telemetry = new Destination(5, TELEMETRY_IP, List.of(TELEMETRY_IP), TELEMETRY_PORT, null, 0);
    sync = new Destination(6, SYNC_IP, List.of(SYNC_IP), 443, null, 0);
  }

  /** Zeek's service for a TCP port: {@code ssh} on 22, else as the Windows estate's. */
  static byte[] service(int port) {
    return port == 22 ? SERVICE_SSH : EstateDestinations.service(port);
  }
}
