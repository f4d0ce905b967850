package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
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
  private final String computer;
  private final long end;
  private final SplittableRandom random;
  private final EventXmlWriter xml;
  private final WinlogbeatWriter json;
  private final Map<EventLogSource, Long> recordIds = new EnumMap<>(EventLogSource.class);
  private final Map<EventLogSource, Long> written = new EnumMap<>(EventLogSource.class);
  private final TimeOrder<Supplier<WinRecord>> pending = new TimeOrder<>();

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
    pending.at(ts, render);
  }

  /** Writes every planned record with {@code ts < watermark}, in time order. */
  void flushBefore(long watermark) throws IOException {
    for (TimeOrder.Planned<Supplier<WinRecord>> p : pending.takeBefore(watermark, end)) {
      write(p.ts(), p.item());
    }
  }

  private void write(long ts, Supplier<WinRecord> render) throws IOException {
    WinRecord r = render.get();
    r.time = ts;
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
