/**
 * The normalized event model: every parser, whatever its source format, emits these records and
 * nothing else. Times are epoch microseconds (UTC); an unset string is {@code null}; an unset count
 * is {@code -1}. Each event carries its {@link dev.cronhound.core.event.Origin} (file and line) so a
 * finding can cite the log lines it rests on.
 */
package dev.cronhound.core.event;
