package dev.cronhound.core.tuning;

import java.util.ArrayList;
import java.util.List;

/** Collects every bad entry of a list, then fails once with all of them, one per line. */
final class BadEntries {

  private final String list;
  private final List<String> problems = new ArrayList<>();

  BadEntries(String list) {
    this.list = list;
  }

  void add(EntryLine e, String problem) {
    String where = e.source() == null ? "" : e.where() + ": ";
    problems.add(where + list + " entry '" + e.text().strip() + "' " + problem);
  }

  /** @throws IllegalArgumentException listing every bad entry, one per line, when there was one */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
  }
}
