package dev.cronhound.cli.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One evaluation case ({@code eval/cases/*.json}, described in {@code eval/README.md}): what to
 * hunt, with which options, under which licence, and the labelled channels with their citations.
 *
 * @param name the case's handle
 * @param title one line on what the capture is
 * @param licence the capture's licence (SPDX id)
 * @param origin where the capture comes from (repository, commit, path)
 * @param inputs hunt inputs: paths relative to the repository root, or starting {@code
 *     ${CRONHOUND_REALDATA}/} for captures read in place (never copied into the repository)
 * @param options hunt arguments ({@code --tune X=Y}, ...); empty: a new user's defaults
 * @param positives known beacon, C2 and exfiltration channels
 * @param negatives labelled benign channels
 * @param notes what the labels leave out and why
 * @param file the case file
 */
public record EvalCase(
    String name,
    String title,
    String licence,
    String origin,
    List<String> inputs,
    List<String> options,
    List<Label> positives,
    List<Label> negatives,
    List<String> notes,
    Path file) {

  /** The prefix of inputs read from the real-data folder. */
  public static final String REALDATA = "${CRONHOUND_REALDATA}/";

  public EvalCase {
    inputs = List.copyOf(inputs);
    options = List.copyOf(options);
    positives = List.copyOf(positives);
    negatives = List.copyOf(negatives);
    notes = List.copyOf(notes);
  }

  /** Whether any input lives in the real-data folder (GPL captures, read in place). */
  public boolean needsRealdata() {
    return inputs.stream().anyMatch(i -> i.startsWith(REALDATA));
  }

  /** The inputs as paths: relative ones against {@code root}, real-data ones against {@code realdata}. */
  public List<Path> resolve(Path root, Path realdata) {
    List<Path> out = new ArrayList<>();
    for (String i : inputs) {
      out.add(i.startsWith(REALDATA) ? realdata.resolve(i.substring(REALDATA.length())) : root.resolve(i));
    }
    return out;
  }

  /** Reads a case file; the message of the exception names the file and what is wrong. */
  public static EvalCase read(Path file) throws IOException {
    Object tree;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      tree = Json.read(r);
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    try {
      Map<String, Object> m = map(tree, "the case");
      EvalCase c = new EvalCase(
          string(m, "name", true),
          string(m, "title", false),
          string(m, "licence", true),
          string(m, "origin", false),
          strings(m, "inputs"),
          strings(m, "options"),
          labels(m, "positives"),
          labels(m, "negatives"),
          strings(m, "notes"),
          file);
      if (c.inputs().isEmpty()) {
        throw new IllegalArgumentException("'inputs' is empty");
      }
      Set<String> names = new HashSet<>();
      for (Label l : concat(c.positives(), c.negatives())) {
        if (!names.add(l.name())) {
          throw new IllegalArgumentException("label name '" + l.name() + "' is used twice");
        }
      }
      return c;
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static List<Label> concat(List<Label> a, List<Label> b) {
    List<Label> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static final Set<String> LABEL_KEYS =
      Set.of("name", "src", "dst", "domain", "port", "period_s", "direction", "cite", "evidence");

  private static List<Label> labels(Map<String, Object> m, String key) {
    List<Label> out = new ArrayList<>();
    Object v = m.get(key);
    if (v == null) {
      return out;
    }
    if (!(v instanceof List<?> list)) {
      throw new IllegalArgumentException("'" + key + "' must be a list");
    }
    for (Object o : list) {
      Map<String, Object> l = map(o, key + " entry");
      for (String k : l.keySet()) {
        if (!LABEL_KEYS.contains(k)) {
          throw new IllegalArgumentException(key + " entry has unknown key '" + k + "' (known: " + LABEL_KEYS + ")");
        }
      }
      String name = string(l, "name", true);
      String cite = string(l, "cite", false);
      if (cite == null || cite.isBlank()) {
        throw new IllegalArgumentException(key + " '" + name + "' has no 'cite'");
      }
      List<Integer> ports = new ArrayList<>();
      for (Object p : listOf(l.get("port"))) {
        ports.add(((Number) p).intValue());
      }
      Object period = l.get("period_s");
      out.add(new Label(
          name,
          string(l, "src", true),
          stringsOf(l.get("dst")),
          stringsOf(l.get("domain")),
          ports,
          period == null ? Double.NaN : ((Number) period).doubleValue(),
          string(l, "direction", false),
          cite));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o, String what) {
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException(what + " must be a JSON object");
    }
    return (Map<String, Object>) o;
  }

  private static String string(Map<String, Object> m, String key, boolean required) {
    Object v = m.get(key);
    if (v == null) {
      if (required) {
        throw new IllegalArgumentException("missing '" + key + "'");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException("'" + key + "' must be a string");
    }
    return s;
  }

  private static List<String> strings(Map<String, Object> m, String key) {
    return stringsOf(m.get(key));
  }

  private static List<Object> listOf(Object v) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return new ArrayList<>(l);
    }
    return List.of(v);
  }

  private static List<String> stringsOf(Object v) {
    List<String> out = new ArrayList<>();
    for (Object o : listOf(v)) {
      out.add((String) o);
    }
    return out;
  }
}
