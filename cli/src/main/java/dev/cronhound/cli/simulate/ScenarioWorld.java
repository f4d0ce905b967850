package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * What every {@code simulate network --scenario} world shares: the window, one random stream, the
 * sensor's local networks (and whether it writes {@code local_orig}/{@code local_resp} at all),
 * the records written so far, the truth being collected, and helpers that turn "A talks to B" into
 * the Zeek records a sensor leaves (conn, ssl, http, dns). A scenario is small: every record is held
 * in memory, sorted by {@code ts} (stably) and written at the end.
 */
abstract class ScenarioWorld {
  static final byte[] TEXT_HTML = ConnRecord.ascii("text/html");
  static final byte[] IMAGE_GIF = ConnRecord.ascii("image/gif");
  static final byte[] JSON = ConnRecord.ascii("application/json");
  static final byte[] OCTET = ConnRecord.ascii("application/octet-stream");

  static final String CHROME =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/131.0.0.0 Safari/537.36";
  static final String FIREFOX =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
  static final String SAFARI =
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
          + " Version/18.1 Safari/605.1.15";
  static final String[] AGENTS = {CHROME, FIREFOX, SAFARI, CHROME + " Edg/131.0.0.0"};

  /** Ordinary web sites (all hosts' browsing); {@code http:} marks plain-HTTP ones. */
  static final String[] SITES = {
    "search.findit.example", "video.streamly.example", "news.daily-herald.example",
    "mail.webmail-portal.example", "shop.megamart.example", "wiki.openknow.example",
    "code.repohub.example", "http:weather-local.example", "docs.officesuite.example",
    "maps.wayfinder.example", "forum.askstack.example", "http:old.citynews.example",
    "translate.polyglot.example", "bank.firstcity-bank.example", "http:downloads.freeware-archive.example",
    "sports.scoreline.example", "static.cdn-edge.example", "fonts.typecdn.example",
    "http:img.cdn-edge.example", "api.analytics-hub.example"
  };

  final ScenarioName scenario;
  final SplittableRandom random;
  final TimeWindow window;
  final ScenarioTruth truth;
  private final List<LogRecord> records = new ArrayList<>();
  private final List<int[]> localNets = new ArrayList<>();
  private final List<String> localNetText = new ArrayList<>();
  private final boolean localFlags;
  private final PublicAddresses publicAddresses;
  private final List<Destination> web = new ArrayList<>();
  private int destinations;
  private long lastRequest;

  /**
   * @param localNets the sensor's {@code Site::local_nets} (also where local addresses are drawn)
   * @param localFlags whether the sensor writes {@code local_orig}/{@code local_resp}; when false
   *     both are unset and the local side must be inferred
   */
  ScenarioWorld(
      ScenarioName scenario, long seed, TimeWindow window, List<String> localNets, boolean localFlags) {
    this.scenario = scenario;
    this.random = new SplittableRandom(seed);
    this.window = window;
    this.localFlags = localFlags;
    for (String cidr : localNets) {
      this.localNets.add(cidr(cidr));
      this.localNetText.add(cidr);
    }
    this.publicAddresses = new PublicAddresses(random.split());
    this.truth = new ScenarioTruth(scenario, seed, window, localNetText, localFlags, logs());
  }

  /** Writes this world's traffic into {@link #add}, and its truth into {@link #truth}. */
  abstract void generate();

  /** The logs the sensor keeps. */
  Set<LogKind> logs() {
    return EnumSet.allOf(LogKind.class);
  }

  /** Where the Zeek logs go: {@code out} itself unless the scenario writes host logs too. */
  Path zeekDir(Path out) {
    return out;
  }

  /** Writes the scenario's endpoint logs, if any, after the Zeek logs. */
  void writeHostLogs(Path out) throws IOException {}

  List<LogRecord> records() {
    return records;
  }

  void add(LogRecord r) {
    records.add(r);
  }

  // ---- addresses -------------------------------------------------------------------------

  /** A public address outside every local net, never drawn before. */
  String external() {
    while (true) {
      String a = publicAddresses.next();
      if (!isLocal(a)) {
        return a;
      }
    }
  }

