package dev.cronhound.formats.windows.evtx;

import static dev.cronhound.formats.windows.evtx.LittleEndian.u16;
import static dev.cronhound.formats.windows.evtx.LittleEndian.u32;
import static dev.cronhound.formats.windows.evtx.LittleEndian.u8;

import java.util.HashMap;
import java.util.Map;

/**
 * Walks the BinXML of one chunk's records and reports elements, attributes and values to an {@link
 * EvtxRecordFields}, without building a tree. Token reference: libyal/libevtx, "Windows XML Event
 * Log (EVTX)", section "Binary XML". Names (offset into the chunk -> length-prefixed UTF-16) and
 * template definitions (offset -> {@link BinXmlTemplate}) are cached for the chunk, so a template
 * is compiled once and replayed for every record that uses it. Processing instructions are
 * skipped. Every read is bounds-checked; a token it cannot walk throws {@link BinXmlException}.
 * Nested BinXML (substitution type 0x21) is limited to {@value #MAX_NESTING} levels.
 */
final class BinXmlReader {

  static final int MAX_NESTING = 8;

  private final byte[] b;
  private final int limit;
  private final Map<Integer, String> names = new HashMap<>();
  private final Map<Integer, BinXmlTemplate> templates = new HashMap<>();
  private final TemplatePlan.Recorder recorder = new TemplatePlan.Recorder();
  private final EvtxRecordFields recording = EvtxRecordFields.recording(recorder);
  /** Per nesting level: value offset, size and type, three ints per substitution. */
  private final int[][] values = new int[MAX_NESTING + 1][];
  private final int[] counts = new int[MAX_NESTING + 1];
  private final TemplatePlans plans;

  /**
   * Reads the chunk in {@code chunk[0, limit)}, using and adding to {@code plans}; null walks
   * every record in full (tests compare the two).
   */
  BinXmlReader(byte[] chunk, int limit, TemplatePlans plans) {
    this.b = chunk;
    this.limit = limit;
    this.plans = plans;
  }

  /** Walks the BinXML in {@code [start, end)} (one record's event data). */
  void read(int start, int end, EvtxRecordFields f) {
    fragment(start, end, f, 0);
  }

  private void fragment(int start, int end, EvtxRecordFields f, int depth) {
    if (depth > MAX_NESTING) {
      throw new BinXmlException("BinXML nested too deep");
    }
    int p = afterFragmentHeader(start, end);
    if (u8(b, p) == 0x0c) {
      instance(p, end, f, depth);
      return;
    }
    BinXmlTemplate t = compile(p, end, true);
    run(t, f, depth, end, 0);
  }

  /** Skips an optional fragment header (token 0x0f, 4 bytes); checks a token follows. */
  private int afterFragmentHeader(int start, int end) {
    int p = start;
    check(p, 1, end);
    if (u8(b, p) == 0x0f) {
      check(p, 4, end);
      p += 4;
    }
    check(p, 1, end);
    return p;
  }

  /** Replays the template instance at {@code p}; returns the offset after it. */
  private int instance(int p, int end, EvtxRecordFields f, int depth) {
    BinXmlTemplate t = template(definitionOffset(p, end));
    int data = readValues(valuesStart(p, end), end, depth);
    int n = counts[depth];
    TemplatePlan plan = depth == 0 && plans != null ? planFor(t, n) : null;
    if (plan != null) {
      replay(plan, f, n);
    } else {
      run(t, f, depth, end, n);
    }
    return data;
  }

  private int definitionOffset(int p, int end) {
    check(p, 10, end);
    return (int) Math.min(u32(b, p + 6), Integer.MAX_VALUE);
  }

  /** Where the substitution count of the instance at {@code p} is (after an inline definition). */
  private int valuesStart(int p, int end) {
    int q = p + 10;
    if (definitionOffset(p, end) == q) {
      check(q, 24, end);
      long size = u32(b, q + 20);
      if (size > end - q - 24) {
        throw new BinXmlException("template definition runs past the record");
      }
      q += 24 + (int) size;
    }
    return q;
  }

