package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The set of logs being written, each fed through a {@link PendingLog} that restores ts order. */
final class Timeline implements Closeable {
  private final Map<LogKind, PendingLog> logs = new EnumMap<>(LogKind.class);

  /**
   * Opens {@code conn.log} and, unless {@code connOnly}, {@code dns.log}, {@code ssl.log} and
   * {@code http.log} in {@code dir}.
   */
  Timeline(
      Path dir, OutputFormat format, boolean gzip, boolean connOnly, Instant open, Instant close)
      throws IOException {
    this(
        dir,
        format,
        gzip,
        connOnly ? EnumSet.of(LogKind.CONN) : EnumSet.allOf(LogKind.class),
        open,
        close);
  }

  /** Opens the logs of {@code kinds} (at least {@code conn.log}) in {@code dir}. */
  Timeline(
      Path dir, OutputFormat format, boolean gzip, Set<LogKind> kinds, Instant open, Instant close)
      throws IOException {
    try {
      for (LogKind kind : LogKind.values()) {
        if (kind == LogKind.CONN || kinds.contains(kind)) {
          logs.put(kind, new PendingLog(new ZeekLogWriter(dir, kind, format, gzip, open, close)));
        }
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Whether records of {@code kind} are written at all (only conn records with --conn-only). */
  boolean writes(LogKind kind) {
    return logs.containsKey(kind);
  }

  void add(LogRecord record) {
    PendingLog log = logs.get(record.kind());
    if (log != null) {
      log.add(record);
    }
  }

  /** Writes every record older than {@code watermark}; no later-generated record may precede it. */
  void flushBefore(long watermark) {
    for (PendingLog log : logs.values()) {
      log.flushBefore(watermark);
    }
  }

  /** Records written so far to the log of {@code kind} (0 if it is not written). */
  long written(LogKind kind) {
    PendingLog log = logs.get(kind);
    return log == null ? 0 : log.written();
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (PendingLog log : logs.values()) {
      try {
        log.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
