package dev.cronhound.formats.linux.audit;

import dev.cronhound.formats.ReadReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Groups records into events by stamp, the way {@code ausearch} does (auparse's list of lists),
 * with several events open at once since the kernel interleaves records of concurrent syscalls.
 * A record joins the open event with the same node, seconds, milliseconds and serial; otherwise it
 * starts an event. An event is complete when:
 *
 * <ul>
 *   <li>its {@code EOE} record arrives ({@link AuditEvent.Closed#EOE}; ausearch 3.0.9 keeps the
 *       event open and appends a record of the same stamp that follows the EOE, here that record
 *       starts a new event);
 *   <li>its first record's type is a one-record type ({@link RecordTypes#endsAlone}: user-space
 *       messages, {@code PROCTITLE}, {@code ANOM_*}, ...), at once ({@code ALONE});
 *   <li>a record starting another event is stamped {@link #EOE_TIMEOUT_SECONDS} or more whole
 *       seconds after the event's own stamp ({@code TIMEOUT}; auditd's {@code
 *       end_of_event_timeout} default and ausearch's test {@code e.sec + 2 <= sec});
 *   <li>more than {@link #MAX_OPEN} events are open: the oldest goes ({@code EVICTED}; bounds
 *       memory on input that never closes events);
 *   <li>the input ends ({@code END}).
 * </ul>
 *
 * An {@code EOE} that matches no open event is dropped (ausearch does the same). Events are given
 * to the sink as they complete; several closing at once go in the order they were opened.
 *
 * <p>Missing {@code EOE}: logs written without EOE records (older kernels, the go-libaudit test
 * logs, ausearch {@code --raw} of some versions) are normal, so an event closed by time or at the
 * end is not a problem in itself. But once the input has shown an {@code EOE}, the writer emits
 * them, and a syscall event (one with a {@code SYSCALL} record) closed without its EOE lost
 * records: it is reported as {@code file:line: event SERIAL closed without EOE (...)} at its first
 * record's line, and still delivered.
 */
public final class Reassembler {

  /** Seconds after which an open event is complete once a later record starts another event. */
  public static final int EOE_TIMEOUT_SECONDS = 2;

  /** The most events kept open at once. */
  public static final int MAX_OPEN = 1024;

  private final AuditEventSink sink;
  private final String file;
  private final ReadReport report;
  /** Open events by stamp, in the order they were opened. */
  private final LinkedHashMap<Stamp, Open> open = new LinkedHashMap<>();
  /** The smallest {@code seconds} among open events (a lower bound after removals). */
  private long oldest = Long.MAX_VALUE;
  private boolean sawEoe;

  private record Stamp(long seconds, int millis, long serial, String node) {
    static Stamp of(AuditRecord r) {
      return new Stamp(r.seconds(), r.millis(), r.serial(), r.node());
    }
  }

  private static final class Open {
    final AuditRecord first;
    final List<AuditRecord> records = new ArrayList<>(6);

    Open(AuditRecord first) {
      this.first = first;
      records.add(first);
    }
  }

  public Reassembler(AuditEventSink sink, String file, ReadReport report) {
    this.sink = sink;
    this.file = file;
    this.report = report;
  }

  /** Adds one record; may complete events. */
  public void add(AuditRecord r) {
    boolean eoe = r.type().equals("EOE");
    if (eoe) {
      sawEoe = true;
    }
    Stamp stamp = Stamp.of(r);
    Open o = open.get(stamp);
    if (o != null) {
      o.records.add(r);
      if (eoe) {
        open.remove(stamp);
        emit(o, AuditEvent.Closed.EOE);
      }
      return;
    }
    if (eoe) {
      return;
    }
    long sec = r.seconds();
    if (oldest + EOE_TIMEOUT_SECONDS <= sec) {
      closeOlderThan(sec);
    }
    Open created = new Open(r);
    if (RecordTypes.endsAlone(r.type())) {
      emit(created, AuditEvent.Closed.ALONE);
      return;
    }
    open.put(stamp, created);
    oldest = Math.min(oldest, sec);
    if (open.size() > MAX_OPEN) {
      Iterator<Open> it = open.values().iterator();
      Open first = it.next();
      it.remove();
      emit(first, AuditEvent.Closed.EVICTED);
    }
  }

  /** Completes, in the order they were opened, the events stamped 2+ s before {@code sec}. */
  private void closeOlderThan(long sec) {
    long min = Long.MAX_VALUE;
    Iterator<Open> it = open.values().iterator();
    while (it.hasNext()) {
      Open o = it.next();
      if (o.first.seconds() + EOE_TIMEOUT_SECONDS <= sec) {
        it.remove();
        emit(o, AuditEvent.Closed.TIMEOUT);
      } else {
        min = Math.min(min, o.first.seconds());
      }
    }
    oldest = min;
  }

  /** Completes every open event (end of input). */
  public void finish() {
    for (Open o : open.values()) {
      emit(o, AuditEvent.Closed.END);
    }
    open.clear();
    oldest = Long.MAX_VALUE;
  }

  private void emit(Open o, AuditEvent.Closed closed) {
    AuditRecord f = o.first;
    AuditEvent e =
        new AuditEvent(f.serial(), f.seconds(), f.millis(), f.node(), List.copyOf(o.records), closed);
    if (sawEoe && closed != AuditEvent.Closed.EOE && e.first("SYSCALL") != null) {
      report.malformed(
          file,
          f.line(),
          "event " + f.serial() + " closed without EOE ("
              + switch (closed) {
                case TIMEOUT -> "a later record came " + EOE_TIMEOUT_SECONDS + "+ s after it";
                case EVICTED -> "over " + MAX_OPEN + " events open";
                default -> "end of input";
              }
              + ")");
    }
    sink.accept(e);
  }
}