  /**
   * Reads the substitution array at {@code q} into {@code values[depth]} and {@code
   * counts[depth]}; returns the offset after the values.
   */
  private int readValues(int q, int end, int depth) {
    check(q, 4, end);
    long count = u32(b, q);
    q += 4;
    if (count > (end - q) / 4) {
      throw new BinXmlException("substitution count " + count + " too large");
    }
    int n = (int) count;
    int[] v = values[depth];
    if (v == null || v.length < 3 * n) {
      v = new int[Math.max(3 * n, 96)];
      values[depth] = v;
    }
    int data = q + 4 * n;
    for (int i = 0; i < n; i++) {
      int size = u16(b, q + 4 * i);
      v[3 * i] = data;
      v[3 * i + 1] = size;
      v[3 * i + 2] = u8(b, q + 4 * i + 2);
      data += size;
    }
    if (data > end) {
      throw new BinXmlException("substitution values run past the record");
    }
    counts[depth] = n;
    return data;
  }

  /**
   * The plan for a record that instantiates {@code t} with {@code n} values (in {@code
   * values[0]}), or null when the record must be walked in full: a plan covers a template whose
   * values hold at most one nested BinXML fragment, itself a single template instance without
   * nested values (the usual shape: the System template with the EventData template inside). The
   * nested instance's values go to {@code values[1]}. Plans are kept per template and nested
   * template.
   */
  private TemplatePlan planFor(BinXmlTemplate t, int n) {
    int[] v = values[0];
    int nestedK = -1;
    for (int k = 0; k < n; k++) {
      if (v[3 * k + 2] == EvtxValues.BINXML && v[3 * k + 1] > 0) {
        if (nestedK >= 0 || k >= 0xFFFF) {
          return null;
        }
        nestedK = k;
      }
    }
    BinXmlTemplate nested = null;
    long key = -1;
    if (nestedK >= 0) {
      int start = v[3 * nestedK];
      int end = start + v[3 * nestedK + 1];
      int p = afterFragmentHeader(start, end);
      if (u8(b, p) != 0x0c) {
        return null;
      }
      int def = definitionOffset(p, end);
      readValues(valuesStart(p, end), end, 1);
      int[] w = values[1];
      for (int k = 0; k < counts[1]; k++) {
        if (w[3 * k + 2] == EvtxValues.BINXML && w[3 * k + 1] > 0) {
          return null;
        }
      }
      nested = template(def);
      key = ((long) nestedK << 32) | def;
    }
    int at = t.planIndex(key);
    return at >= 0 ? t.plan(at) : newPlan(t, key, nestedK, nested);
  }

  /**
   * What the template outputs (known for the file, or worked out now, once per template and
   * nested template); null when it cannot be planned.
   */
  private TemplatePlan newPlan(BinXmlTemplate t, long key, int nestedK, BinXmlTemplate nested) {
    TemplatePlan plan =
        plans.plan(new TemplatePlans.Key(t, nestedK, nested), k -> workOutPlan(t, nestedK, nested));
    t.addPlan(key, plan);
    return plan;
  }

  private TemplatePlan workOutPlan(BinXmlTemplate t, int nestedK, BinXmlTemplate nested) {
    recorder.clear();
    recording.reset();
    try {
      record(t, 0, nestedK, nested);
      return recorder.build();
    } catch (BinXmlException e) {
      return null; // the full walk reports it, record by record
    }
  }

