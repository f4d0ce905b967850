package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The not-yet-written records of one log. Records arrive in generation order (channel by channel,
 * host by host); {@link #flushBefore} sorts what is pending by {@code ts}, ties kept in generation
 * order, and writes every record older than the watermark. Only about an hour of records is ever
 * held, however long the simulated run.
 */
final class PendingLog implements Closeable {
  private static final int INDEX_BITS = 30;
  private static final long MAX_SPAN = 1L << (63 - INDEX_BITS);

  private final ZeekLogWriter writer;
  private List<LogRecord> pending = new ArrayList<>();
  private long[] keys = new long[1024];

  PendingLog(ZeekLogWriter writer) {
    this.writer = writer;
  }

  void add(LogRecord record) {
    pending.add(record);
  }

  long written() {
    return writer.records();
  }

  /** Writes, in time order, every pending record with {@code ts < watermark}. */
  void flushBefore(long watermark) {
    int n = pending.size();
    if (n == 0) {
      return;
    }
    List<LogRecord> sorted = sorted();
    int i = 0;
    while (i < n && sorted.get(i).ts < watermark) {
      writer.write(sorted.get(i));
      i++;
    }
    pending = new ArrayList<>(sorted.subList(i, n));
  }

  /**
   * Sorts on packed {@code (ts - min) << 30 | index} keys: a primitive sort is several times faster
   * than sorting objects, and the index keeps ties in insertion order (a stable sort).
   */
  private List<LogRecord> sorted() {
    int n = pending.size();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (LogRecord r : pending) {
      min = Math.min(min, r.ts);
      max = Math.max(max, r.ts);
    }
    if (max - min >= MAX_SPAN || n >= (1 << INDEX_BITS)) {
      List<LogRecord> copy = new ArrayList<>(pending);
      copy.sort(Comparator.comparingLong(r -> r.ts));
      return copy;
    }
    if (keys.length < n) {
      keys = new long[Math.max(n, keys.length * 2)];
    }
    for (int i = 0; i < n; i++) {
      keys[i] = ((pending.get(i).ts - min) << INDEX_BITS) | i;
    }
    Arrays.sort(keys, 0, n);
    LogRecord[] out = new LogRecord[n];
    long mask = (1L << INDEX_BITS) - 1;
    for (int i = 0; i < n; i++) {
      out[i] = pending.get((int) (keys[i] & mask));
    }
    return Arrays.asList(out);
  }

  @Override
  public void close() throws IOException {
    flushBefore(Long.MAX_VALUE);
    writer.close();
  }
}
