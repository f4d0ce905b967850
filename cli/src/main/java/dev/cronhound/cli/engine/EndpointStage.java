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
 * files, each in its own order, and the correlation wants one stream (definitions first: {@link #ORDER}). Memory grows with the endpoint
 * events (not the flows, which stream past); a k-way merge of the files would remove it.
 */
final class EndpointStage implements EventSink {

  private final List<Event> events = new ArrayList<>();

  @Override
  public void accept(Event e) {
    events.add(e);
  }

  /**
   * Sends every held event to {@code next} in {@link #ORDER} (stable for equal times), each host
   * under its one name ({@link HostNames}), and forgets them.
   */
  void drainTo(EventSink next) {
    HostNames names = new HostNames();
    for (Event e : events) {
      names.see(HostFill.hostOf(e));
    }
    events.sort(ORDER);
    for (Event e : events) {
      next.accept(HostFill.rehost(e, names::of));
    }
    events.clear();
  }

  /**
   * Job definitions first, in their own time order: they are state every run needs (a crontab's or
   * timer unit's time is the file's modification time, any day; a task registered in the window
   * explains runs from its first one), then every other event by time.
   */
  static final Comparator<Event> ORDER =
      Comparator.<Event>comparingInt(e -> e instanceof ScheduledJob ? 0 : 1).thenComparingLong(Event::tsMicros);

  int size() {
    return events.size();
  }
}
