package dev.cronhound.core.analytic;

import dev.cronhound.core.channel.ChannelSeries;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.net.IpLiteral;
import dev.cronhound.core.rhythm.EpisodeSeries;
import dev.cronhound.core.rhythm.RhythmAnalysis;
import dev.cronhound.core.rhythm.RhythmScore;
import dev.cronhound.core.rhythm.RhythmTunables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rotating infrastructure: one source's rhythmic traffic to a family of addresses that share what
 * stays constant when the C2 moves, scored as one channel over the members' merged beats.
 *
 * <p>Candidates: one source's channels of one direction with at least {@code FamilyMinMemberBeats}
 * beats. Keys, tried in this order (a channel joins at most one family): the traits {@code sni},
 * {@code http_host}, {@code uri_shape}, {@code user_agent} (strong: they name the service), then
 * {@code ja3}, the address's /24 with the port, and the port alone (weak: a browser's JA3 or port 443
 * is shared by everything it talks to). A group of two or more is a family when
 *
 * <ol>
 *   <li>its members follow one another: the time members overlap, {@code (sum of member spans - span
 *       of their union) / sum of member spans}, is at most {@code FamilyMaxOverlap} (browsing talks to
 *       many sites at once; rotation is a sequence);
 *   <li>for a weak key, each member is short-lived: active at most {@code FamilyMaxMemberShare} of the
 *       family's span (a long-lived channel is its own channel, not one hop of a rotation);
 *   <li>the merged beats are themselves rhythmic: rhythm score at least {@code FamilyMinRhythm}, and
 *       no more than 0.05 under the best member's own (merging must not hide a clean beacon).
 * </ol>
 *
 * A member's span is its first to last beat. Same beats split among k addresses in sequence give the
 * merged series of the unsplit channel, so the family scores as that channel would.
 */
final class RotatingFamilies {

  private static final List<String> STRONG = List.of("sni", "http_host", "uri_shape", "user_agent");
  private static final double MERGE_TOLERANCE = 0.05;

  /** A family: what its members share, the members, their merged channel and its rhythm, each address's span. */
  record Family(String key, List<ChannelView> members, ChannelView merged, RhythmScore rhythm,
      List<Finding.AddressSpan> spans) {}

  private RotatingFamilies() {}