  /**
   * Walks a template's element events through the recording fields; a value is marked with
   * {@code tag} (0 for the record's own values, nestedK + 1 for the nested instance's).
   */
  private void record(BinXmlTemplate t, int tag, int nestedK, BinXmlTemplate nested) {
    int[] ops = t.ops;
    EvtxRecordFields f = recording;
    for (int i = 0; i < t.length; ) {
      int op = ops[i];
      switch (op) {
        case BinXmlTemplate.OPEN -> f.open(t.strings[ops[i + 1]]);
        case BinXmlTemplate.ATTR -> f.attribute(t.strings[ops[i + 1]]);
        case BinXmlTemplate.CLOSE_START -> f.closeStart();
        case BinXmlTemplate.CLOSE_EMPTY -> f.closeEmpty();
        case BinXmlTemplate.END -> f.end();
        case BinXmlTemplate.TEXT -> f.text(t.strings[ops[i + 1]]);
        case BinXmlTemplate.SUBST -> {
          int k = ops[i + 1];
          if (k == nestedK) {
            record(nested, nestedK + 1, -1, null);
          } else if (f.wantsValue()) {
            f.substitution(tag, k);
          }
        }
        default -> throw new BinXmlException("no plan for op " + op);
      }
      i += op == BinXmlTemplate.CLOSE_START || op == BinXmlTemplate.CLOSE_EMPTY
          || op == BinXmlTemplate.END ? 1 : 2;
    }
  }

  /** Renders this record's values into the outputs of {@code plan}. */
  private void replay(TemplatePlan plan, EvtxRecordFields f, int n) {
    int[] subs = plan.substitutions;
    int[] v = values[0];
    int[] w = values[1];
    int nestedCount = counts[1];
    for (int o = 0, outputs = plan.size(); o < outputs; o++) {
      int target = plan.targets[o];
      f.startOutput(target);
      for (int p = plan.pieceStart[o], to = plan.pieceStart[o + 1]; p < to; p++) {
        int piece = subs[p];
        if (piece < 0) {
          f.text(plan.literals[p]);
        } else if (piece < TemplatePlan.NESTED) {
          if (piece < n) {
            f.value(v[3 * piece + 2], b, v[3 * piece], v[3 * piece + 1]);
          }
        } else {
          int k = piece & 0xFFFF;
          if (k < nestedCount) {
            f.value(w[3 * k + 2], b, w[3 * k], w[3 * k + 1]);
          }
        }
      }
      f.endOutput(target, plan.keys[o]);
    }
  }

  private BinXmlTemplate template(int offset) {
    BinXmlTemplate t = templates.get(offset);
    if (t == null) {
      if (offset < 0 || offset > limit - 24) {
        throw new BinXmlException("template offset " + offset + " outside the chunk");
      }
      long size = u32(b, offset + 20);
      if (size > limit - offset - 24) {
        throw new BinXmlException("template at " + offset + " runs past the chunk");
      }
      t = compile(offset + 24, offset + 24 + (int) size, false);
      templates.put(offset, t);
    }
    return t;
  }

  private void run(BinXmlTemplate t, EvtxRecordFields f, int depth, int end, int valueCount) {
    int[] ops = t.ops;
    int[] v = values[depth];
    for (int i = 0; i < t.length; ) {
      switch (ops[i]) {
        case BinXmlTemplate.OPEN -> {
          f.open(t.strings[ops[i + 1]]);
          i += 2;
        }
        case BinXmlTemplate.ATTR -> {
          f.attribute(t.strings[ops[i + 1]]);
          i += 2;
        }
        case BinXmlTemplate.CLOSE_START -> {
          f.closeStart();
          i++;
        }
        case BinXmlTemplate.CLOSE_EMPTY -> {
          f.closeEmpty();
          i++;
        }
        case BinXmlTemplate.END -> {
          f.end();
          i++;
        }
        case BinXmlTemplate.TEXT -> {
          f.text(t.strings[ops[i + 1]]);
          i += 2;
        }
        case BinXmlTemplate.SUBST -> {
          int k = ops[i + 1];
          i += 2;
          if (k < valueCount) {
            int off = v[3 * k];
            int size = v[3 * k + 1];
            int type = v[3 * k + 2];
            if (type == EvtxValues.BINXML) {
              if (size > 0) {
                fragment(off, off + size, f, depth + 1);
              }
            } else if (f.wantsValue()) {
              f.value(type, b, off, size);
            }
          }
        }
        case BinXmlTemplate.INSTANCE -> {
          instance(ops[i + 1], end, f, depth + 1 > MAX_NESTING ? fail() : depth + 1);
          i += 2;
        }
        default -> throw new BinXmlException("bad compiled op");
      }
    }
  }

