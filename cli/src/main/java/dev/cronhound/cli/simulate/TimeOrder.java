package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Records of one host's log planned with their time, taken out in time order (ties in planning
 * order) once nothing generated later can precede them.
 *
 * @param <T> what is planned (a record to render, an entry to write)
 */
final class TimeOrder<T> {
  /** A planned item and its time. */
  record Planned<T>(long ts, long seq, T item) {}

  private final Comparator<Planned<T>> order =
      Comparator.<Planned<T>>comparingLong(Planned::ts).thenComparingLong(Planned::seq);
  private List<Planned<T>> pending = new ArrayList<>();
  private long seq;

  void at(long ts, T item) {
    pending.add(new Planned<>(ts, seq++, item));
  }

  /**
   * Removes every planned item with {@code ts < watermark} and returns, in time order, those before
   * {@code end} (later ones fall after the end of the window and are dropped).
   */
  List<Planned<T>> takeBefore(long watermark, long end) {
    pending.sort(order);
    int i = 0;
    while (i < pending.size() && pending.get(i).ts() < watermark) {
      i++;
    }
    List<Planned<T>> taken = new ArrayList<>();
    for (Planned<T> p : pending.subList(0, i)) {
      if (p.ts() < end) {
        taken.add(p);
      }
    }
    pending = new ArrayList<>(pending.subList(i, pending.size()));
    return taken;
  }
}
