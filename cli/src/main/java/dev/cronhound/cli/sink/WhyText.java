package dev.cronhound.cli.sink;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.NoteNumbers;
import dev.cronhound.core.finding.ScorePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table's short "why" of a finding, the top of its score: the schedule without its jitter
 * ({@code every 5m}, {@code daily at 02:13 UTC}), the beats, and the modifier that lowered the score
 * most, by short name and value ({@code prev 0.41}); the full parts are in the JSON finding.
 */
final class WhyText {

  /** Short names of the modifiers the table names; any other is shown by its own name. */
  private static final Map<String, String> SHORT = Map.of(
      "prevalence", "prev",
      "download", "down",
      "time_sync", "ntp",
      "known_service", "known");

  private WhyText() {}

  /** The pieces, each but the last ending in a comma, so they wrap between pieces. */
  static List<String> pieces(Finding f) {
    List<String> parts = new ArrayList<>();
    String schedule = f.evidence() == null ? null : f.evidence().schedule();
    if (schedule != null && !schedule.isBlank()) {
      parts.add(TerminalText.escape(schedule.replaceFirst(" \\(jitter [^)]*\\)$", "")));
    }
    parts.add(CountText.of(f.count()) + (f.count() == 1 ? " beat" : " beats"));
    ScorePart lowest = null;
    for (ScorePart p : f.scoreParts()) {
      if (p.role() == ScorePart.Role.MULTIPLIER && p.value() < 1 && (lowest == null || p.value() < lowest.value())) {
        lowest = p;
      }
    }
    if (lowest != null) {
      parts.add(TerminalText.escape(SHORT.getOrDefault(lowest.name(), lowest.name())) + " "
          + NoteNumbers.fixed(lowest.value(), 2));
    }
    for (int i = 0; i + 1 < parts.size(); i++) {
      parts.set(i, parts.get(i) + ",");
    }
    return parts;
  }
}
