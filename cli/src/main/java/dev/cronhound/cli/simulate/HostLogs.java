package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;

/**
 * The {@code audit.log} and {@code syslog} of one Linux host, planned with their host time and
 * written, both in one time order (ties in planning order), when flushed. Pids are drawn as the
 * records are written, so one order for both logs keeps pids rising with time. Records at or after
 * the end of the window are dropped (the logs were collected then).
 */
final class HostLogs implements Closeable {
  /** Writes a planned record (or an event's records). */
  interface Entry {
    void write() throws IOException;
  }

  final AuditLog audit;
  final Syslog syslog;
  private final long end;
  private final TimeOrder<Entry> pending = new TimeOrder<>();

  HostLogs(AuditLog audit, Syslog syslog, long end) {
    this.audit = audit;
    this.syslog = syslog;
    this.end = end;
  }

  void at(long ts, Entry entry) {
    pending.at(ts, entry);
  }

  /** Writes every planned record with {@code ts < watermark}, in time order. */
  void flushBefore(long watermark) throws IOException {
    for (TimeOrder.Planned<Entry> p : pending.takeBefore(watermark, end)) {
      p.item().write();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      flushBefore(Long.MAX_VALUE);
    } finally {
      try {
        audit.close();
      } finally {
        syslog.close();
      }
    }
  }
}
