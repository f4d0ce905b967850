package dev.cronhound.core.analytic;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.NoteNumbers;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import dev.cronhound.core.rhythm.EpisodeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code FANOUT}: a source that touches many distinct destinations a few times each: a scan of
 * many hosts (ATT&CK T1046, Network Service Discovery) or a fan-out, reported once with its counts.
 * Its per-destination channels stay in the ranking, but each is weighed against chance with the
 * source's channel count as the number of tries ({@link ChanceShape}), so they do not compete with
 * beacons.
 *
 * <p>A source is a fan-out when it has at least {@code FanoutMinDestinations} distinct destinations
 * (data channels and failed-attempt series together) and the median connections per destination is
 * at most {@code FanoutMaxMedianConnections}. Failed connections: the failed-attempt series, plus
 * connections of episodes that carried no byte either way. Score: {@code FanoutScoreCeiling x (0.5
 * breadth + 0.5 failed)}, {@code breadth = clamp01(log10(destinations / FanoutMinDestinations) /
 * 2)} (100 times the minimum is full), {@code failed} the failed share of its connections.
 */
final class Fanout {

  static final String ID = "FANOUT";

  private Fanout() {}

  /** One source's touches of its destinations, summed: see {@link #find}. */
  private static final class Tally {
    /** Destinations, kept only for a source with failed-attempt series (which may repeat a channel's). */
    final Set<String> destinations = new HashSet<>();
    int distinctCount;
    final Map<Integer, Long> ports = new HashMap<>();
    final List<String> sample = new ArrayList<>();
    long[] perDestination = new long[16];
    int count;
    long connections;
    long failed;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    String direction;

    void add(ChannelView c, boolean attempt, boolean dedupe) {
      if (!dedupe || destinations.add(c.destination())) {
        distinctCount++;
        if (sample.size() < 8) {
          sample.add(c.destination());
        }
        if (count == perDestination.length) {
          perDestination = Arrays.copyOf(perDestination, count * 2);
        }
        perDestination[count++] = c.connections();
      }
      direction = direction == null ? c.direction().id() : direction;
      connections += c.connections();
      failed += attempt ? c.connections() : payloadless(c.episodes());
      ports.merge(c.port(), c.connections(), Long::sum);
      long[] s = c.span();
      if (c.episodes().size() > 0) {
        first = Math.min(first, s[0]);
        last = Math.max(last, s[1]);
      }
    }
  }

  static long payloadless(EpisodeSeries e) {
    if (!e.bytesKnown()) {
      return 0;
    }
    long n = 0;
    for (int i = 0; i < e.size(); i++) {
      if (e.bytesOut()[i] == 0 && e.bytesIn()[i] == 0) {
        n += e.connections()[i];
      }
    }
    return n;
  }

  /** FANOUT findings, one per fan-out source. */
  static List<Finding> find(List<ChannelView> channels, List<ChannelView> attempts, BeaconTunables t) {
    Map<String, Integer> distinct = new HashMap<>();
    for (List<ChannelView> list : List.of(channels, attempts)) {
      for (ChannelView c : list) {
        distinct.merge(c.host(), 1, Integer::sum);
      }
    }
    Set<String> withAttempts = new HashSet<>();
    for (ChannelView a : attempts) {
      withAttempts.add(a.host());
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (ChannelView c : pass == 0 ? channels : attempts) {
        if (distinct.get(c.host()) >= t.fanoutMinDestinations()) {
          tallies.computeIfAbsent(c.host(), k -> new Tally()).add(c, pass == 1, withAttempts.contains(c.host()));
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      Tally tally = e.getValue();
      if (tally.distinctCount < t.fanoutMinDestinations()) {
        continue;
      }
      long[] per = Arrays.copyOf(tally.perDestination, tally.count);
      Arrays.sort(per);
      double median = per.length % 2 == 1 ? per[per.length / 2] : (per[per.length / 2 - 1] + per[per.length / 2]) / 2.0;
      if (median > t.fanoutMaxMedianConnections()) {
        continue;
      }
      out.add(finding(e.getKey(), tally, median, t));
    }
    return out;
  }

  private static Finding finding(String host, Tally tally, double median, BeaconTunables t) {
    int d = tally.distinctCount;
    double breadth = Math.max(0, Math.min(1, Math.log10((double) d / t.fanoutMinDestinations()) / 2));
    double failed = tally.connections == 0 ? 0 : (double) tally.failed / tally.connections;
    List<Map.Entry<Integer, Long>> ports = new ArrayList<>(tally.ports.entrySet());
    ports.sort(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    int port = ports.isEmpty() ? -1 : ports.get(0).getKey();
    StringBuilder portText = new StringBuilder();
    for (int i = 0; i < Math.min(3, ports.size()); i++) {
      portText.append(i == 0 ? "" : ", ").append(ports.get(i).getKey());
    }
    if (ports.size() > 3) {
      portText.append(" and ").append(ports.size() - 3).append(" more");
    }
    double hours = (tally.last - tally.first) / 3.6e9;
    String counts = String.format(java.util.Locale.ROOT, "%,d distinct destinations, %,d connections (median %s each), %s%% failed, port%s %s, over %s h",
        d, tally.connections, NoteNumbers.fixed(median, 0), NoteNumbers.percent(failed, 0), ports.size() == 1 ? "" : "s",
        portText, NoteNumbers.fixed(hours, 1));
    String title = host + " scanned or fanned out to many hosts: " + counts;
    List<ScorePart> parts = List.of(
        new ScorePart("breadth", breadth, 0.5, String.format(java.util.Locale.ROOT, "%,d distinct destinations (%,d for a fan-out; 100 times that is full)", d, t.fanoutMinDestinations())),
        new ScorePart("failed", failed, 0.5, String.format(java.util.Locale.ROOT, "%,d of %,d connections carried no payload", tally.failed, tally.connections)),
        ScorePart.multiplier("fanout_ceiling", t.fanoutScoreCeiling(), "a scan is context for its channels: ranked under rhythmic findings (FanoutScoreCeiling)"));
    double score = t.fanoutScoreCeiling() * (0.5 * breadth + 0.5 * failed);
    Finding.Evidence evidence = new Finding.Evidence(List.of(), List.of(), 0, tally.connections, 0, null, List.of(),
        List.of(counts, "its per-destination channels are weighed against chance with " + String.format(java.util.Locale.ROOT, "%,d", d)
            + " tries each (the chance modifier)"));
    String minScore = String.format(java.util.Locale.ROOT, "%.2f", Math.floor(score * 100 + 1) / 100);
    return new Finding(ID, List.of("T1046"), title, score,
        Severity.of(score, t.severityMedium(), t.severityHigh(), t.severityCritical()), host, new Finding.Source(host),
        new Finding.Destination(null, null, port, "address", tally.sample, null), null, tally.first, tally.last, d, 0, 0,
        -1, -1, parts, evidence,
        List.of(new Finding.Silencer("FanoutMinDestinations", String.valueOf(d + 1), "--tune FanoutMinDestinations=" + (d + 1)),
            new Finding.Silencer("MinScore", minScore, "--min-score " + minScore)),
        tally.direction, Double.NaN);
  }
}
