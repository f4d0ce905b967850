package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A two-host office behind a home router (192.168.1.0/24, the router 192.168.1.1 also resolves),
 * both hosts infected for the whole window by the same bot. Its C2 rotates: every 3-6 hours the
 * bot moves to another address of a family of 12 (each served on 447 or 449, TLS without SNI, a
 * self-signed certificate per server), after 1-3 failed attempts ({@code S0}) at the address it
 * leaves. Each host beats once every 202 s (+/-2 s). Ordinary traffic: browsing, Windows Update,
 * time.windows.com. The sensor writes no local_orig/local_resp (an unconfigured Zeek).
 */
final class TwoHostOffice extends ScenarioWorld {
  static final String ROUTER = "192.168.1.1";
  static final String[] HOSTS = {"192.168.1.20", "192.168.1.21"};
  static final int FAMILY = 12;

  TwoHostOffice(ScenarioName scenario, long seed, TimeWindow window) {
    super(scenario, seed, window, List.of("192.168.1.0/24"), false);
  }

  /** One stretch of time the bot used one address. */
  private record Segment(int member, long from, long to) {}

  @Override
  void generate() {
    truth.describe("issue 13 items 3 (prevalence does not apply below PrevalenceMinHosts; coverage"
        + " over the time the channel is active) and 5 (rotating infrastructure as one family)",
        "Zeek on the office uplink, no Site::local_nets");
    truth.host(ROUTER, "router and resolver");
    truth.host(HOSTS[0], "workstation (infected)");
    truth.host(HOSTS[1], "workstation (infected)");
    SplittableRandom rotation = random.split();
    SplittableRandom normal = random.split();
    List<String> addresses = externals(FAMILY);
    int[] ports = new int[FAMILY];
    TlsProfile[] certs = new TlsProfile[FAMILY];
    for (int i = 0; i < FAMILY; i++) {
      ports[i] = rotation.nextBoolean() ? 447 : 449;
      certs[i] = tls12(rotation);
    }
    List<Segment> segments = new ArrayList<>();
    int current = rotation.nextInt(FAMILY);
    for (long t = window.startMicros(); t < window.endMicros(); ) {
      long end = Math.min(window.endMicros(),
          t + 3 * TimeWindow.HOUR + rotation.nextLong(3 * TimeWindow.HOUR));
      segments.add(new Segment(current, t, end));
      int next = rotation.nextInt(FAMILY - 1);
      current = next >= current ? next + 1 : next;
      t = end;
    }

    for (String h : HOSTS) {
      SplittableRandom r = rotation.split();
      long[] first = new long[FAMILY];
      long[] last = new long[FAMILY];
      long[] beats = new long[FAMILY];
      long[] failures = new long[FAMILY];
      java.util.Arrays.fill(first, Long.MIN_VALUE);
      BeatStats stats = new BeatStats();
      long t = window.startMicros() + r.nextLong(202 * TimeWindow.SECOND);
      int seg = 0;
      int previous = -1;
      while (t < window.endMicros()) {
        while (segments.get(seg).to() <= t) {
          seg++;
        }
        int m = segments.get(seg).member();
        if (previous >= 0 && previous != m) {
          // the old server is gone: a few attempts time out before the bot moves on
          int attempts = 1 + r.nextInt(3);
          for (int a = 0; a < attempts; a++) {
            failed(r, t, h, addresses.get(previous), ports[previous], false);
            failures[previous]++;
            t += 202 * TimeWindow.SECOND + r.nextLong(4 * TimeWindow.SECOND) - 2 * TimeWindow.SECOND;
          }
          if (t >= window.endMicros()) {
            break;
          }
        }
        previous = m;
        tls(r, t, h, addresses.get(m), ports[m], null, certs[m], 300_000 + r.nextInt(1_500_000),
            600 + r.nextInt(500), 300 + r.nextInt(1_200));
        stats.beat(t, 1);
        beats[m]++;
        if (first[m] == Long.MIN_VALUE) {
          first[m] = t;
        }
        last[m] = t;
        t += 202 * TimeWindow.SECOND + r.nextLong(4 * TimeWindow.SECOND) - 2 * TimeWindow.SECOND;
      }
      List<ScenarioTruth.Member> family = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (Segment s : segments) {
        if (!order.contains(s.member())) {
          order.add(s.member());
        }
      }
      long on447 = 0;
      long on449 = 0;
      for (int m : order) {
        if (ports[m] == 447) {
          on447 += beats[m];
        } else {
          on449 += beats[m];
        }
        family.add(new ScenarioTruth.Member(addresses.get(m), ports[m], first[m], last[m], beats[m],
            failures[m]));
      }
      truth.planted(new ScenarioTruth.Planted(
          "rotating-c2-" + h.substring(h.lastIndexOf('.') + 1), h, "family", null, family,
          on449 >= on447 ? 449 : 447, "ssl",
          "outbound", 202, "202 s +/-2 s; the address changes every 3-6 h", stats,
          "one bot, both hosts, " + FAMILY + " C2 addresses on 447/449 (TLS, no SNI); 1-3 S0"
              + " attempts at the old address before each move"));
    }
    truth.count("rotations", segments.size() - 1);

    Destination update = destination("fe2cr.update.microsoft.com", 443, true, 2);
    Destination time = destination("time.windows.com", 123, false, 1);
    for (String h : HOSTS) {
      SplittableRandom r = normal.split();
      browse(r.split(), h, ROUTER, 10, CHROME);
      every(r, 22 * 3600, 26 * 3600, t -> {
        String ip = lookup(r, t - 30_000, h, ROUTER, update);
        tls(r, t, h, ip, 443, update.name(), update.tls(), 2_000_000 + r.nextInt(20_000_000),
            5_000 + r.nextInt(5_000), 20_000 + r.nextInt(3_000_000));
      });
      String ntp = time.addresses().get(0);
      every(r, 32_000, 36_000, t -> {
        lookup(r, t - 20_000, h, ROUTER, time);
        conn(r, t, h, 123, ntp, 123, false, ConnRecord.SERVICE_NTP, 30_000 + r.nextInt(50_000), 48,
            48, FlowRecord.State.SF);
      });
    }
    truth.benign(new ScenarioTruth.Benign("windows-update", "outbound", List.of(HOSTS), List.of(update.name()),
        443, "ssl", 86_400, "about daily, variable downloads", "Microsoft", "Windows Update scan"));
    truth.benign(new ScenarioTruth.Benign("windows-time", "outbound", List.of(HOSTS),
        List.of(time.name()), 123, "ntp", 34_000, "every 9-10 h", "Microsoft", "w32time"));
  }

  private static TlsProfile tls12(SplittableRandom r) {
    StringBuilder fp = new StringBuilder(64);
    for (int i = 0; i < 64; i++) {
      fp.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return new TlsProfile(ConnRecord.ascii("TLSv12"),
        ConnRecord.ascii("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"), ConnRecord.ascii("secp256r1"),
        ConnRecord.ascii("CsxknGIi"), ConnRecord.ascii(fp.toString()));
  }
}
