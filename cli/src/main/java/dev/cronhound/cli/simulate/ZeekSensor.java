package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;

/**
 * The network sensor of a simulated estate: turns connections and lookups into {@code conn.log}
 * and {@code dns.log} records on the {@link Timeline}, at the sensor's (true) time.
 */
final class ZeekSensor {
  static final String RESOLVER = "10.20.0.2";

  private final Timeline timeline;
  private final SplittableRandom random;
  private final byte[] resolver;

  ZeekSensor(Timeline timeline, SplittableRandom random) {
    this(timeline, random, RESOLVER);
  }

  /** A sensor of an estate whose hosts ask {@code resolver}. */
  ZeekSensor(Timeline timeline, SplittableRandom random, String resolver) {
    this.timeline = timeline;
    this.random = random;
    this.resolver = ConnRecord.ascii(resolver);
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

  /** An NTP poll from an internal host to {@code server}. */
  void ntp(long ts, byte[] client, byte[] server) {
    timeline.add(
        ConnRecord.ntp(
            ts,
            random.nextLong(),
            random.nextLong(),
            client,
            server,
            8_000 + random.nextLong(60_000)));
  }

  /**
   * An A lookup of {@code d} sent to the internal resolver at {@code ts}, answered after {@code
   * rtt} with {@code d}'s addresses starting at {@code rotation}: a UDP conn record and a dns
   * record.
   */
  void lookup(long ts, byte[] origH, int origP, Destination d, int rotation, long rtt) {
    ConnRecord conn =
        ConnRecord.dnsLookup(
            ts, random.nextLong(), random.nextLong(), origH, origP, resolver, d, rtt);
    timeline.add(conn);
    timeline.add(new DnsRecord(conn, random.nextInt(65536), rtt, d, rotation));
  }
}
