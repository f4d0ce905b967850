package dev.cronhound.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s that know their lines, from Jackson's streaming
 * YAML parser: nothing is bound to a Java type, so no document can make this construct an object.
 * Anchors, aliases and tags are refused (a site file needs none, and refusing aliases rules out
 * alias expansion bombs); so are duplicate keys, a second document and nesting deeper than {@link
 * #MAX_DEPTH}. The caller bounds the text's size.
 */
final class YamlTree {

  static final int MAX_DEPTH = 16;

  private static final YAMLFactory FACTORY = factory();

  private final YAMLParser parser;
  private final Problems problems;

  private YamlTree(YAMLParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * The document in {@code text}, or null when it has none (empty, or only comments).
   *
   * @throws SiteFileException with the line of the first YAML syntax error, or of every refused
   *     construct
   */
  static YamlNode read(String text, Problems problems) {
    try (YAMLParser p = FACTORY.createParser(text)) {
      YamlTree tree = new YamlTree(p, problems);
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = tree.value(first, 1, null);
      if (p.nextToken() != null) {
        problems.add(tree.line(), null, "a second YAML document: a site file is one document (remove the '---')");
      }
      problems.throwIfAny();
      return root;
    } catch (JsonParseException e) {
      problems.add(lineOf(e), null, "not valid YAML: " + reason(e));
      problems.throwIfAny();
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  private YamlNode value(JsonToken t, int depth, String path) throws IOException {
    int line = line();
    refuseAnchorsAndTags(line, path);
    if (depth > MAX_DEPTH) {
      problems.add(line, path, "nested deeper than " + MAX_DEPTH + " levels");
      problems.throwIfAny();
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
      for (JsonToken k = parser.nextToken(); k != JsonToken.END_OBJECT; k = parser.nextToken()) {
        String key = parser.currentName();
        int keyLine = line();
        String keyPath = path == null ? key : path + "." + key;
        YamlNode v = value(parser.nextToken(), depth + 1, keyPath);
        if (entries.containsKey(key)) {
          problems.add(keyLine, keyPath, "given twice (first on line " + entries.get(key).line() + ")");
        } else {
          entries.put(key, new YamlNode.Entry(key, keyLine, v));
        }
      }
      return new YamlNode.Mapping(entries, line);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      for (JsonToken i = parser.nextToken(); i != JsonToken.END_ARRAY; i = parser.nextToken()) {
        items.add(value(i, depth + 1, path));
      }
      return new YamlNode.Sequence(items, line);
    }
    String text = t == JsonToken.VALUE_NULL ? "" : parser.getText();
    if (t == JsonToken.VALUE_STRING && text.isEmpty()) {
      return new YamlNode.Scalar("", JsonToken.VALUE_NULL, null, line);
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        return new YamlNode.Scalar(text, t, parser.getNumberValue(), line);
      } catch (JsonParseException e) {
        // .nan, .inf and the like: a number to YAML, not to the tunables; kept as text to be refused with its key
        return new YamlNode.Scalar(text, JsonToken.VALUE_STRING, null, line);
      }
    }
    return new YamlNode.Scalar(text, t, null, line);
  }

  private void refuseAnchorsAndTags(int line, String path) throws IOException {
    if (parser.isCurrentAlias()) {
      problems.add(line, path, "YAML aliases (*name) are not allowed in a site file: write the value out");
    } else if (parser.getObjectId() != null) {
      problems.add(line, path, "YAML anchors (&" + parser.getObjectId() + ") are not allowed in a site file");
    }
    if (parser.getTypeId() != null) {
      problems.add(line, path, "YAML tags (!" + parser.getTypeId() + ") are not allowed in a site file");
    }
  }

  private int line() {
    JsonLocation l = parser.currentTokenLocation();
    return Math.max(1, l.getLineNr());
  }

  private static int lineOf(JsonParseException e) {
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      return m.getProblemMark().getLine() + 1;
    }
    JsonLocation l = e.getLocation();
    return l == null ? 1 : Math.max(1, l.getLineNr());
  }

  private static String reason(JsonParseException e) {
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
      return m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext() + ")");
    }
    return e.getOriginalMessage();
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH + 4);
    options.setCodePointLimit(SiteFileReader.MAX_BYTES + 1);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(SiteFileReader.MAX_BYTES).maxNestingDepth(MAX_DEPTH + 4).build())
        .build();
  }
}
