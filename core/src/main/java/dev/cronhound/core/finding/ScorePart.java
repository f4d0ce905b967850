package dev.cronhound.core.finding;

/**
 * One named component of a score: its value in [0, 1], how it enters the total ({@link Role}), the
 * weight it carries when it is weighted, and a short note saying what it measured.
 */
public record ScorePart(String name, double value, double weight, Role role, String note) {

  /** How a part enters the score. */
  public enum Role {
    /** Averaged with the other weighted parts by {@code weight}. */
    WEIGHTED,
    /** Multiplies the weighted mean (context such as prevalence). */
    MULTIPLIER,
    /** Shown for completeness; does not enter the score. */
    NOT_APPLICABLE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ScorePart(String name, double value, double weight, String note) {
    this(name, value, weight, Role.WEIGHTED, note);
  }

  public static ScorePart multiplier(String name, double value, String note) {
    return new ScorePart(name, value, 0, Role.MULTIPLIER, note);
  }

  /** A part that does not apply to this channel; shown for completeness, weighs nothing. */
  public static ScorePart notApplicable(String name, String why) {
    return new ScorePart(name, 0, 0, Role.NOT_APPLICABLE, why);
  }
}
