package dev.cronhound.core.rhythm;

import dev.cronhound.core.finding.ScorePart;
import java.util.List;

/**
 * How regular one channel's beats are, and why.
 *
 * @param score weighted mean of the applicable parts, in [0, 1]
 * @param periodSeconds the estimated period
 * @param jitter median absolute deviation of intervals, as a fraction of the period
 * @param missingFraction share of expected beats that did not happen between first and last beat
 * @param episodes beats after burst coalescing
 * @param connections connections across those beats
 * @param clockSeconds the clock on which phase concentration was measured (0 when not applicable)
 * @param meanPhaseSeconds the typical phase on that clock (e.g. seconds after midnight UTC)
 * @param parts every part, applicable or not, in a fixed order
 * @param episodeStartsMicros beat start times, epoch microseconds, ascending; may share the analysed
 *     series' array, so treat it as read-only
 */
public record RhythmScore(
    double score,
    double periodSeconds,
    double jitter,
    double missingFraction,
    int episodes,
    long connections,
    double clockSeconds,
    double meanPhaseSeconds,
    List<ScorePart> parts,
    long[] episodeStartsMicros) {

  public RhythmScore {
    parts = List.copyOf(parts);
  }
}
