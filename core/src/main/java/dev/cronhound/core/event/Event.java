package dev.cronhound.core.event;

/**
 * One normalized observation from any telemetry source. The family is closed: later sources join
 * this list rather than inventing a parallel model. Network sensors give {@link Flow}, {@link
 * DnsLookup}, {@link TlsSession} and {@link HttpRequest}; endpoint sensors give {@link
 * ProcessStart}, {@link ProcessEnd}, {@link NetworkConnection}, {@link FileActivity}, {@link
 * DnsQuery}, {@link ScheduledJob} and {@link JobRun}.
 */
public sealed interface Event
    permits Flow,
        DnsLookup,
        TlsSession,
        HttpRequest,
        ProcessStart,
        ProcessEnd,
        NetworkConnection,
        FileActivity,
        DnsQuery,
        ScheduledJob,
        JobRun {

  /** When the event happened, epoch microseconds UTC. */
  long tsMicros();

  /** Where the event was read from. */
  Origin origin();
}
