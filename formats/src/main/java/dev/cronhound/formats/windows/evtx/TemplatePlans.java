package dev.cronhound.formats.windows.evtx;

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

  /** Stands for "this template has no plan" in the map, which takes no nulls. */
  private static final Object NONE = new Object();

  record Key(BinXmlTemplate template, int nestedK, BinXmlTemplate nested) {}

  private final ConcurrentHashMap<Key, Object> plans = new ConcurrentHashMap<>();

  /** True when a plan (or its absence) is known for {@code key}. */
  boolean known(Key key) {
    return plans.containsKey(key);
  }

  /** The plan for {@code key}, or null (none, or unknown: check {@link #known}). */
  TemplatePlan get(Key key) {
    Object p = plans.get(key);
    return p instanceof TemplatePlan plan ? plan : null;
  }

  void put(Key key, TemplatePlan plan) {
    if (plans.size() >= MAX) {
      plans.clear();
    }
    plans.put(key, plan == null ? NONE : plan);
  }
}
