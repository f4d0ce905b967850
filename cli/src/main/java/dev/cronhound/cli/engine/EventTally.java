package dev.cronhound.cli.engine;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts normalized events by kind on their way to the next sink, so a run can say what its
 * endpoint logs amounted to ({@code process_start 120, scheduled_job 3, ...}).
 */
final class EventTally implements EventSink {

  private final EventSink next;
  private final Map<Class<?>, long[]> counts = new HashMap<>();

  EventTally(EventSink next) {
    this.next = next;
  }

  @Override
  public void accept(Event e) {
    counts.computeIfAbsent(e.getClass(), k -> new long[1])[0]++;
    next.accept(e);
  }

  /** Events seen so far, of every kind (sums a few counters: for progress, not per event). */
  long total() {
    long n = 0;
    for (long[] v : counts.values()) {
      n += v[0];
    }
    return n;
  }

  /** Events seen per kind, by snake_case kind name ({@code ProcessStart} -> {@code process_start}). */
  Map<String, Long> byKind() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(snake(k.getSimpleName()), v[0]));
    return out;
  }

  static String snake(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          b.append('_');
        }
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
