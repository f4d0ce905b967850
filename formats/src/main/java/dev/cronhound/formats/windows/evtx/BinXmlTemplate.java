package dev.cronhound.formats.windows.evtx;

/**
 * A BinXML fragment compiled once into a flat list of operations, so that every record using a
 * template replays it without re-reading tokens or names: {@code ops} holds an opcode followed by
 * its arguments; names and literal text are in {@code strings}. Built by {@link BinXmlReader}.
 */
final class BinXmlTemplate {

  /** {@code OPEN nameIndex}: an element starts (attributes may follow). */
  static final int OPEN = 1;
  /** {@code CLOSE_START}: the attributes of the open element are over, content follows. */
  static final int CLOSE_START = 2;
  /** {@code CLOSE_EMPTY}: the open element ends without content. */
  static final int CLOSE_EMPTY = 3;
  /** {@code END}: the current element ends. */
  static final int END = 4;
  /** {@code TEXT stringIndex}: literal text (a value, CDATA, a character or entity reference). */
  static final int TEXT = 5;
  /** {@code ATTR nameIndex}: an attribute of the open element; its value follows. */
  static final int ATTR = 6;
  /** {@code SUBST index}: substitution value {@code index} of the instance. */
  static final int SUBST = 7;
  /** {@code INSTANCE offset}: a template instance at chunk offset (only outside templates). */
  static final int INSTANCE = 8;

  final int[] ops;
  final int length;
  final String[] strings;
  /** Plans worked out so far, by nested-template key ({@link BinXmlReader#planFor}); null = none. */
  private long[] planKeys = new long[0];
  private int hash;
  private TemplatePlan[] plans = new TemplatePlan[0];

  BinXmlTemplate(int[] ops, int length, String[] strings) {
    this.ops = ops;
    this.length = length;
    this.strings = strings;
  }

  /** Index of the plan worked out for {@code key}, or -1. */
  int planIndex(long key) {
    for (int i = 0; i < planKeys.length; i++) {
      if (planKeys[i] == key) {
        return i;
      }
    }
    return -1;
  }

  TemplatePlan plan(int index) {
    return plans[index];
  }

  /** Same ops and strings: the same template, whichever chunk defined it. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BinXmlTemplate t
        && hashCode() == t.hashCode()
        && java.util.Arrays.equals(ops, 0, length, t.ops, 0, t.length)
        && java.util.Arrays.equals(strings, t.strings);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = java.util.Arrays.hashCode(strings);
      for (int i = 0; i < length; i++) {
        h = 31 * h + ops[i];
      }
      hash = h == 0 ? 1 : h;
    }
    return hash;
  }

  /** Collects ops and their strings (each string once) while a fragment is compiled. */
  static final class Builder {
    private int[] ops = new int[64];
    private int n;
    private final java.util.List<String> strings = new java.util.ArrayList<>();
    private final java.util.Map<String, Integer> index = new java.util.HashMap<>();

    void op(int code) {
      if (n == ops.length) {
        ops = java.util.Arrays.copyOf(ops, 2 * n);
      }
      ops[n++] = code;
    }

    void op(int code, int argument) {
      op(code);
      op(argument);
    }

    /** The index of {@code s} in the template's strings. */
    int string(String s) {
      Integer i = index.get(s);
      if (i == null) {
        i = strings.size();
        strings.add(s);
        index.put(s, i);
      }
      return i;
    }

    BinXmlTemplate build() {
      return new BinXmlTemplate(ops, n, strings.toArray(new String[0]));
    }
  }

  void addPlan(long key, TemplatePlan plan) {
    planKeys = java.util.Arrays.copyOf(planKeys, planKeys.length + 1);
    plans = java.util.Arrays.copyOf(plans, plans.length + 1);
    planKeys[planKeys.length - 1] = key;
    plans[plans.length - 1] = plan;
  }
}
