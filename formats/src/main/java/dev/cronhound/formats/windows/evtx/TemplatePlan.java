package dev.cronhound.formats.windows.evtx;

import java.util.ArrayList;
import java.util.List;

/**
 * What a template gives a record, worked out once per chunk: the ordered list of outputs (a
 * {@code <System>} field, or an EventData/UserData value under its final key) and, for each, the
 * pieces of its text: literal strings and substitution indexes. {@link BinXmlReader} walks a
 * template's element events once through a recording {@link EvtxRecordFields}, which writes a
 * {@link #MARK}, a tag (own or nested values) and the index where a value would be rendered; every record using the template
 * then only renders its own substitution values into those outputs, instead of replaying element
 * events. A template whose keys depend on a value (a {@code Data Name} that is substituted), or
 * that cannot be walked, has no plan, and its records are walked in full.
 */
final class TemplatePlan {

  /** Marks a substitution in recorded text (a private-use character); tag and index follow. */
  static final char MARK = '\uE000';
  /** A piece at or above this is index {@code piece & 0xFFFF} of the nested instance's values. */
  static final int NESTED = 1 << 16;

  final int[] targets;
  final String[] keys;
  /** Output {@code i} has pieces {@code [pieceStart[i], pieceStart[i + 1])}. */
  final int[] pieceStart;
  /** A substitution index, or -1 for the literal in {@link #literals}. */
  final int[] substitutions;
  final String[] literals;

  private TemplatePlan(List<Integer> targets, List<String> keys, List<String> texts) {
    int n = targets.size();
    this.targets = new int[n];
    this.keys = keys.toArray(new String[0]);
    this.pieceStart = new int[n + 1];
    List<Integer> subs = new ArrayList<>();
    List<String> lits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      this.targets[i] = targets.get(i);
      pieceStart[i] = subs.size();
      String s = texts.get(i);
      int from = 0;
      for (int at = s.indexOf(MARK); at >= 0; at = s.indexOf(MARK, from)) {
        if (at > from) {
          subs.add(-1);
          lits.add(s.substring(from, at));
        }
        int tag = s.charAt(at + 1);
        int index = s.charAt(at + 2);
        subs.add(tag == 0 ? index : NESTED | index);
        lits.add(null);
        from = at + 3;
      }
      if (from < s.length()) {
        subs.add(-1);
        lits.add(s.substring(from));
      }
    }
    pieceStart[n] = subs.size();
    substitutions = subs.stream().mapToInt(Integer::intValue).toArray();
    literals = lits.toArray(new String[0]);
  }

  int size() {
    return targets.length;
  }

  /** Collects a template's outputs while a recording {@link EvtxRecordFields} walks it. */
  static final class Recorder {
    private final List<Integer> targets = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private boolean refused;

    void clear() {
      targets.clear();
      keys.clear();
      texts.clear();
      refused = false;
    }

    void add(int target, String key, CharSequence text) {
      targets.add(target);
      keys.add(key);
      texts.add(text.toString());
    }

    /** The outputs depend on more than substitution values: no plan. */
    void refuse() {
      refused = true;
    }

    /** The plan, or null when refused. */
    TemplatePlan build() {
      return refused ? null : new TemplatePlan(targets, keys, texts);
    }
  }
}
