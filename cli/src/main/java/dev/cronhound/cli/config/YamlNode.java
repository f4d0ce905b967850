package dev.cronhound.cli.config;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Map;

/** A YAML value read with the line it starts on: a scalar, a sequence or a mapping. */
sealed interface YamlNode {

  /** The 1-based line the value starts on. */
  int line();

  /** What the value is, for messages: "a list", "a mapping", "a number", ... */
  String kind();

  /** A scalar; {@code token} says how YAML typed it, {@code number} is set for numbers. */
  record Scalar(String text, JsonToken token, Number number, int line) implements YamlNode {
    @Override
    public String kind() {
      return switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "true/false";
        case VALUE_NULL -> "empty";
        default -> "a string";
      };
    }

    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }
  }

  /** A sequence ({@code [a, b]} or {@code - a} lines). */
  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A key of a mapping with the line it is on and its value. */
  record Entry(String key, int line, YamlNode value) {}

  /** A mapping, its keys in file order. */
  record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
    @Override
    public String kind() {
      return "a mapping";
    }
  }
}
