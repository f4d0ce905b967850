package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.core.finding.Finding;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Why a run reported nothing, when no filter left out much of its input: each rule a pure function
 * of the result, tried in the order of {@link ResultCause#NO_FINDING}.
 */
final class NoFindingRules {

  private NoFindingRules() {}

  /** Nothing could be read at all. */
  static Optional<String> nothingRead(HuntResult r, HuntSettings s) {
    if (r.read().totalRecords() > 0) {
      return Optional.empty();
    }
    return Optional.of("nothing read: no input could be read as a log cronhound reads ('cronhound formats' lists them)");
  }

  /** Records, but no flow and no endpoint connection to build a channel from. */
  static Optional<String> noFlows(HuntResult r, HuntSettings s) {
    if (ResultCause.flowsSeen(r) > 0 || endpointChannels(r) > 0) {
      return Optional.empty();
    }
    StringBuilder held = new StringBuilder();
    for (Map.Entry<String, Long> e : r.read().recordsByFormat().entrySet()) {
      held.append(held.length() == 0 ? "" : ", ").append(TerminalText.safe(e.getKey(), 40)).append(' ')
          .append(CountText.of(e.getValue())).append(e.getValue() == 1 ? " record" : " records");
    }
    return Optional.of("no flows read: the inputs held only " + held
        + "; channels are built from Zeek conn, http or ssl logs, or endpoint connection events: add those logs");
  }

  /** Channels, none scored: too few beats (or so prevalent that they could not reach the minimum). */
  static Optional<String> nothingScored(HuntResult r, HuntSettings s) {
    int channels = r.channels() + endpointChannels(r);
    int scored = r.scored() + (r.endpoint() == null ? 0 : r.endpoint().scored());
    if (channels == 0 || scored > 0) {
      return Optional.empty();
    }
    int prevalent = r.belowByPrevalence();
    int shortOnes = channels - prevalent;
    String beats = "fewer than MinEpisodes=" + s.rhythm().minEpisodes() + " beats";
    String tooPrevalent = "so many hosts talk to their destinations that prevalence alone keeps them under "
        + score(s.minScore()) + " (--tune PrevalenceWeight=0 scores them)";
    if (prevalent == 0) {
      return Optional.of((channels == 1 ? "the only channel had " : "all " + CountText.of(channels) + " channels had ")
          + beats + ": a longer capture, or --tune MinEpisodes=N (at least 3), scores them");
    }
    if (shortOnes == 0) {
      return Optional.of("all " + CountText.of(channels) + " channels: " + tooPrevalent);
    }
    return Optional.of(CountText.of(shortOnes) + " of " + CountText.of(channels) + " channels had " + beats
        + " (--tune MinEpisodes=N lowers it), the other " + CountText.of(prevalent) + ": " + tooPrevalent);
  }

  /** Everything scored was silenced by the allowlist or the baseline. */
  static Optional<String> allSilenced(HuntResult r, HuntSettings s) {
    HuntResult.Endpoint e = r.endpoint();
    int scored = r.scored() + (e == null ? 0 : e.scored());
    int allowed = r.silenced() + (e == null ? 0 : e.silencedByAllowlist());
    int baselined = e == null ? 0 : e.silencedByBaseline();
    if (scored == 0 || allowed + baselined < scored) {
      return Optional.empty();
    }
    String by = baselined == 0 ? "DestIPAllowlist (--allow-dest, --allowlist)"
        : allowed == 0 ? "ParentProcessBaseline (--baseline, --baseline-file)"
        : "DestIPAllowlist and ParentProcessBaseline (--allow-dest, --allowlist, --baseline, --baseline-file)";
    return Optional.of((scored == 1 ? "the only scored channel is" : "all " + CountText.of(scored) + " scored channels are")
        + " silenced by " + by + ": remove entries to see them");
  }

  /** Scored channels, the best under the minimum score: how close, and the flag that shows it. */
  static Optional<String> bestBelow(HuntResult r, HuntSettings s) {
    Finding b = r.bestBelow();
    if (b == null) {
      return Optional.empty();
    }
    // Rounded down, so --min-score with it shows the finding.
    String score = String.format(Locale.ROOT, "%.2f", Math.floor(b.score() * 100) / 100);
    return Optional.of("no finding at or above " + score(s.minScore()) + "; the best scored " + score + " ("
        + TerminalText.safe(b.host(), 80) + " -> " + FindingTable.destination(b.destination()) + "): --min-score "
        + score + " shows it");
  }

  /** The last resort: says only what the threshold was. */
  static Optional<String> belowMinimum(HuntResult r, HuntSettings s) {
    return Optional.of("no finding at or above " + score(s.minScore()));
  }

  private static int endpointChannels(HuntResult r) {
    return r.endpoint() == null || r.endpoint().state() == null ? 0 : r.endpoint().state().channels();
  }

  private static String score(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
