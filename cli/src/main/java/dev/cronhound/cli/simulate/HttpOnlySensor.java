package dev.cronhound.cli.simulate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A sensor that keeps only {@code http.log} (no conn, dns or ssl): 20 hosts in 10.30.0.0/24
 * browsing plain-HTTP sites (several requests per keep-alive connection, one uid), certificate
 * trust list and OCSP fetches, an HTTP update check every 4 h from every host, and one planted
 * HTTP beacon fetching a fixed-size image every 120-180 s with one user agent.
 */
final class HttpOnlySensor extends ScenarioWorld {
  static final String LOCAL_NET = "10.30.0.0/24";
  static final int HOSTS = 20;
  static final String BEACON_HOST = "img.pixelrelay.example";
  private static final String BEACON_AGENT = "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)";
  private static final String[] PLAIN_SITES = {
    "weather-local.example", "old.citynews.example", "downloads.freeware-archive.example",
    "forum.classic-cars.example", "radio.stream-list.example", "intranet-wiki.example",
    "tickets.citytransit.example", "cdn.plain-assets.example"
  };

  HttpOnlySensor(ScenarioName scenario, long seed, TimeWindow window) {
    super(scenario, seed, window, List.of(LOCAL_NET), true);
  }

  @Override
  Set<LogKind> logs() {
    return EnumSet.of(LogKind.HTTP);
  }

  static String host(int i) {
    return "10.30.0." + (10 + i);
  }

  @Override
  void generate() {
    truth.describe("issue 13 item 4 (channels from http.log alone; several requests of one uid are"
        + " one beat)", "an HTTP-only sensor (http.log kept, nothing else)");
    SplittableRandom browsing = random.split();
    SplittableRandom vendor = random.split();
    SplittableRandom planted = random.split();
    Destination[] sites = new Destination[PLAIN_SITES.length];
    for (int i = 0; i < sites.length; i++) {
      sites[i] = destination(PLAIN_SITES[i], 80, false, 1 + browsing.nextInt(2));
    }
    Zipf rank = new Zipf(sites.length, 1.0);
    for (int i = 0; i < HOSTS; i++) {
      String h = host(i);
      truth.host(h, "workstation");
      SplittableRandom r = browsing.split();
      String agent = AGENTS[r.nextInt(AGENTS.length)];
      diurnal(r, 2 + r.nextInt(4), t -> {
        Destination d = sites[rank.sample(r)];
        String ip = d.addresses().get(r.nextInt(d.addressCount()));
        int connections = 1 + r.nextInt(3);
        long ts = t;
        for (int c = 0; c < connections; c++) {
          int requests = 1 + r.nextInt(6);
          long duration = 200_000 + r.nextLong(15 * TimeWindow.SECOND);
          FlowRecord conn = tcp(r, ts, h, ip, 80, ConnRecord.SERVICE_HTTP, duration,
              requests * 450L, requests * 9_000L);
          for (int q = 1; q <= requests; q++) {
            boolean page = q == 1;
            request(r, conn, ts + (q - 1) * duration / requests + 2_000 + r.nextInt(30_000), q,
                HttpRecord.GET, d.name(), page ? "/" : "/static/" + r.nextInt(5_000) + ".png", agent,
                0, page ? 8_000 + r.nextInt(90_000) : 400 + r.nextInt(60_000), 200,
                page ? ScenarioWorld.TEXT_HTML : ScenarioWorld.IMAGE_GIF);
          }
          ts += 5_000 + r.nextLong(1_500_000);
        }
      });
    }
    truth.benign(new ScenarioTruth.Benign("browsing", "outbound", List.of(HOSTS + " workstations"),
        List.of(PLAIN_SITES), 80, "http", 0, "page loads by day, keep-alive connections of 1-6 requests",
        null, "people"));

    Destination ctl = destination("ctldl.windowsupdate.com", 80, false, 2);
    Destination ocsp = destination("ocsp.digicert.com", 80, false, 2);
    Destination appUpdate = destination("update.notepad-plus.example", 80, false, 1);
    for (int i = 0; i < HOSTS; i++) {
      String h = host(i);
      SplittableRandom r = vendor.split();
      every(r, 20 * 3600, 28 * 3600, t -> http(r, t, h, ctl.addresses().get(r.nextInt(2)), 80, ctl.name(),
          HttpRecord.GET, "/msdownload/update/v3/static/trustedr/en/authrootstl.cab", "Microsoft-CryptoAPI/10.0",
          0, r.nextInt(4) == 0 ? 0 : 6_000 + r.nextInt(80), 200, ScenarioWorld.OCTET, 90_000 + r.nextInt(300_000)));
      diurnal(r, 1.2, t -> http(r, t, h, ocsp.addresses().get(r.nextInt(2)), 80, ocsp.name(), HttpRecord.POST,
          "/", "Microsoft-CryptoAPI/10.0", 83, 471 + r.nextInt(1_400), 200, ScenarioWorld.OCTET,
          30_000 + r.nextInt(100_000)));
      every(r, 4 * 3600 - 60, 4 * 3600 + 60, t -> http(r, t, h, appUpdate.addresses().get(0), 80,
          appUpdate.name(), HttpRecord.GET, "/update/getDownloadUrl.php?version=8.6.9", "WinGup/5.2",
          0, 312, 200, ScenarioWorld.TEXT_HTML, 60_000 + r.nextInt(200_000)));
    }
    truth.benign(new ScenarioTruth.Benign("crypto-api", "outbound", List.of(HOSTS + " workstations"),
        List.of(ctl.name(), ocsp.name()), 80, "http", 86_400,
        "trust-list fetch about daily, OCSP as certificates are checked", "Microsoft",
        "certificate trust list and revocation"));
    truth.benign(new ScenarioTruth.Benign("app-updater", "outbound", List.of(HOSTS + " workstations"),
        List.of(appUpdate.name()), 80, "http", 14_400, "every 4 h +/-1 min from every host", null,
        "an editor's update check: rhythmic, but on every host"));

    String infected = host(planted.nextInt(HOSTS));
    String ip = external();
    // http.log is all this sensor keeps: the truth counts requests at the time http.log has them
    BeatStats stats = new BeatStats();
    every(planted, 120, 180, t -> {
      http(planted, t, infected, ip, 80, BEACON_HOST, HttpRecord.GET,
          "/i/" + Long.toHexString(0x10000000L + planted.nextInt(0x0fffffff)) + ".gif",
          BEACON_AGENT, 0, 43, 200, ScenarioWorld.IMAGE_GIF, 40_000 + planted.nextInt(150_000));
      if (window.contains(lastRequest())) {
        stats.beat(lastRequest(), 1);
      }
    });
    truth.planted(new ScenarioTruth.Planted("http-beacon", infected, BEACON_HOST, ip, List.of(), 80,
        "http", "outbound", 150, "uniform 120-180 s", stats,
        "GET of a 43-byte GIF under a random name, one old user agent; seen only in http.log"));
  }
}
