/**
 * Streaming readers for every telemetry format cronhound reads, and the sniffing that picks one.
 * Readers yield {@link dev.cronhound.core.event.Event}s one at a time; none loads a whole file.
 * Malformed input is counted in a {@link dev.cronhound.formats.ReadReport} with file and line, and
 * reading goes on.
 */
package dev.cronhound.formats;
