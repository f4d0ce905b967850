package dev.cronhound.core.finding;

import java.util.Locale;

/** How urgently an analyst should look, derived from the score by thresholds. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Maps a score to a severity with the given lower bounds for medium, high and critical. */
  public static Severity of(double score, double medium, double high, double critical) {
    if (score >= critical) {
      return CRITICAL;
    }
    if (score >= high) {
      return HIGH;
    }
    return score >= medium ? MEDIUM : LOW;
  }
}
