package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A campus on public addresses, 146.164.0.0/16 (the sensor's {@code Site::local_nets}, so every
 * outbound flow has {@code local_orig=T local_resp=F}): 40 hosts in 146.164.20.0/24 browsing
 * through the campus resolver 146.164.0.53, time from the campus NTP server 146.164.0.123 (east-west,
 * every host, every 1024 s), an hourly-ish antivirus signature check and a software-center check
 * from every host, internet scanners probing campus addresses (inbound, failed), and one planted
 * outbound HTTPS beacon.
 */
final class PublicCampus extends ScenarioWorld {
  static final String LOCAL_NET = "146.164.0.0/16";
  static final String RESOLVER = "146.164.0.53";
  static final String NTP = "146.164.0.123";
  static final int HOSTS = 40;
  static final String BEACON_NAME = "assets.lumenfold.example";

  PublicCampus(ScenarioName scenario, long seed, TimeWindow window) {
    super(scenario, seed, window, List.of(LOCAL_NET), true);
  }

  static String host(int i) {
    return "146.164.20." + (10 + i);
  }

  @Override
  void generate() {
    truth.describe("issue 13 item 1 (local_orig=T decides the local side of public addresses) and"
        + " 2 (outbound among east-west and inbound noise)", "at the campus border, local_nets 146.164.0.0/16");
    truth.host(RESOLVER, "campus resolver");
    truth.host(NTP, "campus NTP server");
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < HOSTS; i++) {
      hosts.add(host(i));
      truth.host(host(i), "workstation");
    }
    SplittableRandom browsing = random.split();
    SplittableRandom time = random.split();
    SplittableRandom updates = random.split();
    SplittableRandom scans = random.split();
    SplittableRandom planted = random.split();
    for (String h : hosts) {
      browse(browsing.split(), h, RESOLVER, 2 + browsing.nextInt(4), AGENTS[browsing.nextInt(AGENTS.length)]);
    }
    for (String h : hosts) {
      SplittableRandom r = time.split();
      every(r, 1020, 1028, t -> conn(r, t, h, 123, NTP, 123, false, ConnRecord.SERVICE_NTP,
          300 + r.nextInt(2_000), 48, 48, FlowRecord.State.SF));
    }
    truth.benign(new ScenarioTruth.Benign("campus-ntp", "east-west", List.of(HOSTS + " workstations"),
        List.of(NTP), 123, "ntp", 1024, "every 1020-1028 s from every host", null,
        "time from the campus server: periodic, east-west, every host"));

    Destination av = destination("update.avsig-mirror.example", 443, true, 3);
    Destination center = destination("swcenter.campus-it.example", 443, true, 1);
    for (String h : hosts) {
      SplittableRandom r = updates.split();
      every(r, 3000, 4200, t -> {
        String ip = lookup(r, t - 30_000, h, RESOLVER, av);
        tls(r, t, h, ip, 443, av.name(), av.tls(), 300_000 + r.nextInt(900_000), 900 + r.nextInt(400),
            r.nextInt(8) == 0 ? 200_000 + r.nextInt(3_000_000) : 1_200 + r.nextInt(800));
      });
      every(r, 4 * 3600, 8 * 3600, t -> {
        String ip = lookup(r, t - 30_000, h, RESOLVER, center);
        tls(r, t, h, ip, 443, center.name(), center.tls(), 400_000 + r.nextInt(900_000),
            1_500 + r.nextInt(600), 4_000 + r.nextInt(9_000));
      });
    }
    truth.benign(new ScenarioTruth.Benign("av-signatures", "outbound", List.of(HOSTS + " workstations"),
        List.of(av.name()), 443, "ssl", 3600, "every 50-70 min from every host, sometimes a download",
        null, "signature update checks"));
    truth.benign(new ScenarioTruth.Benign("software-center", "outbound",
        List.of(HOSTS + " workstations"), List.of(center.name()), 443, "ssl", 21_600,
        "every 4-8 h from every host", null, "campus software-center policy check"));

    List<String> scanners = externals(400);
    long probes = 0;
    for (String s : scanners) {
      int n = 1 + scans.nextInt(6);
      for (int i = 0; i < n; i++) {
        failed(scans, anyTime(scans), s, host(scans.nextInt(HOSTS)),
            new int[] {22, 445, 3389, 23, 80, 5900}[scans.nextInt(6)], scans.nextBoolean());
        probes++;
      }
    }
    truth.count("scanner_sources", scanners.size());
    truth.count("scanner_probes", probes);
    truth.benign(new ScenarioTruth.Benign("internet-scanners", "inbound", List.of("400 outside addresses"),
        List.of("146.164.20.0/24"), 0, "-", 0, "S0/REJ probes at random", null, "background radiation"));

    String infected = host(planted.nextInt(HOSTS));
    Destination c2 = destination(BEACON_NAME, 443, true, 1);
    String c2ip = c2.addresses().get(0);
    long[] lastLookup = {Long.MIN_VALUE};
    BeatStats stats = every(planted, 486, 594, t -> {
      if (t - lastLookup[0] > 300 * TimeWindow.SECOND) {
        lookup(planted, t - 25_000, infected, RESOLVER, c2);
        lastLookup[0] = t;
      }
      tls(planted, t, infected, c2ip, 443, BEACON_NAME, c2.tls(), 150_000 + planted.nextInt(600_000),
          420 + planted.nextInt(300), 180 + planted.nextInt(900));
    });
    truth.planted(new ScenarioTruth.Planted("campus-beacon", infected, BEACON_NAME, c2ip, List.of(), 443,
        "ssl", "outbound", 540, "uniform +/-10% (486-594 s)", stats,
        "HTTPS beacon with SNI from a public campus address (local_orig=T)"));
  }
}
