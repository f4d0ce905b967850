package dev.cronhound.core.analytic;

import static dev.cronhound.core.analytic.Views.H;
import static dev.cronhound.core.analytic.Views.S;
import static dev.cronhound.core.analytic.Views.T0;
import static dev.cronhound.core.analytic.Views.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A family of rotating addresses scores as the single channel it would be without rotation. */
class RotatingFamiliesProperties {

  static final long WEEK = 171 * H;

  static long[] beats(Random r, double period, double jitter) {
    List<Long> t = new ArrayList<>();
    for (double at = 30; at < WEEK / 1e6 - period; at += period * (1 + jitter * (2 * r.nextDouble() - 1))) {
      t.add(T0 + (long) (at * S));
    }
    return t.stream().mapToLong(Long::longValue).toArray();
  }

  static NetworkBeacon.Result hunt(List<ChannelView> cs) {
    return NetworkBeacon.analyze(Views.input(cs, List.of(), 2, T0, T0 + WEEK), RhythmTunables.DEFAULTS,
        BeaconTunables.DEFAULTS, DestinationAllowlist.empty(), 0);
  }

  @Test
  void sameBeatsSplitAmongRotatingAddressesScoreAsTheUnsplitChannel() {
    for (int seed = 0; seed < 60; seed++) {
      Random r = new Random(seed);
      double period = 60 + r.nextDouble() * 1800;
      long[] t = beats(r, period, r.nextDouble() * 0.2);
      int k = 2 + r.nextInt(6);
      ChannelView single = view("10.0.0.5", "198.51.100.1", 447, Direction.OUTBOUND, t, 400, 300);
      List<ChannelView> split = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        long[] part = Arrays.copyOfRange(t, i * t.length / k, (i + 1) * t.length / k);
        split.add(view("10.0.0.5", "203." + (10 + 20 * i) + "." + (seed % 200) + ".9", 447, Direction.OUTBOUND, part, 400, 300));
      }
      Finding one = hunt(List.of(single)).findings().get(0);
      NetworkBeacon.Result rotated = hunt(split);
      assertThat(rotated.families()).as("seed %d: %d addresses", seed, k).isEqualTo(1);
      assertThat(rotated.findings()).hasSize(1);
      Finding family = rotated.findings().get(0);
      assertThat(family.rhythmScore()).as("seed %d", seed).isCloseTo(one.rhythmScore(), within(1e-9));
      assertThat(family.score()).as("seed %d", seed).isCloseTo(one.score(), within(1e-9));
      assertThat(family.count()).isEqualTo(one.count());
      assertThat(family.destination().spans()).hasSize(k);
      assertThat(family.destination().addresses()).hasSize(k);
      assertThat(family.destination().family()).isEqualTo("port 447");
    }
  }

  @Test
  void trickbotLikeC2MovingEveryFewHoursOnTwoHostsIsOneFindingPerHostListingEveryAddress() {
    List<ChannelView> cs = new ArrayList<>();
    for (String host : List.of("10.0.0.5", "10.0.0.6")) {
      for (int hop = 0; hop < 28; hop++) { // a new address every 6 h for a week, one beat every 202 s
        long start = T0 + hop * 6 * H + 17 * S;
        int n = (int) (6 * 3600 / 202);
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
          t[i] = start + i * 202 * S;
        }
        cs.add(view(host, "185.0." + hop + ".9", 447, Direction.OUTBOUND, t, 600, 400));
      }
    }
    NetworkBeacon.Result r = hunt(cs);
    assertThat(r.families()).isEqualTo(2);
    assertThat(r.findings()).hasSize(2).allSatisfy(f -> {
      assertThat(f.destination().spans()).hasSize(28);
      assertThat(f.destination().spans().get(0).ip()).isEqualTo("185.0.0.9");
      assertThat(f.destination().spans().get(1).firstMicros()).isEqualTo(T0 + 6 * H + 17 * S);
      assertThat(f.periodSeconds()).isCloseTo(202, within(0.5));
      assertThat(f.score()).as(f.title()).isGreaterThan(0.9);
      assertThat(f.title()).contains("28 rotating addresses sharing port 447 every 3m22s");
      assertThat(f.scoreParts().stream().filter(p -> p.name().equals("prevalence")).findFirst().orElseThrow().value())
          .as("two hosts: prevalence does not apply").isEqualTo(1.0);
    });
  }

  @Test
  void browsingManyAddressesOn443DoesNotMergeAndABeaconAmongItStaysItself() {
    Random r = new Random(11);
    List<ChannelView> cs = new ArrayList<>();
    for (int site = 0; site < 40; site++) {
      long at = T0 + (long) (r.nextDouble() * 100 * H);
      int n = 3 + r.nextInt(30);
      long[] t = new long[n];
      for (int i = 0; i < n; i++) {
        at += (long) (-600 * S * Math.log(1 - r.nextDouble()));
        t[i] = at;
      }
      cs.add(view("10.0.0.7", "93.184." + site + ".34", 443, Direction.OUTBOUND, t, 800, 40_000));
    }
    long[] beacon = new long[2000];
    for (int i = 0; i < beacon.length; i++) {
      beacon[i] = T0 + i * 300 * S + (long) (r.nextDouble() * 20 * S);
    }
    cs.add(view("10.0.0.7", "203.0.113.10", 443, Direction.OUTBOUND, beacon, 900, 300));
    NetworkBeacon.Result res = hunt(cs);
    assertThat(res.families()).isZero();
    Finding top = res.findings().get(0);
    assertThat(top.destination().ip()).isEqualTo("203.0.113.10");
    assertThat(top.destination().family()).isNull();
  }

  @Test
  void overlapIsTheShareOfMemberTimeSharedWithAnotherMember() {
    assertThat(RotatingFamilies.overlap(List.of(new long[] {0, 10}, new long[] {10, 20}))).isEqualTo(0.0);
    assertThat(RotatingFamilies.overlap(List.of(new long[] {0, 10}, new long[] {5, 15}))).isCloseTo(0.25, within(1e-12));
    assertThat(RotatingFamilies.overlap(List.of(new long[] {0, 10}, new long[] {0, 10}))).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void sharedSniMakesAFamilyOfLongLivedMembersThatFollowEachOther() {
    long[] a = Views.every(T0, 300, 500);
    long[] b = Views.every(T0 + 500 * 300 * S, 300, 500);
    ChannelView x = view("10.0.0.5", "198.51.100.1", 443, Direction.OUTBOUND, a, Views.filled(500, 700), Views.filled(500, 300),
        Map.of("sni", "cdn.bad.example"));
    ChannelView y = view("10.0.0.5", "198.51.100.77", 8443, Direction.OUTBOUND, b, Views.filled(500, 700), Views.filled(500, 300),
        Map.of("sni", "cdn.bad.example"));
    NetworkBeacon.Result r = hunt(List.of(x, y));
    assertThat(r.families()).isEqualTo(1);
    Finding f = r.findings().get(0);
    assertThat(f.destination().family()).isEqualTo("sni cdn.bad.example");
    assertThat(f.destination().domain()).isEqualTo("cdn.bad.example");
    assertThat(f.destination().spans()).extracting(Finding.AddressSpan::port).containsExactly(443, 8443);
  }
}
