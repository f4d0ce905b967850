package dev.cronhound.cli.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON tree reader over jackson-core (the CLI ships without databind): maps, lists, strings, numbers, booleans, null. */
final class Json {

  private Json() {}

  static Object read(Reader in) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IOException("empty JSON document");
      }
      Object v = value(p, t);
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the JSON document at line " + p.currentLocation().getLineNr());
      }
      return v;
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          m.put(name, value(p, p.nextToken()));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          l.add(value(p, e));
        }
        return l;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected JSON token " + t + " at line " + p.currentLocation().getLineNr());
    }
  }
}
