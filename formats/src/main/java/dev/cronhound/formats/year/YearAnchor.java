package dev.cronhound.formats.year;

/**
 * Chooses the year of the first year-less stamp of a file (later stamps continue from it, across
 * new year: {@code SyslogTime}). One per file or chain of rotated files; {@link YearEvidence#forFile}
 * makes the ones the engine uses.
 */
@FunctionalInterface
public interface YearAnchor {

  /** No evidence at all: every year-less stamp is reported, not guessed. */
  YearAnchor NONE = (stamp, host) -> null;

  /**
   * The year of {@code first}, the first year-less stamp read, written by {@code host} (the line's
   * host field, or null), or null when nothing says which year it is.
   */
  AnchoredYear anchor(YearlessStamp first, String host);
}
