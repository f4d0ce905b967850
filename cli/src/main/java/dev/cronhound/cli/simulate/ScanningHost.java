package dev.cronhound.cli.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A site (8 hosts in 10.60.0.0/24, local nets set) where one host, 10.60.0.66, touches 3,000
 * outside addresses ten times each at random over the window (70% {@code S0}, 30% completed with a
 * few hundred bytes), as {@code ../shared/perf/gen_scan.py} does at scale. Planted: one beacon from
 * the scanning host itself and one from an ordinary host, which must both rank above every
 * per-destination channel of the scan.
 */
final class ScanningHost extends ScenarioWorld {
  static final String LOCAL_NET = "10.60.0.0/24";
  static final String RESOLVER = "10.60.0.2";
  static final String SCANNER = "10.60.0.66";
  static final int TARGETS = 3000;
  static final int TOUCHES = 10;

  ScanningHost(ScenarioName scenario, long seed, TimeWindow window) {
    super(scenario, seed, window, List.of(LOCAL_NET), true);
  }

  @Override
  void generate() {
    truth.describe("issue 13 item 2 (a source touching many destinations a few times each is a scan,"
        + " reported once; its channels do not compete with beacons)", "office uplink, local_nets 10.60.0.0/24");
    SplittableRandom scan = random.split();
    SplittableRandom normal = random.split();
    SplittableRandom planted = random.split();
    truth.host(RESOLVER, "resolver");
    truth.host(SCANNER, "host running a scanner");
    for (int i = 0; i < 7; i++) {
      String h = "10.60.0." + (20 + i);
      truth.host(h, "workstation");
      browse(normal.split(), h, RESOLVER, 8, AGENTS[i % AGENTS.length]);
    }
    List<String> targets = externals(TARGETS);
    long touches = 0;
    for (String target : targets) {
      int port = scan.nextInt(4) == 0 ? 80 : 443;
      for (int k = 0; k < TOUCHES; k++) {
        long t = anyTime(scan);
        if (scan.nextInt(10) < 7) {
          failed(scan, t, SCANNER, target, port, false);
        } else {
          tcp(scan, t, SCANNER, target, port, null, 20_000 + scan.nextInt(400_000),
              80 + scan.nextInt(300), 100 + scan.nextInt(400));
        }
        touches++;
      }
    }
    truth.count("scan_targets", TARGETS);
    truth.count("scan_connections", touches);
    truth.benign(new ScenarioTruth.Benign("scan", "outbound", List.of(SCANNER),
        List.of(TARGETS + " outside addresses"), 0, "-", 0,
        TOUCHES + " touches per address at uniform random times, 70% S0", null,
        "a scan / fan-out: to be reported once, its channels never above a beacon"));

    String ordinary = "10.60.0." + (20 + planted.nextInt(7));
    String a = external();
    String b = external();
    TlsProfile tlsA = TlsProfile.draw(planted);
    TlsProfile tlsB = TlsProfile.draw(planted);
    BeatStats fromScanner = every(planted, 570, 630, t -> tls(planted, t, SCANNER, a, 443, null, tlsA,
        100_000 + planted.nextInt(300_000), 300 + planted.nextInt(200), 200 + planted.nextInt(600)));
    BeatStats fromOrdinary = every(planted, 270, 330, t -> tls(planted, t, ordinary, b, 443, null, tlsB,
        100_000 + planted.nextInt(300_000), 300 + planted.nextInt(200), 200 + planted.nextInt(600)));
    truth.planted(new ScenarioTruth.Planted("scanner-host-beacon", SCANNER, a, a, List.of(), 443, "ssl",
        "outbound", 600, "uniform 570-630 s", fromScanner, "beacon from the scanning host itself"));
    truth.planted(new ScenarioTruth.Planted("ordinary-host-beacon", ordinary, b, b, List.of(), 443, "ssl",
        "outbound", 300, "uniform 270-330 s", fromOrdinary, "beacon from an ordinary host"));
  }
}
