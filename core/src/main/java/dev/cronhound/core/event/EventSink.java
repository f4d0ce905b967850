package dev.cronhound.core.event;

/** Receives events one at a time, in the order a reader produces them. */
@FunctionalInterface
public interface EventSink {
  void accept(Event event);
}
