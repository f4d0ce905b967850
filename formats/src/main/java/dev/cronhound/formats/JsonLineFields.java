package dev.cronhound.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The field conventions of the JSON-lines writers ({@link EventJson}, {@link EndpointEventJson}):
 * a field whose value is absent is left out: a null string, a -1 number, an empty list.
 */
final class JsonLineFields {

  private final JsonGenerator gen;

  JsonLineFields(JsonGenerator gen) {
    this.gen = gen;
  }

  void string(String name, String value) throws IOException {
    if (value != null) {
      gen.writeStringField(name, value);
    }
  }

  void number(String name, long value) throws IOException {
    if (value != -1) {
      gen.writeNumberField(name, value);
    }
  }

  void strings(String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      gen.writeArrayFieldStart(name);
      for (String v : values) {
        gen.writeString(v);
      }
      gen.writeEndArray();
    }
  }
}
