package dev.cronhound.cli.config;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one site file, each placed by file, line and key. */
final class Problems {

  private final String file;
  private final List<String> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  /** Records that {@code key} (dotted: {@code tunables.MinEpisodes}; null for none) at {@code line} is wrong. */
  void add(int line, String key, String what) {
    found.add(file + ":" + line + ": " + (key == null ? "" : key + ": ") + what);
  }

  /** Records a problem already placed (an allowlist file's {@code file:line: ...}). */
  void addPlaced(String placed) {
    found.add(placed);
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** @throws SiteFileException listing every problem, when there was one */
  void throwIfAny() {
    if (any()) {
      throw new SiteFileException(found);
    }
  }
}
