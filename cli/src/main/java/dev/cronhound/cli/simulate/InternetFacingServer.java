package dev.cronhound.cli.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A Zeek sensor on one internet-facing web server, 178.62.41.17 (its hosting subnet
 * 178.62.41.0/24 is the sensor's {@code Site::local_nets}): thousands of internet scanners probing
 * every port ({@code S0}, {@code REJ}, {@code RSTO}; a few grab a banner or {@code GET /}), ordinary
 * web clients on 80 and 443, an administrator's SSH, the server's own NTP, resolver and package
 * updates, and one planted external controller polling {@code /} on port 80 every 200-350 s for the
 * whole window with small constant answers. The {@code -nolocal} variant is the same traffic from a
 * sensor without local nets: {@code local_orig}/{@code local_resp} are unset and the local side must
 * be inferred.
 */
final class InternetFacingServer extends ScenarioWorld {
  static final String SERVER = "178.62.41.17";
  static final String LOCAL_NET = "178.62.41.0/24";
  static final String RESOLVER = "178.62.41.2";
  static final String SITE = "www.harbourview-hotel.example";
  static final int SCANNERS = 3000;
  static final int CLIENTS = 400;

  private static final int[] SCANNED_PORTS = {
    22, 23, 80, 443, 3389, 445, 8080, 5900, 3306, 6379, 25, 21, 8443, 1433, 5432, 9200, 11211, 2375
  };
  private static final String[] SCANNER_AGENTS = {
    "Mozilla/5.0 zgrab/0.x", "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
    "masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "curl/7.88.1"
  };
  private static final String CONTROLLER_AGENT =
      "Mozilla/5.0 (Windows NT 6.1; WOW64; rv:54.0) Gecko/20100101 Firefox/54.0";

  InternetFacingServer(ScenarioName scenario, long seed, TimeWindow window, boolean localFlags) {
    super(scenario, seed, window, List.of(LOCAL_NET), localFlags);
  }

  @Override
  void generate() {
    truth.describe(
        "issue 13 items 1 (scope from local_orig/local_resp"
            + (scenario == ScenarioName.INTERNET_FACING_SERVER ? "" : "; here unset: inferred")
            + "), 2 (inbound direction; scanners and failed handshakes are not beats) and 3"
            + " (prevalence over local hosts, download only for large or variable answers)",
        "on the server's uplink; the server is the only local host");
    truth.host(SERVER, "web server (nginx on 80/443, sshd on 22)");
    truth.host(RESOLVER, "hosting provider's resolver");
    SplittableRandom scanRandom = random.split();
    SplittableRandom webRandom = random.split();
    SplittableRandom ownRandom = random.split();
    SplittableRandom plantedRandom = random.split();
    scanners(scanRandom);
    List<String> clients = webClients(webRandom);
    serverOwnTraffic(ownRandom);
    controller(plantedRandom, clients);
  }

  private void scanners(SplittableRandom r) {
    List<String> sources = externals(SCANNERS);
    long probes = 0;
    for (String scanner : sources) {
      int n = 1 + r.nextInt(4);
      long t = anyTime(r);
      for (int i = 0; i < n; i++) {
        int port = SCANNED_PORTS[r.nextInt(SCANNED_PORTS.length)];
        boolean open = port == 22 || port == 80 || port == 443;
        int kind = r.nextInt(10);
        if (open && kind == 0) {
          // a banner grab or GET /: completes, a few hundred bytes
          if (port == 80) {
            http(r, t, scanner, SERVER, 80, SERVER, HttpRecord.GET, "/",
                SCANNER_AGENTS[r.nextInt(SCANNER_AGENTS.length)], 0, 612, 200,
                ScenarioWorld.TEXT_HTML, 40_000 + r.nextInt(200_000));
          } else {
            tcp(r, t, scanner, SERVER, port, port == 22 ? ConnRecord.ascii("ssh") : null,
                50_000 + r.nextInt(2_000_000), 20 + r.nextInt(40), port == 22 ? 41 : 0);
          }
        } else if (open) {
          conn(r, t, scanner, 40_000 + r.nextInt(25_000), SERVER, port, true, null,
              100 + r.nextInt(90_000), 0, 0, FlowRecord.State.RSTO);
        } else {
          boolean filtered = port == 445 || port == 23 || port == 3389 || r.nextBoolean();
          conn(r, t, scanner, 40_000 + r.nextInt(25_000), SERVER, port, true, null,
              filtered ? -1 : 30 + r.nextInt(300), filtered ? -1 : 0, filtered ? -1 : 0,
              filtered ? FlowRecord.State.S0 : FlowRecord.State.REJ);
        }
        probes++;
        t += 200_000 + r.nextLong(600 * TimeWindow.SECOND);
      }
    }
    truth.count("scanner_sources", SCANNERS);
    truth.count("scanner_probes", probes);
    truth.benign(new ScenarioTruth.Benign("internet-scanners", "inbound",
        List.of(SCANNERS + " outside addresses"), List.of(SERVER), 0, "-", 0,
        "1-4 probes each to 18 ports, S0/REJ/RSTO; 1 in 10 to an open port completes",
        null, "internet background radiation; scanners and failed handshakes are not beats"));
  }

  private List<String> webClients(SplittableRandom r) {
    List<String> clients = externals(CLIENTS);
    TlsProfile site = TlsProfile.draw(r);
    long visits = 0;
    for (String client : clients) {
      int n = 1 + r.nextInt(5);
      String agent = AGENTS[r.nextInt(AGENTS.length)];
      for (int v = 0; v < n; v++) {
        long t = anyTime(r);
        if (r.nextInt(5) == 0) {
          // typed the bare name: plain-HTTP redirect first
          http(r, t, client, SERVER, 80, SITE, HttpRecord.GET, "/", agent, 0, 162, 301,
              ScenarioWorld.TEXT_HTML, 60_000 + r.nextInt(200_000));
          t += 300_000;
        }
        int connections = 1 + r.nextInt(6);
        for (int c = 0; c < connections; c++) {
          long resp = 3_000 + r.nextInt(400_000);
          tls(r, t, client, SERVER, 443, SITE, site, 200_000 + r.nextLong(20 * TimeWindow.SECOND),
              600 + r.nextInt(2_500), resp);
          t += 10_000 + r.nextLong(2 * TimeWindow.SECOND);
        }
        if (r.nextInt(3) == 0) {
          // a booking form posted over plain HTTP to the legacy endpoint
          http(r, t, client, SERVER, 80, SITE, HttpRecord.POST, "/booking/availability", agent,
              200 + r.nextInt(600), 1_000 + r.nextInt(30_000), 200, ScenarioWorld.JSON,
              80_000 + r.nextInt(400_000));
        }
        visits++;
      }
    }
    truth.count("web_client_sources", CLIENTS);
    truth.count("web_visits", visits);
    truth.benign(new ScenarioTruth.Benign("web-clients", "inbound",
        List.of(CLIENTS + " outside addresses"), List.of(SERVER), 443, "ssl", 0,
        "1-5 visits each at random times, 1-6 TLS connections per visit, some via HTTP 80",
        null, "the server's ordinary visitors"));
    return clients;
  }

  private void serverOwnTraffic(SplittableRandom r) {
    List<String> ntp = externals(2);
    every(r.split(), 1000, 1048, t -> conn(r, t, SERVER, 123, ntp.get((int) (t / 7 % 2)), 123, false,
        ConnRecord.SERVICE_NTP, 20_000 + r.nextInt(60_000), 48, 48, FlowRecord.State.SF));
    truth.benign(new ScenarioTruth.Benign("server-ntp", "outbound", List.of(SERVER), ntp, 123, "ntp",
        1024, "every 1000-1048 s", null, "the server's own time sync"));

    Destination mirror = destination("deb.debian.org", 80, false, 2);
    Destination security = destination("security.debian.org", 80, false, 1);
    SplittableRandom daily = r.split();
    for (int d = 0; d < window.dateCount(); d++) {
      for (int k = 0; k < 2; k++) {
        long t = window.midnight(d) + (k == 0 ? 6 : 18) * TimeWindow.HOUR
            + daily.nextLong(12 * TimeWindow.HOUR) - 6 * TimeWindow.HOUR;
        if (!window.contains(t)) {
          continue;
        }
        for (Destination m : List.of(mirror, security)) {
          String ip = lookup(daily, t, SERVER, RESOLVER, m);
          boolean changed = daily.nextInt(5) == 0;
          http(daily, t + 40_000, SERVER, ip, 80, m.name(), HttpRecord.GET,
              "/debian/dists/bookworm/InRelease", "Debian APT-HTTP/1.3 (2.6.1)", 0,
              changed ? 151_000 + daily.nextInt(5_000) : 0, changed ? 200 : 304,
              ScenarioWorld.OCTET, 90_000 + daily.nextInt(300_000));
        }
      }
    }
    truth.benign(new ScenarioTruth.Benign("apt-daily", "outbound", List.of(SERVER),
        List.of(mirror.name(), security.name()), 80, "http", 43_200,
        "apt-daily.timer: twice a day, randomized by 12 h", "Debian",
        "package index checks, mostly 304"));

    String admin = external();
    diurnal(r.split(), 0.3, t -> tcp(r, t, admin, SERVER, 22, ConnRecord.ascii("ssh"),
        30 * TimeWindow.SECOND + r.nextLong(40 * TimeWindow.MINUTE), 4_000 + r.nextInt(80_000),
        6_000 + r.nextInt(400_000)));
    truth.benign(new ScenarioTruth.Benign("admin-ssh", "inbound", List.of(admin), List.of(SERVER), 22,
        "ssh", 0, "a few interactive sessions on working days", null, "the administrator"));
  }

  private void controller(SplittableRandom r, List<String> clients) {
    String controller = external();
    long response = 43;
    BeatStats stats = every(r, 200, 350, t -> {
      FlowRecord c = tcp(r, t, controller, SERVER, 80, ConnRecord.SERVICE_HTTP,
          60_000 + r.nextInt(120_000), 187 + SITE.length() + CONTROLLER_AGENT.length(),
          response + 236);
      request(r, c, t + 20_000 + r.nextInt(20_000), 1, HttpRecord.GET, SITE,
          "/wp-content/plugins/hello-dolly/readme.txt", CONTROLLER_AGENT, 0, response, 200,
          ScenarioWorld.TEXT_HTML);
    });
    truth.planted(new ScenarioTruth.Planted("polled-controller", controller, SERVER, SERVER,
        List.of(), 80, "http", "inbound", 275, "uniform 200-350 s",
        stats, "an outside client polling the server's HTTP for the whole window: GET of one fixed"
            + " path, 43-byte constant answer, one user agent"));
  }
}
