package dev.cronhound.core.analytic;

import dev.cronhound.core.event.JobTrigger;
import java.util.ArrayList;
import java.util.List;

/** A task definition's triggers in one line: {@code time from 2026-01-05T00:00:00, every 1h}. */
final class TriggerText {

  private TriggerText() {}

  static String of(List<JobTrigger> triggers) {
    if (triggers.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (JobTrigger t : triggers) {
      StringBuilder b = new StringBuilder(t.kind() == null ? "trigger" : t.kind());
      if (t.start() != null) {
        b.append(" from ").append(t.start());
      }
      if (t.periodSeconds() > 0) {
        b.append(", every ").append(PeriodText.duration(t.periodSeconds()));
      }
      if (t.detail() != null) {
        b.append(" (").append(t.detail()).append(')');
      }
      parts.add(b.toString());
    }
    return String.join("; ", parts);
  }
}
