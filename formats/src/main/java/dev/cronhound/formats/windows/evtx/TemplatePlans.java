package dev.cronhound.formats.windows.evtx;

import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Template plans shared across the chunks of a file (and the threads decoding them): a template is
 * defined again in every chunk that uses it, but its compiled form (names resolved, literals
 * rendered) is the same, so its plan is worked out once per file rather than once per chunk. Keyed
 * by the compiled template (ops and strings), the index of the nested value and the nested
 * template. Holds at most {@value #MAX} plans (cleared when full: a file with that many distinct
 * templates just plans again).
 */
final class TemplatePlans {

  static final int MAX = 4096;

  record Key(BinXmlTemplate template, int nestedK, BinXmlTemplate nested) {}

  /** Empty: worked out, no plan. */
  private final ConcurrentHashMap<Key, Optional<TemplatePlan>> plans = new ConcurrentHashMap<>();

  /** The plan for {@code key} (null: none), worked out by {@code workOut} the first time. */
  TemplatePlan plan(Key key, Function<Key, TemplatePlan> workOut) {
    if (plans.size() >= MAX) {
      plans.clear();
    }
    return plans.computeIfAbsent(key, k -> Optional.ofNullable(workOut.apply(k))).orElse(null);
  }
}
