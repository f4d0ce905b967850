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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code BEACON}: a host talking to one outbound destination on a rhythm, seen in network logs
 * alone. The score is the channel's {@link RhythmAnalysis rhythm score} times a prevalence
 * multiplier, {@code 1 - PrevalenceWeight * (h - 1) / (H - 1)} where h hosts talk to the destination
 * out of H: a destination every host talks to (updates, NTP) is automation of the estate, not of
 * an intruder; times {@code download}, {@code 1 - BeaconDownloadDiscount * clamp((0.5 - out / (out +
 * in)) / 0.3)}: a channel that mostly receives is an update check or a download, not a transfer out;
 * times {@code time_sync}, {@code 1 - BeaconTimeSyncDiscount} for an NTP-shaped channel (port 123, at
 * most 100 bytes each way per connection), whose clients poll on a fixed schedule by design; times
 * {@code known_service}, {@code 1 - KnownServiceDiscount} for a destination in the known-services
 * list (vendor automation: {@code docs/known-services.md}). Destinations in {@code DestIPAllowlist} are not reported.
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
   * {@code bestBelow} is the best-scoring channel under the reporting score, as a finding (null when
   * every scored channel reached it or none was scored), so a run with nothing to report can say how
   * close it came.
   */
  public record Result(
      List<Finding> findings, int channels, int scored, int silenced, int belowByPrevalence, Finding bestBelow) {

    public Result(List<Finding> findings, int channels, int scored, int silenced, int belowByPrevalence) {
      this(findings, channels, scored, silenced, belowByPrevalence, null);
    }
  }

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
    Map<String, Integer> prevalence = table.hostsPerDestination();
    int hosts = table.hosts();
    List<Finding> findings = new ArrayList<>();
    int scored = 0;
    int silenced = 0;
    List<ChannelSeries> channels = table.channels();
    int belowByPrevalence = 0;
    double bestBelowScore = -1;
    ChannelSeries bestBelow = null;
    RhythmScore bestBelowRhythm = null;
    Optional<ScorePart> bestBelowKnown = Optional.empty();
    for (ChannelSeries c : channels) {
      int destHosts = prevalence.getOrDefault(c.destination(), 1);
      double multiplier = prevalenceMultiplier(destHosts, hosts, t);
      if (reportFrom > 0 && multiplier < reportFrom) {
        belowByPrevalence++;
        continue;
      }
      Optional<RhythmScore> r =
          RhythmAnalysis.analyze(c.episodes(), table.windowStartMicros(), table.windowEndMicros(), rhythm);
      if (r.isEmpty()) {
        continue;
      }
      scored++;
      if (allow.match(c.domain(), c.addresses()) != null) {
        silenced++;
        continue;
      }
      Optional<ScorePart> knownPart = known.part(c.domain(), c.addresses(), c.commonPort());
      double knownFactor = knownPart.map(ScorePart::value).orElse(1.0);
      double score = r.get().score() * multiplier * download(c, t).value() * timeSync(c, t).value() * knownFactor;
      if (score >= reportFrom) {
        findings.add(finding(c, r.get(), destHosts, hosts, t, knownPart));
      } else if (score > bestBelowScore) {
        bestBelowScore = score;
        bestBelow = c;
        bestBelowRhythm = r.get();
        bestBelowKnown = knownPart;
      }
    }
    findings.sort(
        Comparator.comparingDouble(Finding::score)
            .reversed()
            .thenComparing(Finding::host)
            .thenComparing(f -> f.destination().domain() == null ? f.destination().ip() : f.destination().domain()));
    Finding below = bestBelow == null ? null
        : finding(bestBelow, bestBelowRhythm, prevalence.getOrDefault(bestBelow.destination(), 1), hosts, t,
            bestBelowKnown);
    return new Result(findings, channels.size(), scored, silenced, belowByPrevalence, below);
  }

  /** Lowers a channel that mostly receives: {@code 1 - BeaconDownloadDiscount * clamp((0.5 - share) / 0.3)}. */
  static ScorePart download(ChannelSeries c, BeaconTunables t) {
    long out = c.bytesOut();
    long in = c.bytesIn();
    if (out < 0 || in < 0) {
      return ScorePart.multiplier("download", 1, "bytes unset in the flow log for some connections: not weighed");
    }
    double d = Math.max(0, Math.min(1, (0.5 - UploadShare.share(out, in)) / 0.3));
    return ScorePart.multiplier("download", 1 - t.beaconDownloadDiscount() * d,
        UploadShare.note(out, in, "over the channel") + (d > 0 ? ": it mostly receives (an update check, a download)" : ""));
  }

  /** Lowers an NTP-shaped channel: port 123, at most 100 bytes each way per connection. */
  static ScorePart timeSync(ChannelSeries c, BeaconTunables t) {
    long n = Math.max(1, c.connections());
    boolean ntp = c.commonPort() == 123 && c.bytesOut() >= 0 && c.bytesIn() >= 0
        && c.bytesOut() / n <= 100 && c.bytesIn() / n <= 100;
    return ScorePart.multiplier("time_sync", ntp ? 1 - t.beaconTimeSyncDiscount() : 1,
        ntp ? "NTP-shaped (port 123, " + c.bytesOut() / n + " B out per connection): time clients poll on a fixed schedule"
            : "not NTP-shaped");
  }

  static double prevalenceMultiplier(int destHosts, int hosts, BeaconTunables t) {
    double share = hosts <= 1 ? 0 : (double) (destHosts - 1) / (hosts - 1);
    return 1 - t.prevalenceWeight() * share;
  }

  static Finding finding(
      ChannelSeries c, RhythmScore r, int destHosts, int hosts, BeaconTunables t, Optional<ScorePart> known) {
    double multiplier = prevalenceMultiplier(destHosts, hosts, t);
    List<ScorePart> parts = new ArrayList<>(r.parts());
    ScorePart download = download(c, t);
    ScorePart timeSync = timeSync(c, t);
    parts.add(download);
    parts.add(timeSync);
    parts.add(
        ScorePart.multiplier(
            "prevalence",
            multiplier,
            String.format(Locale.ROOT, "%d of %d hosts talk to this destination", destHosts, hosts)));
    known.ifPresent(parts::add);
    double score = r.score() * multiplier * download.value() * timeSync.value() * known.map(ScorePart::value).orElse(1.0);
    Severity severity = Severity.of(score, t.severityMedium(), t.severityHigh(), t.severityCritical());

    List<String> technique = new ArrayList<>(List.of("T1029"));
    if (c.bytesOut() >= 0 && c.bytesOut() > c.bytesIn()) {
      technique.add("T1020");
    }
    if (r.periodSeconds() < 3600) {
      technique.add("T1071");
    }
    String schedule = schedule(r);
    String target = (c.domain() != null ? c.domain() : c.destination()) + ":" + c.commonPort();
    String title = c.host() + " -> " + target + " " + schedule
        + String.format(Locale.ROOT, ", %d beats", r.episodes());

    List<String> addresses = c.addresses();
    String proxy = c.viaProxy() && !addresses.isEmpty() ? addresses.get(0) : null;
    Finding.Destination dest =
        new Finding.Destination(
            addresses.isEmpty() ? null : addresses.get(0),
            c.domain(),
            c.commonPort(),
            c.namedBy().id(),
            addresses,
            proxy);

    List<String> notes = new ArrayList<>();
    if (c.bytesOut() < 0) {
      notes.add("bytes unknown for some connections (unset in the flow log)");
    }
    if (c.notStored() > 0) {
      notes.add(c.notStored() + " later episodes not stored (MaxEpisodesPerChannel)");
    }
    if (proxy != null) {
      notes.add("through proxy " + proxy + ", destination named by the HTTP Host header");
    }
    Finding.Evidence evidence =
        new Finding.Evidence(
            sampleTimes(r.episodeStartsMicros(), t.evidenceBeats()),
            sampleIntervals(r.episodeStartsMicros(), 2 * t.evidenceBeats()),
            r.episodes(),
            c.connections(),
            r.missingFraction(),
            schedule,
            c.logRefs().stream().map(Object::toString).toList(),
            notes);

    String allowEntry = c.domain() != null ? c.domain() : c.destination();
    List<Finding.Silencer> silence =
        List.of(
            new Finding.Silencer(
                "DestIPAllowlist", allowEntry, "--allow-dest " + allowEntry),
            new Finding.Silencer(
                "MinScore",
                String.format(Locale.ROOT, "%.2f", Math.floor(score * 100 + 1) / 100),
                String.format(Locale.ROOT, "--min-score %.2f", Math.floor(score * 100 + 1) / 100)));

    long[] starts = r.episodeStartsMicros();
    return new Finding(
        ID,
        technique,
        title,
        score,
        severity,
        c.host(),
        new Finding.Source(c.host()),
        dest,
        null,
        starts[0],
        starts[starts.length - 1],
        r.episodes(),
        r.periodSeconds(),
        r.jitter(),
        c.bytesOut(),
        c.bytesIn(),
        parts,
        evidence,
        silence,
        c.direction().id(),
        r.score());
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