  List<String> externals(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(external());
    }
    return out;
  }

  boolean isLocal(String ip) {
    int v = ipv4(ip);
    for (int[] net : localNets) {
      int mask = net[1] == 0 ? 0 : -1 << (32 - net[1]);
      if ((v & mask) == (net[0] & mask)) {
        return true;
      }
    }
    return false;
  }

  static int ipv4(String ip) {
    String[] p = ip.split("\\.");
    return (Integer.parseInt(p[0]) << 24)
        | (Integer.parseInt(p[1]) << 16)
        | (Integer.parseInt(p[2]) << 8)
        | Integer.parseInt(p[3]);
  }

  private static int[] cidr(String cidr) {
    int slash = cidr.indexOf('/');
    return new int[] {ipv4(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1))};
  }

  /** The sensor's verdict on {@code ip}: T/F from its local nets, or unset. */
  private Boolean local(String ip) {
    return localFlags ? isLocal(ip) : null;
  }

  /** A named service with {@code count} addresses drawn from public space (or given). */
  Destination destination(String name, int port, boolean tls, List<String> addresses) {
    return new Destination(
        destinations++, name, addresses, port, tls ? TlsProfile.draw(random) : null, 300);
  }

  Destination destination(String name, int port, boolean tls, int count) {
    return destination(name, port, tls, externals(count));
  }

  /** The ordinary web catalog, drawn on first use. */
  List<Destination> web() {
    if (web.isEmpty()) {
      for (String s : SITES) {
        boolean plain = s.startsWith("http:");
        String name = plain ? s.substring(5) : s;
        web.add(destination(name, plain ? 80 : 443, !plain, 1 + random.nextInt(3)));
      }
    }
    return web;
  }

  // ---- records -----------------------------------------------------------------------------

  int ephemeral(SplittableRandom r) {
    return 49152 + r.nextInt(16384);
  }

  /** Any conn.log line; added to the records and returned. */
  FlowRecord conn(
      SplittableRandom r,
      long ts,
      String src,
      int srcPort,
      String dst,
      int dstPort,
      boolean tcp,
      byte[] service,
      long duration,
      long origBytes,
      long respBytes,
      FlowRecord.State state) {
    FlowRecord c =
        new FlowRecord(
            ts,
            r.nextLong(),
            r.nextLong(),
            ConnRecord.ascii(src),
            srcPort,
            ConnRecord.ascii(dst),
            dstPort,
            tcp,
            service,
            duration,
            origBytes,
            respBytes,
            state,
            local(src),
            local(dst));
    add(c);
    return c;
  }

  /** A completed TCP session from an ephemeral port. */
  FlowRecord tcp(
      SplittableRandom r, long ts, String src, String dst, int port, byte[] service, long duration,
      long origBytes, long respBytes) {
    return conn(r, ts, src, ephemeral(r), dst, port, true, service, duration, origBytes, respBytes,
        FlowRecord.State.SF);
  }

  /** A failed TCP attempt: {@code S0} (nothing back) or {@code REJ} (reset). */
  FlowRecord failed(SplittableRandom r, long ts, String src, String dst, int port, boolean rejected) {
    return rejected
        ? conn(r, ts, src, ephemeral(r), dst, port, true, null, 30 + r.nextInt(400), 0, 0,
            FlowRecord.State.REJ)
        : conn(r, ts, src, ephemeral(r), dst, port, true, null, -1, -1, -1, FlowRecord.State.S0);
  }

  /** A TLS session with SNI {@code sni} (or none) and its ssl.log line. */
  FlowRecord tls(
      SplittableRandom r, long ts, String src, String dst, int port, String sni, TlsProfile profile,
      long duration, long origBytes, long respBytes) {
    FlowRecord c = tcp(r, ts, src, dst, port, ConnRecord.SERVICE_SSL, duration, origBytes, respBytes);
    add(new SslRecord(c, profile, sni == null ? null : ConnRecord.ascii(sni), r.nextInt(100) < 15,
        sni == null ? null : Traffic.HTTP11));
    return c;
  }

  /** One request on {@code conn} (depth 1 for its first). */
  void request(
      SplittableRandom r, FlowRecord conn, long ts, int depth, byte[] method, String host,
      String uri, String agent, long requestBody, long responseBody, int status, byte[] mime) {
    lastRequest = ts;
    add(new HttpRecord(conn, ts, depth, method, ConnRecord.ascii(host), uri, agent, requestBody,
        responseBody, status, mime, r.nextLong(), r.nextLong()));
  }

  /** When the last request made through {@link #request} was logged. */
  long lastRequest() {
    return lastRequest;
  }

  /** A plain-HTTP connection carrying one request, with its http.log line. */
  FlowRecord http(
      SplittableRandom r, long ts, String src, String dst, int port, String host, byte[] method,
      String uri, String agent, long requestBody, long responseBody, int status, byte[] mime,
      long duration) {
    long headers = 160L + host.length() + uri.length() + agent.length();
    FlowRecord c = tcp(r, ts, src, dst, port, ConnRecord.SERVICE_HTTP, duration,
        requestBody + headers, responseBody + 230);
    request(r, c, ts + Math.min(duration / 4, 2_000 + r.nextLong(40_000)), 1, method, host, uri,
        agent, requestBody, responseBody, status, mime);
    return c;
  }

  /** An A lookup of {@code d} at {@code resolver}; returns the answer the client will use. */
  String lookup(SplittableRandom r, long ts, String client, String resolver, Destination d) {
    long rtt = 300 + r.nextLong(30_000);
    FlowRecord c = conn(r, ts, client, ephemeral(r), resolver, 53, false, ConnRecord.SERVICE_DNS,
        rtt, d.name().length() + 29L, d.name().length() + 29L + 16L * d.addressCount(),
        FlowRecord.State.SF);
    int first = r.nextInt(d.addressCount());
    add(new DnsRecord(c, r.nextInt(65536), rtt, d, first));
    return d.addresses().get(first);
  }

  // ---- time --------------------------------------------------------------------------------

  /** Fires at gaps uniform in {@code [minGap, maxGap]} seconds from a random phase; counts beats. */
  BeatStats every(SplittableRandom r, double minGap, double maxGap, LongConsumer beat) {
    return every(r, window.startMicros(), window.endMicros(), minGap, maxGap, beat);
  }

  BeatStats every(
      SplittableRandom r, long from, long to, double minGap, double maxGap, LongConsumer beat) {
    BeatStats stats = new BeatStats();
    long min = (long) (minGap * TimeWindow.SECOND);
    long max = (long) (maxGap * TimeWindow.SECOND);
    for (long t = from + r.nextLong(max); t < to; t += min + r.nextLong(max - min + 1)) {
      beat.accept(t);
      stats.beat(t, 1);
    }
    return stats;
  }

  /** Poisson arrivals whose rate per hour follows people's day ({@link Diurnal}). */
  void diurnal(SplittableRandom r, double busyPerHour, LongConsumer event) {
    for (long h = window.startMicros(); h < window.endMicros(); h += TimeWindow.HOUR) {
      double rate = busyPerHour * Diurnal.activity(h);
      if (rate <= 0) {
        continue;
      }
      double mean = TimeWindow.HOUR / rate;
      for (long t = h + exp(r, mean); t < h + TimeWindow.HOUR && t < window.endMicros();
          t += exp(r, mean)) {
        event.accept(t);
      }
    }
  }

  /** Poisson arrivals at a flat rate over the whole window. */
  void poisson(SplittableRandom r, double perHour, LongConsumer event) {
    double mean = TimeWindow.HOUR / perHour;
    for (long t = window.startMicros() + exp(r, mean); t < window.endMicros(); t += exp(r, mean)) {
      event.accept(t);
    }
  }

  static long exp(SplittableRandom r, double mean) {
    return 1 + (long) (-mean * Math.log1p(-r.nextDouble()));
  }

  /** A uniformly random instant of the window. */
  long anyTime(SplittableRandom r) {
    return window.startMicros() + r.nextLong(window.endMicros() - window.startMicros());
  }

  // ---- background --------------------------------------------------------------------------

  /**
   * People browsing from {@code host}: page loads at {@code pagesPerBusyHour}, each a lookup at
   * {@code resolver} (when not null) then 2-6 connections to the site (TLS with SNI, or plain HTTP
   * with keep-alive requests).
   */
  void browse(SplittableRandom r, String host, String resolver, double pagesPerBusyHour, String agent) {
    List<Destination> sites = web();
    Zipf rank = new Zipf(sites.size(), 1.0);
    diurnal(r, pagesPerBusyHour, t -> {
      Destination d = sites.get(rank.sample(r));
      String address = resolver == null
          ? d.addresses().get(r.nextInt(d.addressCount()))
          : lookup(r, t - 20_000 - r.nextLong(200_000), host, resolver, d);
      int connections = 2 + r.nextInt(5);
      long ts = t;
      for (int i = 0; i < connections; i++) {
        long resp = 2_000 + (long) (Math.exp(r.nextDouble() * 11) * 4);
        long duration = 30_000 + resp * 1_000_000 / (400_000 + r.nextInt(4_000_000));
        if (d.tls() != null) {
          tls(r, ts, host, address, d.port(), d.name(), d.tls(), duration, 500 + r.nextInt(2000), resp);
        } else {
          int requests = 1 + r.nextInt(4);
          FlowRecord c = tcp(r, ts, host, address, d.port(), ConnRecord.SERVICE_HTTP, duration,
              requests * (380L + agent.length()), resp + requests * 240L);
          for (int q = 1; q <= requests; q++) {
            long each = resp / requests;
            request(r, c, ts + (q - 1) * duration / requests + 1_000 + r.nextInt(20_000), q,
                HttpRecord.GET, d.name(), "/" + (q == 1 ? "" : "assets/" + r.nextInt(90_000) + ".js"),
                agent, 0, each, 200, TEXT_HTML);
          }
        }
        ts += 3_000 + r.nextLong(900_000);
      }
    });
  }
}
