package dev.cronhound.core.analytic;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import dev.cronhound.core.rhythm.RhythmScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the finding of a rhythmic channel (a single destination or a rotating family): the rhythm
 * parts, then the modifiers; {@code score = rhythm x product(modifiers)}, {@code rhythmScore =
 * rhythm}.
 */
final class BeaconFinding {

  private BeaconFinding() {}

  static double score(RhythmScore r, List<ScorePart> modifiers) {
    double s = r.score();
    for (ScorePart p : modifiers) {
      s *= p.value();
    }
    return s;
  }

  /** {@code family} is null for a single channel. */
  static Finding of(String analytic, ChannelView c, RhythmScore r, List<ScorePart> modifiers,
      RotatingFamilies.Family family, BeaconTunables t) {
    List<ScorePart> parts = new ArrayList<>(r.parts());
    parts.addAll(modifiers);
    double score = score(r, modifiers);
    Severity severity = Severity.of(score, t.severityMedium(), t.severityHigh(), t.severityCritical());

    List<String> technique = new ArrayList<>(List.of("T1029"));
    if (c.bytesOut() >= 0 && c.bytesOut() > c.bytesIn()) {
      technique.add("T1020");
    }
    if (r.periodSeconds() < 3600) {
      technique.add("T1071");
    }
    String schedule = NetworkBeacon.schedule(r);
    String target = family != null
        ? family.members().size() + " rotating addresses sharing " + family.key()
        : (c.domain() != null ? c.domain() : c.destination()) + ":" + c.port();
    String title = c.host() + " -> " + target + " " + schedule + String.format(Locale.ROOT, ", %d beats", r.episodes());

    List<String> addresses = c.addresses();
    String proxy = c.viaProxy() && !addresses.isEmpty() ? addresses.get(0) : null;
    Finding.Destination dest = family == null
        ? new Finding.Destination(c.address(), c.domain(), c.port(), c.namedBy(), addresses, proxy)
        : new Finding.Destination(c.address(), c.domain(), c.port(), c.namedBy(), addresses, proxy,
            family.key(), family.spans());

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
    if (family != null) {
      notes.add("rotating infrastructure: " + family.members().size() + " addresses sharing " + family.key()
          + ", one after another; scored over their merged beats");
    }
    Finding.Evidence evidence =
        new Finding.Evidence(
            NetworkBeacon.sampleTimes(r.episodeStartsMicros(), t.evidenceBeats()),
            NetworkBeacon.sampleIntervals(r.episodeStartsMicros(), 2 * t.evidenceBeats()),
            r.episodes(),
            c.connections(),
            r.missingFraction(),
            schedule,
            c.logRefs(),
            notes);

    String allowEntry = c.domain() != null ? c.domain() : c.destination();
    String minScore = String.format(Locale.ROOT, "%.2f", Math.floor(score * 100 + 1) / 100);
    List<Finding.Silencer> silence = new ArrayList<>();
    if (family == null) {
      silence.add(new Finding.Silencer("DestIPAllowlist", allowEntry, "--allow-dest " + allowEntry));
    } else {
      for (String a : addresses) {
        silence.add(new Finding.Silencer("DestIPAllowlist", a, "--allow-dest " + a));
      }
    }
    silence.add(new Finding.Silencer("MinScore", minScore, "--min-score " + minScore));

    long[] starts = r.episodeStartsMicros();
    return new Finding(
        analytic,
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
}
