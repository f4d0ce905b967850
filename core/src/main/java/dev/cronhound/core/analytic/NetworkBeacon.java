package dev.cronhound.core.analytic;

import dev.cronhound.core.channel.ChannelSeries;
import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.context.KnownServiceModifier;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import dev.cronhound.core.rhythm.RhythmAnalysis;
import dev.cronhound.core.rhythm.RhythmScore;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code BEACON}: a host talking to one destination on a rhythm, seen in network logs alone, in
 * every direction; and around it the network findings that keep noise from competing with beacons:
 * {@code FANOUT} (a scan, {@link Fanout}), {@code RETRY} (failed attempts on a rhythm, {@link
 * RetryAttempts}) and rotating infrastructure (a family of addresses scored as one channel, {@link
 * RotatingFamilies}).
 *
 * <p>The score is the channel's {@link RhythmAnalysis rhythm score} ({@code Finding.rhythmScore})
 * times named multipliers, each a score part with its value and reason: {@code download} ({@link
 * DownloadShape}), {@code time_sync} ({@link TimeSyncShape}), {@code chance} ({@link ChanceShape}:
 * a handful of beats is weighed against what chance gives for that many) and {@code prevalence}
 * ({@link Prevalence}, over the population of the channel's direction), and {@code known_service}
 * ({@code KnownServiceModifier}: vendor automation, {@code docs/known-services.md}) when it matches. Coverage is measured over
 * the time the channel was active within the time its source was observed ({@code
 * ChannelTable.observedSpan}). Destinations in {@code DestIPAllowlist} are not reported.
 *
 * <p>Techniques: T1029 (Scheduled Transfer) always; T1020 (Automated Exfiltration) when more bytes
 * leave than arrive; T1071 (Application Layer Protocol) when the period is under an hour, the
 * shape of a command-and-control heartbeat. See {@code docs/analytics/NetworkBeacon.md}.
 */
public final class NetworkBeacon {

  public static final String ID = "BEACON";

  /**
   * Findings, best first, and what happened to the other channels: scored, silenced by the
   * allowlist, or skipped because their prevalence multiplier alone keeps them below the reporting
   * score (a destination most hosts talk to can never reach it, so its rhythm is not computed);
   * rotating families found (their members are reported once, in the family's finding), fan-out
   * sources and failed-attempt series scored; {@code bestBelow} is the best-scoring channel under the
   * reporting score, as a finding (null when every scored channel reached it or none was scored), so a
   * run with nothing to report can say how close it came.
   */
  public record Result(
      List<Finding> findings, int channels, int scored, int silenced, int belowByPrevalence,
      int families, int fanouts, int retries, Finding bestBelow) {}

  /**
   * The plain inputs of the network analytics: data channels, failed-attempt series, the local
   * hosts seen, when each address was observed, and the table's window.
   */
  public record Input(
      List<ChannelView> channels,
      List<ChannelView> attempts,
      int localHosts,
      Function<String, long[]> observedSpan,
      long windowStartMicros,
      long windowEndMicros) {}

  private NetworkBeacon() {}

  public static Result analyze(
      ChannelTable table, RhythmTunables rhythm, BeaconTunables t, DestinationAllowlist allow) {
    return analyze(table, rhythm, t, allow, 0);
  }

  /**
   * As {@link #analyze(ChannelTable, RhythmTunables, BeaconTunables, DestinationAllowlist)}, but
   * builds findings only for channels scoring at least {@code reportFrom}: the rest are counted as
   * scored, which keeps a capture with hundreds of thousands of channels cheap to rank.
   */
  public static Result analyze(
      ChannelTable table,
      RhythmTunables rhythm,
      BeaconTunables t,
      DestinationAllowlist allow,
      double reportFrom) {
    return analyze(table, rhythm, t, allow, KnownServiceModifier.OFF, reportFrom);
  }

  /** As above, lowering destinations in the known-services list by {@code known}'s {@code known_service} part. */
  public static Result analyze(
      ChannelTable table,
      RhythmTunables rhythm,
      BeaconTunables t,
      DestinationAllowlist allow,
      KnownServiceModifier known,
      double reportFrom) {
    List<ChannelView> channels = new ArrayList<>();
    for (ChannelSeries c : table.channels()) {
      channels.add(ChannelView.of(c));
    }
    List<ChannelView> attempts = new ArrayList<>();
    for (ChannelSeries c : table.attempts()) {
      attempts.add(ChannelView.of(c));
    }
    return analyze(
        new Input(channels, attempts, table.localHosts(), table::observedSpan, table.windowStartMicros(),
            table.windowEndMicros()),
        rhythm, t, allow, known, reportFrom);
  }

  /** The analytics over plain inputs: see the class comment. */
  public static Result analyze(
      Input in, RhythmTunables rhythm, BeaconTunables t, DestinationAllowlist allow, double reportFrom) {
    return analyze(in, rhythm, t, allow, KnownServiceModifier.OFF, reportFrom);
  }

  /** As above, with the {@code known_service} modifier of {@code known}. */
  public static Result analyze(Input in, RhythmTunables rhythm, BeaconTunables t, DestinationAllowlist allow,
      KnownServiceModifier known, double reportFrom) {
    double bestBelowScore = -1;
    Finding bestBelow = null;
    ChannelView bestBelowChannel = null;
    RhythmScore bestBelowRhythm = null;
    List<ScorePart> bestBelowModifiers = null;
    Prevalence prevalence = Prevalence.of(in.channels());
    List<RotatingFamilies.Family> families =
        RotatingFamilies.find(in.channels(), w -> window(in, w), rhythm, t);
    Set<ChannelView> inFamily = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<String, Integer> tries = new HashMap<>();
    for (ChannelView c : in.channels()) {
      tries.merge(c.host(), 1, Integer::sum);
    }
    for (RotatingFamilies.Family f : families) {
      inFamily.addAll(f.members());
      tries.merge(f.merged().host(), 1 - f.members().size(), Integer::sum);
    }
    List<Finding> findings = new ArrayList<>();
    int scored = 0;
    int silenced = 0;
    int belowByPrevalence = 0;
    for (ChannelView c : in.channels()) {
      if (inFamily.contains(c)) {
        continue;
      }
      int h = prevalence.hostsOf(c);
      if (reportFrom > 0 && Prevalence.value(h, in.localHosts(), t) < reportFrom) {
        belowByPrevalence++;
        continue;
      }
      long[] w = window(in, c.host());
      Optional<RhythmScore> r = RhythmAnalysis.analyze(c.episodes(), w[0], w[1], rhythm);
      if (r.isEmpty()) {
        continue;
      }
      scored++;
      if (allow.match(c.domain(), c.addresses()) != null) {
        silenced++;
        continue;
      }
      List<ScorePart> modifiers = modifiers(c, r.get(), h, in.localHosts(), tries.getOrDefault(c.host(), 1), t, known);
      double score = BeaconFinding.score(r.get(), modifiers);
      if (score >= reportFrom) {
        findings.add(BeaconFinding.of(ID, c, r.get(), modifiers, null, t));
      } else if (score > bestBelowScore) {
        bestBelowScore = score;
        bestBelowChannel = c;
        bestBelowRhythm = r.get();
        bestBelowModifiers = modifiers;
      }
    }
    for (RotatingFamilies.Family f : families) {
      ChannelView c = f.merged();
      scored++;
      if (f.members().stream().anyMatch(m -> allow.match(m.domain(), m.addresses()) != null)) {
        silenced++;
        continue;
      }
      int h = f.members().stream().mapToInt(prevalence::hostsOf).max().orElse(1);
      List<ScorePart> modifiers = modifiers(c, f.rhythm(), h, in.localHosts(), tries.getOrDefault(c.host(), 1), t, known);
      if (BeaconFinding.score(f.rhythm(), modifiers) >= reportFrom) {
        findings.add(BeaconFinding.of(ID, c, f.rhythm(), modifiers, f, t));
      }
    }
    List<Finding> fanouts = Fanout.find(in.channels(), in.attempts(), t);
    for (Finding f : fanouts) {
      if (f.score() >= reportFrom) {
        findings.add(f);
      }
    }
    Map<String, Long> completed = new HashMap<>();
    if (!in.attempts().isEmpty()) {
      for (ChannelView c : in.channels()) {
        completed.merge(c.host() + "|" + c.destination(), c.connections(), Long::sum);
      }
    }
    int retries = 0;
    for (ChannelView a : in.attempts()) {
      if (allow.match(a.domain(), a.addresses()) != null) {
        continue;
      }
      long[] w = window(in, a.host());
      Optional<Finding> f = RetryAttempts.finding(a, completed.getOrDefault(a.host() + "|" + a.destination(), 0L),
          w[0], w[1], tries.getOrDefault(a.host(), 1), rhythm, t);
      if (f.isPresent()) {
        retries++;
        if (f.get().score() >= reportFrom) {
          findings.add(f.get());
        }
      }
    }
    findings.sort(
        Comparator.comparingDouble(Finding::score)
            .reversed()
            .thenComparing(Finding::host)
            .thenComparing(f -> String.valueOf(f.destination().domain() == null ? f.destination().ip() : f.destination().domain())));
    if (bestBelowChannel != null) {
      bestBelow = BeaconFinding.of(ID, bestBelowChannel, bestBelowRhythm, bestBelowModifiers, null, t);
    }
    return new Result(findings, in.channels().size(), scored, silenced, belowByPrevalence, families.size(),
        fanouts.size(), retries, bestBelow);
  }

  /** The window a source's channels are measured over: the table's, clipped to when it was observed. */
  static long[] window(Input in, String host) {
    long[] seen = in.observedSpan().apply(host);
    long start = in.windowStartMicros();
    long end = in.windowEndMicros();
    if (seen != null && seen.length == 2 && seen[0] <= seen[1]) {
      start = Math.max(start, seen[0]);
      end = Math.min(end, seen[1]);
    }
    return end < start ? new long[] {in.windowStartMicros(), in.windowEndMicros()} : new long[] {start, end};
  }

  /** download, time_sync, chance, prevalence: in that order, each a named multiplier with its reason. */
  static List<ScorePart> modifiers(ChannelView c, RhythmScore r, int h, int localHosts, int tries, BeaconTunables t,
      KnownServiceModifier known) {
    List<ScorePart> parts = new ArrayList<>(List.of(
        DownloadShape.part(c.bytesOut(), c.bytesIn(), c.episodes(), t),
        TimeSyncShape.part(c.port(), c.connections(), c.bytesOut(), c.bytesIn(), t),
        ChanceShape.part(r, tries, t),
        Prevalence.part(c.direction(), h, localHosts, t)));
    known.part(c.domain(), c.addresses(), c.port()).ifPresent(parts::add);
    return parts;
  }

  /** The prevalence multiplier of {@code destHosts} of {@code hosts} (see {@link Prevalence#value}). */
  static double prevalenceMultiplier(int destHosts, int hosts, BeaconTunables t) {
    return Prevalence.value(destHosts, hosts, t);
  }

  /** "every 5m (jitter 17%)", or "daily at 02:13 UTC" when beats keep the same clock time. */
  static String schedule(RhythmScore r) {
    String every = "every " + PeriodText.duration(r.periodSeconds());
    String jitter = String.format(Locale.ROOT, " (jitter %.0f%%)", 100 * r.jitter());
    if (r.clockSeconds() > 0) {
      double phaseR = r.parts().stream()
          .filter(p -> p.name().equals("time_of_day"))
          .mapToDouble(ScorePart::value)
          .findFirst()
          .orElse(0);
      if (phaseR >= 0.8 && r.clockSeconds() % 86400 == 0) {
        String when = r.clockSeconds() == 86400 ? "daily" : r.clockSeconds() == 604800 ? "weekly"
            : "every " + PeriodText.duration(r.clockSeconds());
        String day = r.clockSeconds() == 604800 ? weekday(r.episodeStartsMicros()) + " " : "";
        return when + " at " + day + PeriodText.clockTime(r.meanPhaseSeconds()) + jitter;
      }
    }
    return every + jitter;
  }

  private static String weekday(long[] startsMicros) {
    long day = Math.floorDiv(startsMicros[startsMicros.length - 1], 86_400_000_000L);
    return java.time.DayOfWeek.of((int) Math.floorMod(day + 3, 7L) + 1)
        .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT);
  }

  static List<Long> sampleTimes(long[] starts, int each) {
    List<Long> out = new ArrayList<>();
    if (starts.length <= 2 * each) {
      for (long s : starts) {
        out.add(s);
      }
      return out;
    }
    for (int i = 0; i < each; i++) {
      out.add(starts[i]);
    }
    for (int i = starts.length - each; i < starts.length; i++) {
      out.add(starts[i]);
    }
    return out;
  }

  static List<Double> sampleIntervals(long[] starts, int max) {
    List<Double> out = new ArrayList<>();
    for (int i = 1; i < starts.length && out.size() < max; i++) {
      out.add((starts[i] - starts[i - 1]) / 1e6);
    }
    return out;
  }
}
