package dev.cronhound.formats.network;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cronhound.formats.Snippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads one JSON value into the field of a {@link ZeekRecord}, by the field's type. */
final class ZeekJsonValues {

  private final ZeekRecord rec;

  ZeekJsonValues(ZeekRecord rec) {
    this.rec = rec;
  }

  /**
   * Sets {@code f} from the value at token {@code t} (consuming arrays); returns a problem reason,
   * or null if fine. {@code null} leaves the field unset.
   */
  String assign(ZeekField f, JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    switch (f.type()) {
      case SYMBOL, TEXT -> {
        if (t != JsonToken.VALUE_STRING) {
          return wrongType(f, "a string", t);
        }
        rec.setText(f, p.getText());
      }
      case TIME, INTERVAL -> {
        long us;
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          us = ZeekNumbers.micros(p.getText());
        } else if (t == JsonToken.VALUE_STRING && f.type() == ZeekField.Type.TIME) {
          String s = p.getText();
          us = looksNumeric(s) ? ZeekNumbers.micros(s) : ZeekNumbers.isoMicros(s);
        } else {
          return wrongType(f, "a number", t);
        }
        if (us == ZeekNumbers.INVALID) {
          return "bad " + f.zeekName() + " " + Snippet.of(p.getText());
        }
        rec.setNumber(f, us);
      }
      case COUNT, PORT, STATUS -> {
        if (t != JsonToken.VALUE_NUMBER_INT) {
          return wrongType(f, "an integer", t);
        }
        long max =
            f.type() == ZeekField.Type.PORT
                ? 65535
                : f.type() == ZeekField.Type.STATUS ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            || p.getLongValue() < 0
            || p.getLongValue() > max) {
          return "bad " + f.zeekName() + " " + Snippet.of(p.getText());
        }
        rec.setNumber(f, p.getLongValue());
      }
      case BOOL -> {
        // Zeek writes true/false; some shippers turn Zeek's TSV T/F into strings.
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
          rec.setBool(f, t == JsonToken.VALUE_TRUE);
        } else if (t == JsonToken.VALUE_STRING && ("T".equals(p.getText()) || "F".equals(p.getText()))) {
          rec.setBool(f, "T".equals(p.getText()));
        } else if (t == JsonToken.VALUE_STRING && "-".equals(p.getText())) {
          return null;
        } else {
          return wrongType(f, "a boolean", t);
        }
      }
      case TEXT_LIST -> {
        return answers(f, p, t);
      }
      case INTERVAL_LIST -> {
        return ttls(f, p, t);
      }
    }
    return null;
  }

  private String answers(ZeekField f, JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      return wrongType(f, "an array", t);
    }
    List<String> out = new ArrayList<>(4);
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        return wrongType(f, "an array of strings", t);
      }
      out.add(p.getText());
    }
    rec.setAnswers(out);
    return null;
  }

  private String ttls(ZeekField f, JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      return wrongType(f, "an array", t);
    }
    List<Double> out = new ArrayList<>(4);
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return wrongType(f, "an array of numbers", t);
      }
      long us = ZeekNumbers.micros(p.getText());
      if (us == ZeekNumbers.INVALID) {
        return "bad " + f.zeekName() + " " + Snippet.of(p.getText());
      }
      out.add(us / 1e6);
    }
    rec.setTtls(out);
    return null;
  }

  private static boolean looksNumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c == '.' || c == '-')) {
        return false;
      }
    }
    return s.indexOf('-') <= 0;
  }

  private static String wrongType(ZeekField f, String expected, JsonToken t) {
    String got =
        switch (t) {
          case START_OBJECT -> "an object";
          case START_ARRAY -> "an array";
          case VALUE_STRING -> "a string";
          case VALUE_TRUE, VALUE_FALSE -> "a boolean";
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
          default -> String.valueOf(t);
        };
    return "bad " + f.zeekName() + ": expected " + expected + ", got " + got;
  }
}
