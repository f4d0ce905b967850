package dev.cronhound.core.analytic;

import dev.cronhound.core.finding.NoteNumbers;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.rhythm.ChanceRegularity;
import dev.cronhound.core.rhythm.RhythmScore;

/**
 * The {@code chance} multiplier: how far a channel's beats are from what chance gives for that many
 * beats. {@code e = -log10 q} from {@link ChanceRegularity} (q: the chance that random times are at
 * least this close to the period grid), less {@code log10(tries)}, the source's channels (among
 * 20,000 random channels of a scanning host, one is expected at {@code q = 1/20,000}: Bonferroni);
 * {@code value = clamp01((e - log10 tries) / ChanceFullEvidence)}. A real beacon of a few dozen beats
 * has 8 to hundreds of decades and keeps 1; a handful of random beats has well under one.
 */
final class ChanceShape {

  private ChanceShape() {}

  static ScorePart part(RhythmScore r, int tries, BeaconTunables t) {
    double e = ChanceRegularity.evidenceLog10(r.episodeStartsMicros(), r.periodSeconds(), t.chanceResolutionSeconds());
    double net = e - Math.log10(Math.max(1, tries));
    double value = Math.max(0, Math.min(1, net / t.chanceFullEvidence()));
    return ScorePart.multiplier("chance", value,
        r.episodes() + " beats this close to the period grid: 1 in 10^" + NoteNumbers.fixed(e, 1)
            + " random series; " + tries + (tries == 1 ? " channel" : " channels") + " of this source, "
            + NoteNumbers.fixed(net, 1) + " decades net (" + NoteNumbers.fixed(t.chanceFullEvidence(), 1) + " for full)");
  }
}
