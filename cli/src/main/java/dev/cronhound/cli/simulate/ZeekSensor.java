package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;

/**
 * The network sensor of the Windows estate: turns connections and lookups into {@code conn.log}
 * and {@code dns.log} records on the {@link Timeline}, at the sensor's (true) time.
 */
final class ZeekSensor {
  static final String RESOLVER = "10.20.0.2";

  private final Timeline timeline;
  private final SplittableRandom random;
  private final byte[] resolver = ConnRecord.ascii(RESOLVER);

  ZeekSensor(Timeline timeline, SplittableRandom random) {
    this.timeline = timeline;
    this.random = random;
  }

  /** A completed TCP connection from an internal host. */
  void tcp(
      long ts,
      byte[] origH,
      int origP,
      byte[] respH,
      int respP,
      byte[] service,
      long duration,
      long origBytes,
      long respBytes) {
    timeline.add(
        new ConnRecord(
            ts,
            random.nextLong(),
            random.nextLong(),
            origH,
            origP,
            respH,
            respP,
            true,
            service,
            false,
            duration,
            origBytes,
            respBytes));
  }

  /** A UDP exchange (NTP) from an internal host. */
  void udp(long ts, byte[] origH, int origP, byte[] respH, int respP, byte[] service, long bytes) {
    timeline.add(
        new ConnRecord(
            ts,
            random.nextLong(),
            random.nextLong(),
            origH,
            origP,
            respH,
            respP,
            false,
            service,
            false,
            8_000 + random.nextLong(60_000),
            bytes,
            bytes));
  }

  /**
   * An A lookup of {@code d} sent to the internal resolver at {@code ts}, answered after {@code
   * rtt} with {@code d}'s addresses starting at {@code rotation}: a UDP conn record and a dns
   * record.
   */
  void lookup(long ts, byte[] origH, int origP, Destination d, int rotation, long rtt) {
    long queryBytes = d.name().length() + 29L;
    ConnRecord conn =
        new ConnRecord(
            ts,
            random.nextLong(),
            random.nextLong(),
            origH,
            origP,
            resolver,
            53,
            false,
            ConnRecord.SERVICE_DNS,
            true,
            rtt,
            queryBytes,
            queryBytes + 16L * d.addressCount());
    timeline.add(conn);
    timeline.add(new DnsRecord(conn, random.nextInt(65536), rtt, d, rotation));
  }
}
