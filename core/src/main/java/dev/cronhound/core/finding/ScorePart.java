package dev.cronhound.core.finding;

/**
 * One named component of a score: its value in [0, 1], the weight it carries in the total (0 when
 * it does not apply, e.g. time of day for a 10-second beacon), and a short note saying what it
 * measured in the field's words.
 */
public record ScorePart(String name, double value, double weight, String note) {

  /** A part that does not apply to this channel; shown for completeness, weighs nothing. */
  public static ScorePart notApplicable(String name, String why) {
    return new ScorePart(name, 0, 0, "n/a: " + why);
  }
}
