package dev.cronhound.formats.linux.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The records that share one {@code msg=audit(SECONDS.MILLIS:SERIAL)} stamp (and {@code node}):
 * one kernel or user-space event, e.g. {@code SYSCALL} + {@code EXECVE} + {@code CWD} + {@code
 * PATH}... + {@code PROCTITLE} + {@code EOE}, in the order they were read.
 *
 * @param serial the serial number
 * @param seconds epoch seconds of the stamp
 * @param millis milliseconds of the stamp
 * @param node the {@code node=} name, or null
 * @param records the records, in input order ({@code EOE} included when logged)
 * @param closed what completed the event
 */
public record AuditEvent(
    long serial, long seconds, int millis, String node, List<AuditRecord> records, Closed closed) {

  /** What completed an event. */
  public enum Closed {
    /** its {@code EOE} record */
    EOE,
    /** its first record's type is a one-record event ({@link RecordTypes#endsAlone}) */
    ALONE,
    /**
     * a record stamped {@link Reassembler#EOE_TIMEOUT_SECONDS} or more seconds later started
     * another event
     */
    TIMEOUT,
    /** more than {@link Reassembler#MAX_OPEN} events were open: the oldest was closed */
    EVICTED,
    /** the end of the input */
    END
  }

  /** Epoch microseconds of the stamp. */
  public long tsMicros() {
    return seconds * 1_000_000L + millis * 1_000L;
  }

  /** The line of the first record. */
  public long line() {
    return records.get(0).line();
  }

  /** The first record of {@code type}, or null. */
  public AuditRecord first(String type) {
    for (AuditRecord r : records) {
      if (r.type().equals(type)) {
        return r;
      }
    }
    return null;
  }

  /** Every record of {@code type}, in order. */
  public List<AuditRecord> all(String type) {
    List<AuditRecord> out = new ArrayList<>(2);
    for (AuditRecord r : records) {
      if (r.type().equals(type)) {
        out.add(r);
      }
    }
    return out;
  }
}