  /** Families among {@code channels}; {@code window} gives each source's measuring window. */
  static List<Family> find(List<ChannelView> channels, Function<String, long[]> window, RhythmTunables rhythm,
      BeaconTunables t) {
    Map<String, List<ChannelView>> bySource = new LinkedHashMap<>();
    for (ChannelView c : channels) {
      if (c.beats() >= t.familyMinMemberBeats()) {
        bySource.computeIfAbsent(c.host() + "|" + c.direction(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Family> out = new ArrayList<>();
    for (List<ChannelView> mine : bySource.values()) {
      if (mine.size() >= 2) {
        out.addAll(ofSource(mine, window.apply(mine.get(0).host()), rhythm, t));
      }
    }
    return out;
  }

  static List<Family> ofSource(List<ChannelView> mine, long[] window, RhythmTunables rhythm, BeaconTunables t) {
    List<Family> out = new ArrayList<>();
    List<ChannelView> left = new ArrayList<>(mine);
    List<String> kinds = new ArrayList<>(STRONG);
    kinds.add("ja3");
    kinds.add("/24");
    kinds.add("port");
    for (String kind : kinds) {
      Map<String, List<ChannelView>> groups = new LinkedHashMap<>();
      for (ChannelView c : left) {
        String v = keyOf(kind, c);
        if (v != null) {
          groups.computeIfAbsent(v, k -> new ArrayList<>()).add(c);
        }
      }
      for (Map.Entry<String, List<ChannelView>> g : groups.entrySet()) {
        if (g.getValue().size() < 2) {
          continue;
        }
        Optional<Family> f = family(g.getKey(), !STRONG.contains(kind), g.getValue(), window, rhythm, t);
        if (f.isPresent()) {
          out.add(f.get());
          left.removeAll(f.get().members());
        }
      }
    }
    return out;
  }

  /** The family key of {@code c} by {@code kind}, or null when it has none. */
  static String keyOf(String kind, ChannelView c) {
    switch (kind) {
      case "port":
        return c.port() < 0 ? null : "port " + c.port();
      case "/24": {
        String a = c.address();
        int v4 = a == null ? -1 : IpLiteral.parseV4Int(a);
        if (v4 == -1 || c.port() < 0) {
          return null;
        }
        int net = v4 & 0xffffff00;
        return "/24 " + (net >>> 24) + "." + ((net >>> 16) & 255) + "." + ((net >>> 8) & 255) + ".0 port " + c.port();
      }
      default: {
        String v = c.traits().get(kind);
        return v == null || v.equals(ChannelSeries.MIXED) ? null : kind + " " + v;
      }
    }
  }

  static Optional<Family> family(String key, boolean weak, List<ChannelView> members, long[] window,
      RhythmTunables rhythm, BeaconTunables t) {
    List<ChannelView> sorted = new ArrayList<>(members);
    Map<ChannelView, long[]> spans = new java.util.IdentityHashMap<>();
    for (ChannelView c : sorted) {
      spans.put(c, c.span());
    }
    sorted.sort(Comparator.comparingLong(c -> spans.get(c)[0]));
    if (overlap(sorted.stream().map(spans::get).toList()) > t.familyMaxOverlap()) {
      return Optional.empty();
    }
    long first = spans.get(sorted.get(0))[0];
    long last = sorted.stream().mapToLong(c -> spans.get(c)[1]).max().orElse(first);
    if (weak) {
      double familySpan = last - first;
      for (ChannelView c : sorted) {
        long[] s = spans.get(c);
        if (s[1] - s[0] > t.familyMaxMemberShare() * familySpan) {
          return Optional.empty();
        }
      }
    }
    ChannelView merged = merge(key, sorted);
    Optional<RhythmScore> r = RhythmAnalysis.analyze(merged.episodes(), window[0], window[1], rhythm);
    if (r.isEmpty() || r.get().score() < t.familyMinRhythm()) {
      return Optional.empty();
    }
    double best = 0;
    for (ChannelView c : sorted) {
      Optional<RhythmScore> own = RhythmAnalysis.analyze(c.episodes(), window[0], window[1], rhythm);
      if (own.isPresent()) {
        best = Math.max(best, own.get().score());
      }
    }
    if (r.get().score() < best - MERGE_TOLERANCE) {
      return Optional.empty();
    }
    List<Finding.AddressSpan> out = new ArrayList<>();
    for (ChannelView c : sorted) {
      long[] s = spans.get(c);
      out.add(new Finding.AddressSpan(c.address() != null ? c.address() : c.destination(), c.port(), s[0], s[1],
          c.episodes().size()));
    }
    return Optional.of(new Family(key, List.copyOf(sorted), merged, r.get(), out));
  }

  /** The share of member time that overlaps another member: {@code (sum - union) / sum}; spans sorted by start. */
  static double overlap(List<long[]> sortedSpans) {
    double sum = 0;
    double union = 0;
    long curStart = Long.MIN_VALUE;
    long curEnd = Long.MIN_VALUE;
    for (long[] s : sortedSpans) {
      sum += s[1] - s[0];
      if (s[0] > curEnd) {
        if (curEnd > curStart) {
          union += curEnd - curStart;
        }
        curStart = s[0];
        curEnd = s[1];
      } else {
        curEnd = Math.max(curEnd, s[1]);
      }
    }
    if (curEnd > curStart) {
      union += curEnd - curStart;
    }
    return sum <= 0 ? 0 : Math.max(0, (sum - union) / sum);
  }

  /** One channel of the members' beats, addresses in order of first beat, port the most used. */
  static ChannelView merge(String key, List<ChannelView> members) {
    int n = 0;
    for (ChannelView c : members) {
      n += c.episodes().size();
    }
    long[] st = new long[n];
    long[] en = new long[n];
    long[] bo = new long[n];
    long[] bi = new long[n];
    int[] cn = new int[n];
    int at = 0;
    boolean known = true;
    long conns = 0;
    long out = 0;
    long in = 0;
    long notStored = 0;
    Map<Integer, Long> byPort = new HashMap<>();
    List<String> addresses = new ArrayList<>();
    for (ChannelView c : members) {
      EpisodeSeries e = c.episodes();
      int k = e.size();
      System.arraycopy(e.startMicros(), 0, st, at, k);
      System.arraycopy(e.endMicros(), 0, en, at, k);
      System.arraycopy(e.bytesOut(), 0, bo, at, k);
      System.arraycopy(e.bytesIn(), 0, bi, at, k);
      System.arraycopy(e.connections(), 0, cn, at, k);
      at += k;
      known &= e.bytesKnown() && c.bytesOut() >= 0 && c.bytesIn() >= 0;
      conns += c.connections();
      out += Math.max(0, c.bytesOut());
      in += Math.max(0, c.bytesIn());
      notStored += c.notStored();
      byPort.merge(c.port(), c.connections(), Long::sum);
      for (String a : c.addresses()) {
        if (!addresses.contains(a)) {
          addresses.add(a);
        }
      }
    }
    int port = byPort.entrySet().stream()
        .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(-1);
    ChannelView first = members.get(0);
    ChannelView last = members.get(members.size() - 1);
    List<String> refs = new ArrayList<>(first.logRefs().subList(0, Math.min(2, first.logRefs().size())));
    if (!last.logRefs().isEmpty()) {
      refs.add(last.logRefs().get(last.logRefs().size() - 1));
    }
    String domain = key.startsWith("sni ") || key.startsWith("http_host ") ? key.substring(key.indexOf(' ') + 1) : null;
    EpisodeSeries merged = new EpisodeSeries(st, en, bo, bi, cn, known);
    return new ChannelView(first.host(), "family " + key, domain, first.namedBy(), addresses, false, port, conns,
        known ? out : -1, known ? in : -1, notStored, refs, first.direction(), Map.of(), merged);
  }
}
