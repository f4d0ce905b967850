package dev.cronhound.core.analytic;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import dev.cronhound.core.rhythm.RhythmAnalysis;
import dev.cronhound.core.rhythm.RhythmScore;
import dev.cronhound.core.rhythm.RhythmTunables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code RETRY}: a host that keeps trying one peer on a rhythm and does not get through: a series of
 * failed attempts (connections that never carried payload, Zeek {@code S0}, {@code REJ}, ...), kept
 * apart from the data channels. A C2 or exfiltration tool that keeps trying is as telling as one
 * that gets through. Score: the attempts' rhythm ({@link RhythmAnalysis}) times {@code chance}
 * ({@link ChanceShape}); no byte moved, so no download or prevalence context. The title says how many
 * attempts, how often, and how many connections to the same peer did complete.
 *
 * <p>Techniques: T1029 (the schedule), T1071 when the period is under an hour.
 */
final class RetryAttempts {

  static final String ID = "RETRY";

  private RetryAttempts() {}

  /**
   * The finding of one attempts series, or empty when it has too few beats to score; {@code
   * completed} is the connections the same source completed to the same destination.
   */
  static Optional<Finding> finding(ChannelView a, long completed, long windowStart, long windowEnd, int tries,
      RhythmTunables rhythm, BeaconTunables t) {
    Optional<RhythmScore> scored = RhythmAnalysis.analyze(a.episodes(), windowStart, windowEnd, rhythm);
    if (scored.isEmpty()) {
      return Optional.empty();
    }
    RhythmScore r = scored.get();
    ScorePart chance = ChanceShape.part(r, tries, t);
    List<ScorePart> parts = new ArrayList<>(r.parts());
    parts.add(chance);
    double score = r.score() * chance.value();
    String schedule = NetworkBeacon.schedule(r);
    String target = (a.domain() != null ? a.domain() : a.destination()) + ":" + a.port();
    String done = completed == 0 ? "none completed" : completed + " completed connection" + (completed == 1 ? "" : "s") + " to it";
    String title = String.format(Locale.ROOT, "%s -> %s keeps trying: %d failed attempts %s, %s",
        a.host(), target, a.connections(), schedule, done);
    List<String> technique = new ArrayList<>(List.of("T1029"));
    if (r.periodSeconds() < 3600) {
      technique.add("T1071");
    }
    Finding.Evidence evidence = new Finding.Evidence(
        NetworkBeacon.sampleTimes(r.episodeStartsMicros(), t.evidenceBeats()),
        NetworkBeacon.sampleIntervals(r.episodeStartsMicros(), 2 * t.evidenceBeats()),
        r.episodes(), a.connections(), r.missingFraction(), schedule, a.logRefs(),
        List.of("failed attempts (no payload either way: S0, REJ, ...), kept apart from data channels; " + done));
    String allowEntry = a.domain() != null ? a.domain() : a.destination();
    String minScore = String.format(Locale.ROOT, "%.2f", Math.floor(score * 100 + 1) / 100);
    long[] starts = r.episodeStartsMicros();
    return Optional.of(new Finding(ID, technique, title, score,
        Severity.of(score, t.severityMedium(), t.severityHigh(), t.severityCritical()), a.host(),
        new Finding.Source(a.host()),
        new Finding.Destination(a.address(), a.domain(), a.port(), a.namedBy(), a.addresses(), null), null,
        starts[0], starts[starts.length - 1], r.episodes(), r.periodSeconds(), r.jitter(), a.bytesOut(), a.bytesIn(),
        parts, evidence,
        List.of(new Finding.Silencer("DestIPAllowlist", allowEntry, "--allow-dest " + allowEntry),
            new Finding.Silencer("MinScore", minScore, "--min-score " + minScore)),
        a.direction().id(), r.score()));
  }
}
