package dev.cronhound.formats.year;

/**
 * The year given to the first year-less stamp of a file (or of a chain of rotated files), and why.
 *
 * @param year the year
 * @param reason where it came from, for people: {@code from --year}, {@code from audit records of
 *     web01}, {@code from the file's modification time (2026-01-08)}, {@code from the clock
 *     (2026-12-04)}
 * @param fromClock true when nothing in the data said and the clock decided: the run warns
 */
public record AnchoredYear(int year, String reason, boolean fromClock) {}
