package dev.cronhound.cli.engine;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.ScheduledJob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holds the endpoint events of every endpoint file until all are read, then hands them to the
 * correlation in time order: Sysmon, Security and Task Scheduler logs of one host arrive as separate
 * files, each in its own order, and the correlation wants one stream. Memory grows with the endpoint
 * events (not the flows, which stream past); a k-way merge of the files would remove it.
 */
final class EndpointStage implements EventSink {

  private final List<Event> events = new ArrayList<>();

  @Override
  public void accept(Event e) {
    events.add(e);
  }

  /** Sends every held event to {@code next}, oldest first (stable for equal times), and forgets them. */
  void drainTo(EventSink next) {
    events.sort(Comparator.comparingLong(EndpointStage::sortTime));
    for (Event e : events) {
      next.accept(e);
    }
    events.clear();
  }

  /**
   * Definitions read from files (crontabs, timer units) first: their time is the file's
   * modification time, not when the job was registered, and every run needs them.
   */
  static long sortTime(Event e) {
    if (e instanceof ScheduledJob j && ("crontab".equals(j.source()) || "systemd-timer".equals(j.source()))) {
      return Long.MIN_VALUE;
    }
    return e.tsMicros();
  }

  int size() {
    return events.size();
  }
}