  private static int fail() {
    throw new BinXmlException("BinXML nested too deep");
  }

  /**
   * Compiles the tokens in {@code [start, end)} up to end-of-fragment. The tokens of every
   * template (elements, attributes, substitutions) are handled here, the others in {@link
   * #otherToken}: a template's first chunk compiles it again for each chunk, so this is hot, and
   * kept small for C2 ({@code -XX:+LogCompilation} showed it at 8.8 KB of inlined bytecode with every
   * token in one switch).
   *
   * <p>{@code direct}: the fragment is a record's own BinXML or a nested BinXML value (type 0x21),
   * not a template definition. Its elements are then written without the 2-byte dependency
   * identifier that follows the open-element token in a template definition (the shape of records
   * written without templates, such as the forwarded events a Windows Event Collector stores in
   * ForwardedEvents.evtx: {@code 0x41, data size, name offset, attribute list size}; the evtx crate
   * reads them the same way), and it may hold template instances.
   */
  private BinXmlTemplate compile(int start, int end, boolean direct) {
    BinXmlTemplate.Builder t = new BinXmlTemplate.Builder();
    int p = start;
    while (p < end) {
      int token = u8(b, p);
      switch (token) {
        case 0x00 -> {
          return t.build();
        }
        case 0x01, 0x41 -> {
          int nameAt = direct ? p + 5 : p + 7;
          check(p, nameAt - p + 4, end);
          int[] at = {nameAt};
          String name = name(at, end);
          p = at[0];
          if (token == 0x41) {
            check(p, 4, end);
            p += 4;
          }
          t.op(BinXmlTemplate.OPEN, t.string(name));
        }
        case 0x02 -> {
          t.op(BinXmlTemplate.CLOSE_START);
          p++;
        }
        case 0x03 -> {
          t.op(BinXmlTemplate.CLOSE_EMPTY);
          p++;
        }
        case 0x04 -> {
          t.op(BinXmlTemplate.END);
          p++;
        }
        case 0x06, 0x46 -> {
          check(p, 5, end);
          int[] at = {p + 1};
          String name = name(at, end);
          p = at[0];
          t.op(BinXmlTemplate.ATTR, t.string(name));
        }
        case 0x0d, 0x0e -> {
          check(p, 4, end);
          t.op(BinXmlTemplate.SUBST, u16(b, p + 1));
          p += 4;
        }
        default -> p = otherToken(token, p, end, direct, t);
      }
    }
    return t.build();
  }

