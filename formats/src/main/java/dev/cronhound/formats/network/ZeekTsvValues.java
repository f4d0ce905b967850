package dev.cronhound.formats.network;

import dev.cronhound.formats.Snippet;
import java.util.ArrayList;
import java.util.List;

/** Parses one TSV column into the field of a {@link ZeekRecord}, by the field's type. */
final class ZeekTsvValues {

  private final ZeekTsvText text;
  private final ZeekRecord rec;

  ZeekTsvValues(ZeekTsvText text, ZeekRecord rec) {
    this.text = text;
    this.rec = rec;
  }

  /** Sets {@code f} from the bytes {@code [s, e)}; returns a problem reason, or null if fine. */
  String assign(ZeekField f, byte[] b, int s, int e) {
    switch (f.type()) {
      case SYMBOL -> rec.setText(f, text.value(b, s, e, true));
      case TEXT -> rec.setText(f, text.value(b, s, e, false));
      case TEXT_LIST -> rec.setAnswers(text.list(b, s, e));
      case INTERVAL_LIST -> {
        return ttls(f, b, s, e);
      }
      case BOOL -> {
        if (text.isUnset(b, s, e)) {
          return null;
        }
        if (e - s == 1 && (b[s] == 'T' || b[s] == 'F')) {
          rec.setBool(f, b[s] == 'T');
          return null;
        }
        return "bad " + f.zeekName() + " " + Snippet.of(b, s, e) + " (expected T or F)";
      }
      default -> {
        if (text.isUnset(b, s, e)) {
          return null;
        }
        long v = number(f.type(), b, s, e);
        if (v == ZeekNumbers.INVALID) {
          return "bad " + f.zeekName() + " " + Snippet.of(b, s, e);
        }
        rec.setNumber(f, v);
      }
    }
    return null;
  }

  private static long number(ZeekField.Type type, byte[] b, int s, int e) {
    return switch (type) {
      case TIME, INTERVAL -> ZeekNumbers.micros(b, s, e);
      case COUNT -> ZeekNumbers.count(b, s, e);
      case PORT -> {
        long v = ZeekNumbers.count(b, s, e);
        yield v > 65535 ? ZeekNumbers.INVALID : v;
      }
      case STATUS -> {
        long v = ZeekNumbers.count(b, s, e);
        yield v > Integer.MAX_VALUE ? ZeekNumbers.INVALID : v;
      }
      default -> ZeekNumbers.INVALID;
    };
  }

  private String ttls(ZeekField f, byte[] b, int s, int e) {
    List<String> parts = text.list(b, s, e);
    List<Double> out = new ArrayList<>(parts.size());
    for (String p : parts) {
      long us = ZeekNumbers.micros(p);
      if (us == ZeekNumbers.INVALID || p.indexOf('e') >= 0 || p.indexOf('E') >= 0) {
        return "bad " + f.zeekName() + " " + Snippet.of(b, s, e);
      }
      out.add(us / 1e6);
    }
    rec.setTtls(out);
    return null;
  }
}
