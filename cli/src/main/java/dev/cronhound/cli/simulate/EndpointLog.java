package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The event log of one host, written twice: as event XML and as Winlogbeat JSON lines. Records
 * are planned with their time and rendered only when written, in time order (ties in planning
 * order); that is when pids are drawn, so a record may refer to a process's pid as soon as the
 * process's start record precedes it. Records at or after the end of the window are dropped
 * (processes still running when the logs were collected).
 */
final class EndpointLog implements Closeable {
  private record Planned(long ts, long seq, Supplier<WinRecord> render) {}

  private static final Comparator<Planned> ORDER =
      Comparator.comparingLong(Planned::ts).thenComparingLong(Planned::seq);

  private final String computer;
  private final long end;
  private final SplittableRandom random;
  private final EventXmlWriter xml;
  private final WinlogbeatWriter json;
  private final Map<EventLogSource, Long> recordIds = new EnumMap<>(EventLogSource.class);
  private final Map<EventLogSource, Long> written = new EnumMap<>(EventLogSource.class);
  private List<Planned> pending = new ArrayList<>();
  private long seq;

  EndpointLog(String computer, long end, SplittableRandom random, Path xmlFile, Path jsonFile)
      throws IOException {
    this.computer = computer;
    this.end = end;
    this.random = random;
    this.xml = new EventXmlWriter(xmlFile);
    WinlogbeatWriter j;
    try {
      j = new WinlogbeatWriter(jsonFile);
    } catch (IOException e) {
      xml.close();
      throw e;
    }
    this.json = j;
    for (EventLogSource s : EventLogSource.values()) {
      recordIds.put(s, 1000L + random.nextInt(90_000));
      written.put(s, 0L);
    }
  }

  /** Plans a record at host time {@code ts}, rendered when written. */
  void at(long ts, Supplier<WinRecord> render) {
    pending.add(new Planned(ts, seq++, render));
  }

  /** Writes every planned record with {@code ts < watermark}, in time order. */
  void flushBefore(long watermark) throws IOException {
    pending.sort(ORDER);
    int i = 0;
    while (i < pending.size() && pending.get(i).ts() < watermark) {
      Planned p = pending.get(i++);
      if (p.ts() < end) {
        write(p);
      }
    }
    pending = new ArrayList<>(pending.subList(i, pending.size()));
  }

  private void write(Planned p) throws IOException {
    WinRecord r = p.render().get();
    r.time = p.ts();
    r.tick = random.nextInt(10);
    r.computer = computer;
    r.recordId = recordIds.merge(r.source, 1L, Long::sum);
    r.threadId = 4L * (100 + random.nextInt(2400));
    written.merge(r.source, 1L, Long::sum);
    xml.write(r);
    json.write(r);
  }

  /** Records written so far from {@code source}. */
  long written(EventLogSource source) {
    return written.get(source);
  }

  @Override
  public void close() throws IOException {
    try {
      flushBefore(Long.MAX_VALUE);
    } finally {
      try {
        xml.close();
      } finally {
        json.close();
      }
    }
  }
}
