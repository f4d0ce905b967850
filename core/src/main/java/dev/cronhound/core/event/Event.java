package dev.cronhound.core.event;

/**
 * One normalized observation from any telemetry source. The family is closed: later sources
 * (process starts, scheduled jobs) join this list rather than inventing a parallel model.
 */
public sealed interface Event permits Flow, DnsLookup, TlsSession, HttpRequest {

  /** When the event happened, epoch microseconds UTC. */
  long tsMicros();

  /** Where the event was read from. */
  Origin origin();
}