  /** Compiles the token at {@code p} other than those {@link #compile} handles; returns the offset after it. */
  private int otherToken(int token, int p, int end, boolean direct, BinXmlTemplate.Builder t) {
    switch (token) {
      case 0x0f -> {
        check(p, 4, end);
        return p + 4;
      }
      case 0x05, 0x45 -> {
        check(p, 2, end);
        int type = u8(b, p + 1);
        int q = p + 2;
        int size;
        if (type == EvtxValues.NULL) {
          return q; // NullType: no bytes, no text (as the evtx crate reads it)
        }
        if (type == EvtxValues.STRING) {
          check(q, 2, end);
          int chars = u16(b, q);
          q += 2;
          size = 2 * chars;
        } else {
          size = switch (type) {
            case 0x03, 0x04 -> 1;
            case 0x05, 0x06 -> 2;
            case 0x07, 0x08, 0x0b, 0x0d, 0x14 -> 4;
            case 0x09, 0x0a, 0x0c, 0x11, 0x15 -> 8;
            case 0x0f, 0x12 -> 16;
            default -> throw new BinXmlException("value token of type 0x" + Integer.toHexString(type));
          };
        }
        check(q, size, end);
        ValueText sb = new ValueText();
        EvtxValues.render(type, b, q, size, sb);
        t.op(BinXmlTemplate.TEXT, t.string(sb.toString()));
        return q + size;
      }
      case 0x07, 0x47 -> {
        check(p, 3, end);
        int chars = u16(b, p + 1);
        check(p + 3, 2 * chars, end);
        ValueText sb = new ValueText();
        EvtxValues.utf16(b, p + 3, chars, false, sb);
        t.op(BinXmlTemplate.TEXT, t.string(sb.toString()));
        return p + 3 + 2 * chars;
      }
      case 0x08, 0x48 -> {
        check(p, 3, end);
        t.op(BinXmlTemplate.TEXT, t.string(String.valueOf((char) u16(b, p + 1))));
        return p + 3;
      }
      case 0x09, 0x49 -> {
        check(p, 5, end);
        int[] at = {p + 1};
        String entity = name(at, end);
        t.op(BinXmlTemplate.TEXT, t.string(entity(entity)));
        return at[0];
      }
      case 0x0a -> {
        check(p, 5, end);
        int[] at = {p + 1};
        name(at, end);
        return at[0];
      }
      case 0x0b -> {
        check(p, 3, end);
        int chars = u16(b, p + 1);
        check(p + 3, 2 * chars, end);
        return p + 3 + 2 * chars;
      }
      case 0x0c -> {
        if (!direct) {
          throw new BinXmlException("template instance inside a template");
        }
        t.op(BinXmlTemplate.INSTANCE, p);
        return skipInstance(p, end);
      }
      default -> throw new BinXmlException("unknown BinXML token 0x" + Integer.toHexString(token));
    }
  }

  private int skipInstance(int p, int end) {
    check(p, 10, end);
    int defOffset = (int) Math.min(u32(b, p + 6), Integer.MAX_VALUE);
    int q = p + 10;
    if (defOffset == q) {
      check(q, 24, end);
      long size = u32(b, q + 20);
      if (size > end - q - 24) {
        throw new BinXmlException("template definition runs past the record");
      }
      q += 24 + (int) size;
    }
    check(q, 4, end);
    long count = u32(b, q);
    q += 4;
    if (count > (end - q) / 4) {
      throw new BinXmlException("substitution count " + count + " too large");
    }
    int data = q + 4 * (int) count;
    for (int i = 0; i < count; i++) {
      data += u16(b, q + 4 * i);
    }
    if (data > end) {
      throw new BinXmlException("substitution values run past the record");
    }
    return data;
  }

  private static String entity(String name) {
    return switch (name) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> "&" + name + ";";
    };
  }

  /**
   * Reads the name offset at {@code at[0]} (a chunk offset); when the name is stored right there
   * (inline), skips it. Leaves {@code at[0]} after the field or the inline name. Returns the local
   * name (any {@code prefix:} dropped).
   */
  private String name(int[] at, int end) {
    int p = at[0];
    check(p, 4, end);
    long off = u32(b, p);
    p += 4;
    if (off == p) {
      check(p, 8, end);
      int chars = u16(b, p + 6);
      check(p, 10 + 2 * chars, end);
      p += 10 + 2 * chars;
    }
    at[0] = p;
    return name((int) Math.min(off, Integer.MAX_VALUE));
  }

  private String name(int off) {
    String s = names.get(off);
    if (s == null) {
      if (off < 0 || off > limit - 8) {
        throw new BinXmlException("name offset " + off + " outside the chunk");
      }
      int chars = u16(b, off + 6);
      if (2L * chars > limit - off - 8) {
        throw new BinXmlException("name at " + off + " runs past the chunk");
      }
      ValueText sb = new ValueText();
      EvtxValues.utf16(b, off + 8, chars, true, sb);
      s = sb.toString();
      int colon = s.indexOf(':');
      s = colon >= 0 ? s.substring(colon + 1) : s;
      names.put(off, s);
    }
    return s;
  }

  private static void check(int p, int size, int end) {
    if (size < 0 || p < 0 || p > end - size) {
      throw new BinXmlException("token runs past the end of its data");
    }
  }
}
