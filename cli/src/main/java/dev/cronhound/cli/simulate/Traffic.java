package dev.cronhound.cli.simulate;

import java.util.SplittableRandom;

/**
 * Turns "host H talks to D at time T" into the Zeek records such a connection leaves: the DNS
 * lookup through the internal resolver when the host's cache is stale, the {@code conn.log} line,
 * and the {@code ssl.log} or {@code http.log} line.
 *
 * <p>Everything that appears in {@code conn.log} is drawn from the calling channel's random stream;
 * details that appear only in the other logs come from a separate stream that is not touched with
 * {@code --conn-only}, so {@code conn.log} is the same with or without that flag.
 */
final class Traffic {
  /** Longest time a DNS query precedes the connection it resolves for. */
  static final long MAX_LEAD_MICROS = 1_000_000;

  static final byte[] H2 = ConnRecord.ascii("h2");
  static final byte[] HTTP11 = ConnRecord.ascii("http/1.1");

  private static final int EPHEMERAL_BASE = 49152;
  private static final int EPHEMERAL_RANGE = 16384;
  private static final int TOKEN_LENGTH = 12;
  private static final String TOKEN_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private final NetworkScenario net;
  private final Timeline timeline;
  private final boolean details;
  private final SplittableRandom detail;
  private final DnsCache cache;

  Traffic(NetworkScenario net, Timeline timeline, SplittableRandom detail) {
    this.net = net;
    this.timeline = timeline;
    this.details = timeline.writes(LogKind.DNS);
    this.detail = detail;
    this.cache = new DnsCache(net.hostCount(), net.destinations().size());
  }

  /**
   * Returns which of {@code d}'s addresses the host connects to at {@code connTs}, first asking the
   * internal resolver (a DNS record plus its UDP conn record) unless a fresh answer is cached. A
   * lookup that would fall before the simulated window is assumed to have happened unseen.
   */
  int resolve(SplittableRandom rng, int host, Destination d, long connTs, boolean force) {
    int cached = cache.lookup(host, d, connTs);
    if (cached >= 0 && !force) {
      return cached;
    }
    long rtt = 200 + rng.nextLong(40_000);
    long queryTs = connTs - rtt - 100 - rng.nextLong(50_000);
    int first = rng.nextInt(d.addressCount());
    if (queryTs < net.window().startMicros()) {
      cache.store(host, d, connTs, first);
      return first;
    }
    ConnRecord conn =
        ConnRecord.dnsLookup(
            queryTs,
            rng.nextLong(),
            rng.nextLong(),
            net.hostAddress(host),
            ephemeralPort(rng),
            net.resolverAddress(),
            d,
            rtt);
    timeline.add(conn);
    if (details) {
      timeline.add(new DnsRecord(conn, detail.nextInt(65536), rtt, d, first));
    }
    cache.store(host, d, queryTs + rtt, first);
    return first;
  }

  /** A TLS connection with SNI {@code d}, resolving {@code d} first if needed (or if forced). */
  void https(
      SplittableRandom rng,
      int host,
      Destination d,
      long ts,
      long origBytes,
      long respBytes,
      long duration,
      byte[] alpn,
      boolean forceLookup) {
    int address = resolve(rng, host, d, ts, forceLookup);
    ConnRecord conn =
        tcp(
            rng,
            host,
            ts,
            d.addressBytes(address),
            d.port(),
            ConnRecord.SERVICE_SSL,
            false,
            origBytes,
            respBytes,
            duration);
    if (details) {
      boolean resumed = detail.nextInt(100) < 15;
      timeline.add(new SslRecord(conn, d.tls(), d.nameBytes(), resumed, alpn));
    }
  }

  /**
   * A plain-HTTP request to {@code d}: direct after a lookup, or, for hosts configured with the
   * proxy, to the proxy (which resolves the name itself) with an absolute URI.
   */
  void http(SplittableRandom rng, int host, Destination d, long ts, HttpCall call) {
    boolean proxied = net.usesProxy(host);
    byte[] server;
    int port;
    if (proxied) {
      server = net.proxyAddress();
      port = NetworkScenario.PROXY_PORT;
    } else {
      server = d.addressBytes(resolve(rng, host, d, ts, false));
      port = d.port();
    }
    int prefix = proxied ? d.name().length() + 7 : 0;
    long headers = 150L + prefix + call.path().length() + TOKEN_LENGTH + call.userAgent().length();
    ConnRecord conn =
        tcp(
            rng,
            host,
            ts,
            server,
            port,
            ConnRecord.SERVICE_HTTP,
            proxied,
            call.requestBody() + headers,
            call.responseBody() + 240,
            call.duration());
    if (details) {
      StringBuilder uri = new StringBuilder(prefix + call.path().length() + TOKEN_LENGTH);
      if (proxied) {
        uri.append("http://").append(d.name());
      }
      uri.append(call.path());
      for (int i = 0; i < TOKEN_LENGTH; i++) {
        uri.append(TOKEN_CHARS.charAt(detail.nextInt(TOKEN_CHARS.length())));
      }
      long requestAt = ts + Math.min(call.duration() / 4, 1000 + detail.nextLong(60_000));
      timeline.add(
          new HttpRecord(
              conn,
              requestAt,
              call.method(),
              d.nameBytes(),
              uri.toString(),
              call.userAgent(),
              call.requestBody(),
              call.responseBody(),
              call.responseMime(),
              detail.nextLong(),
              detail.nextLong()));
    }
  }

  /** One NTP poll (UDP 123) to an address of the pool, resolving the pool name when stale. */
  void ntp(SplittableRandom rng, int host, Destination pool, long ts) {
    int address = resolve(rng, host, pool, ts, false);
    long duration = 8_000 + rng.nextLong(60_000);
    timeline.add(
        ConnRecord.ntp(
            ts,
            rng.nextLong(),
            rng.nextLong(),
            net.hostAddress(host),
            pool.addressBytes(address),
            duration));
  }

  /** A TCP connection straight to an address, in a protocol Zeek does not recognize. */
  void rawTcp(
      SplittableRandom rng,
      int host,
      byte[] address,
      int port,
      long ts,
      long origBytes,
      long respBytes,
      long duration) {
    tcp(rng, host, ts, address, port, null, false, origBytes, respBytes, duration);
  }

  private ConnRecord tcp(
      SplittableRandom rng,
      int host,
      long ts,
      byte[] server,
      int port,
      byte[] service,
      boolean localServer,
      long origBytes,
      long respBytes,
      long duration) {
    ConnRecord conn =
        new ConnRecord(
            ts,
            rng.nextLong(),
            rng.nextLong(),
            net.hostAddress(host),
            ephemeralPort(rng),
            server,
            port,
            true,
            service,
            localServer,
            duration,
            origBytes,
            respBytes);
    timeline.add(conn);
    return conn;
  }

  private static int ephemeralPort(SplittableRandom rng) {
    return EPHEMERAL_BASE + rng.nextInt(EPHEMERAL_RANGE);
  }
}
