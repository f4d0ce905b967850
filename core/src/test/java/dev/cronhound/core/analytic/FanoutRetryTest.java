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

/** FANOUT once per scanning source, its channels below its beacon; RETRY for failed attempts on a rhythm. */
class FanoutRetryTest {

  static NetworkBeacon.Result hunt(List<ChannelView> cs, List<ChannelView> attempts) {
    return NetworkBeacon.analyze(Views.input(cs, attempts, 20, T0, T0 + 24 * H), RhythmTunables.DEFAULTS,
        BeaconTunables.DEFAULTS, DestinationAllowlist.empty(), 0);
  }

  /** A scanner touching 2,000 outside addresses 8 times each at random over a day, and its beacon. */
  static List<ChannelView> scanner(Random r) {
    List<ChannelView> cs = new ArrayList<>();
    for (int d = 0; d < 2000; d++) {
      long[] t = new long[8];
      long[] out = new long[8];
      long[] in = new long[8];
      for (int i = 0; i < 8; i++) {
        t[i] = T0 + (long) (r.nextDouble() * 24 * H);
        boolean sf = i % 4 == 0;
        out[i] = sf ? 300 : 0;
        in[i] = sf ? 900 : 0;
      }
      Arrays.sort(t);
      cs.add(view("10.9.0.1", "11." + (d >> 8) + "." + (d & 255) + ".1", 443, Direction.OUTBOUND, t, out, in, Map.of()));
    }
    cs.add(view("10.9.0.1", "99.1.0.7", 443, Direction.OUTBOUND, beacon(r, 2084, 0.058), 500, 2500));
    return cs;
  }

  static long[] beacon(Random r, double period, double jitter) {
    int n = (int) (86400 / period);
    long[] t = new long[n];
    for (int i = 0; i < n; i++) {
      t[i] = T0 + (long) ((i * period + (2 * r.nextDouble() - 1) * jitter * period) * S) + 600 * S;
    }
    Arrays.sort(t);
    return t;
  }

  @Test
  void aScannerIsReportedOnceAndItsRandomChannelsRankBelowItsBeacon() {
    for (int seed = 0; seed < 5; seed++) {
      NetworkBeacon.Result r = hunt(scanner(new Random(seed)), List.of());
      List<Finding> fanouts = r.findings().stream().filter(f -> f.analytic().equals("FANOUT")).toList();
      assertThat(fanouts).hasSize(1);
      Finding fan = fanouts.get(0);
      assertThat(fan.technique()).containsExactly("T1046");
      assertThat(fan.count()).isEqualTo(2001);
      assertThat(fan.title()).startsWith("10.9.0.1 scanned or fanned out to many hosts: 2,001 distinct destinations, 16,041 connections (median 8 each), 75% failed, port 443, over ");
      // breadth log10(2.001)/2, failed 12000/16041
      assertThat(fan.score()).isCloseTo(0.7 * (0.5 * Math.log10(2.001) / 2 + 0.5 * 12000.0 / 16041), within(1e-9));
      assertThat(Double.isNaN(fan.rhythmScore())).isTrue();
      List<Finding> beacons = r.findings().stream().filter(f -> f.analytic().equals("BEACON")).toList();
      assertThat(beacons.get(0).destination().ip()).as("seed %d", seed).isEqualTo("99.1.0.7");
      double scanBest = beacons.get(1).score();
      assertThat(scanBest).as("seed %d: best random scan channel", seed).isLessThan(0.4 * beacons.get(0).score());
    }
  }

  @Test
  void fewDestinationsOrManyConnectionsEachAreNoFanout() {
    Random r = new Random(3);
    List<ChannelView> cs = scanner(r).subList(0, 900);
    assertThat(hunt(cs, List.of()).fanouts()).isZero();
    List<ChannelView> busy = new ArrayList<>();
    for (int d = 0; d < 1200; d++) {
      busy.add(view("10.0.0.2", "52.0." + (d >> 8) + "." + (d & 255), 443, Direction.OUTBOUND, Views.every(T0 + d * S, 3000, 11), 100, 100));
    }
    assertThat(hunt(busy, List.of()).fanouts()).as("median 11 connections > FanoutMaxMedianConnections").isZero();
  }

  @Test
  void failedAttemptsOnARhythmAreTheirOwnFinding() {
    long[] t = Views.every(T0 + 40 * S, 202, 212);
    ChannelView attempts = view("10.0.0.5", "203.0.113.9", 447, Direction.OUTBOUND, t, 0, 0);
    NetworkBeacon.Result r = hunt(List.of(), List.of(attempts));
    assertThat(r.retries()).isEqualTo(1);
    Finding f = r.findings().get(0);
    assertThat(f.analytic()).isEqualTo("RETRY");
    assertThat(f.title()).isEqualTo("10.0.0.5 -> 203.0.113.9:447 keeps trying: 212 failed attempts every 3m22s (jitter 0%), none completed");
    assertThat(f.technique()).containsExactly("T1029", "T1071");
    assertThat(f.rhythmScore()).isGreaterThan(0.95);
    assertThat(f.scoreParts()).extracting(p -> p.name()).contains("chance").doesNotContain("prevalence", "download");
    // a data channel to the same peer: its connections are counted as completed
    ChannelView data = view("10.0.0.5", "203.0.113.9", 447, Direction.OUTBOUND, Views.every(T0 + 7 * H, 5000, 3), 100, 100);
    Finding withData = hunt(List.of(data), List.of(attempts)).findings().stream()
        .filter(x -> x.analytic().equals("RETRY")).findFirst().orElseThrow();
    assertThat(withData.title()).endsWith(", 3 completed connections to it");
  }
}
