package dev.cronhound.cli.simulate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one host's {@code /var/log/audit/audit.log} as auditd does with {@code log_format = RAW}:
 * every record {@code type=T msg=audit(SECONDS.MILLIS:SERIAL): fields}, the records of one event
 * sharing the stamp. Serials rise by one per event (now and then by a few: events nobody logs).
 * Two events of different processes within a few milliseconds sometimes interleave, as events from
 * two CPUs do; each event's first record still comes in serial order.
 */
final class AuditLog implements Closeable {
  private static final long INTERLEAVE_WINDOW = 5_000;

  private record Event(long ts, int pid, List<String> lines) {}

  private final BufferedWriter out;
  private final SplittableRandom random;
  private long serial;
  private Event held;
  private long events;

  AuditLog(Path file, SplittableRandom random, long firstSerial) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.random = random;
    this.serial = firstSerial - 1;
  }

  /** Writes an event at host time {@code ts} (microseconds) of the process {@code pid}. */
  void event(long ts, int pid, List<AuditRecord> records) throws IOException {
    serial += random.nextInt(40) == 0 ? 2 + random.nextInt(3) : 1;
    String stamp =
        " msg=audit("
            + Math.floorDiv(ts, TimeWindow.SECOND)
            + "."
            + String.format(java.util.Locale.ROOT, "%03d", Math.floorMod(ts, TimeWindow.SECOND) / 1000)
            + ":"
            + serial
            + "):";
    List<String> lines = new ArrayList<>(records.size());
    for (AuditRecord r : records) {
      lines.add("type=" + r.type() + stamp + (r.body().isEmpty() ? "" : " " + r.body()));
    }
    events++;
    Event next = new Event(ts, pid, lines);
    if (held == null) {
      held = next;
      return;
    }
    if (lines.size() > 1
        && held.lines.size() > 1
        && ts - held.ts <= INTERLEAVE_WINDOW
        && pid != held.pid
        && random.nextInt(3) == 0) {
      int k = 1 + random.nextInt(held.lines.size() - 1);
      int j = 1 + random.nextInt(lines.size() - 1);
      write(held.lines.subList(0, k));
      write(lines.subList(0, j));
      write(held.lines.subList(k, held.lines.size()));
      write(lines.subList(j, lines.size()));
      held = null;
      return;
    }
    write(held.lines);
    held = next;
  }

  private void write(List<String> lines) throws IOException {
    for (String l : lines) {
      out.write(l);
      out.write('\n');
    }
  }

  long events() {
    return events;
  }

  @Override
  public void close() throws IOException {
    try {
      if (held != null) {
        write(held.lines);
        held = null;
      }
    } finally {
      out.close();
    }
  }
}
