package dev.cronhound.cli.config;

import com.fasterxml.jackson.core.JsonToken;
import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.net.Cidr;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.EntryLine;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import dev.cronhound.core.tuning.TunableOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads and validates a site file (docs/site-file.md) into a {@link SiteFile}. Every problem is
 * reported, each with file, line and key: unknown keys (with a "did you mean" for typos), values of
 * the wrong type, bad CIDRs, directions and allowlist or baseline entries, unreadable list files,
 * tunables out of range.
 */
public final class SiteFileReader {

  /** The largest site file read: 1 MiB. */
  public static final int MAX_BYTES = 1 << 20;

  static final String INTERNAL = "internal";
  static final String NOT_INTERNAL = "not_internal";
  static final String DIRECTIONS = "directions";
  static final String ALLOWLIST = "allowlist";
  static final String BASELINE = "baseline";
  static final String KNOWN_SERVICES = "known_services";
  static final String TUNABLES = "tunables";
  static final String ENTRIES = "entries";
  static final String FILES = "files";

  /** The top-level keys, in the order the printed defaults list them. */
  static final List<String> KEYS = List.of(INTERNAL, NOT_INTERNAL, DIRECTIONS, ALLOWLIST, BASELINE, KNOWN_SERVICES, TUNABLES);

  private final Path file;
  private final String name;
  private final Problems problems;

  private final List<Cidr> internal = new ArrayList<>();
  private final List<Cidr> notInternal = new ArrayList<>();
  private List<Direction> directions = SiteFile.ALL_DIRECTIONS;
  private final List<EntryLine> allowlist = new ArrayList<>();
  private final List<Path> allowlistFiles = new ArrayList<>();
  private final List<EntryLine> baseline = new ArrayList<>();
  private final List<Path> baselineFiles = new ArrayList<>();
  private boolean knownServices = true;
  private final Map<String, String> tunables = new LinkedHashMap<>();
  private final Map<String, Integer> tunableLines = new LinkedHashMap<>();

  private SiteFileReader(Path file) {
    this.file = file;
    this.name = file.toString();
    this.problems = new Problems(name);
  }

  /**
   * The site file at {@code file}; list files it names are read relative to its folder.
   *
   * @throws SiteFileException listing every problem, each as {@code file:line: key: what}
   */
  public static SiteFile read(Path file) {
    String text;
    try {
      text = EntryFile.text(file, "site", MAX_BYTES);
    } catch (IllegalArgumentException e) {
      throw new SiteFileException(List.of(e.getMessage()));
    }
    return new SiteFileReader(file).parse(text);
  }

  private SiteFile parse(String text) {
    YamlNode root = YamlTree.read(text, problems);
    if (root != null) {
      if (root instanceof YamlNode.Mapping m) {
        m.entries().values().forEach(this::topLevel);
      } else {
        problems.add(root.line(), null, "a site file is a mapping of keys (" + String.join(", ", KEYS) + "), not " + root.kind());
      }
    }
    checkTunableRanges(root);
    problems.throwIfAny();
    return new SiteFile(internal, notInternal, directions, allowlist, allowlistFiles, baseline, baselineFiles, knownServices, tunables);
  }

  private void topLevel(YamlNode.Entry e) {
    switch (e.key()) {
      case INTERNAL -> internal.addAll(list(e.key(), e.value(), this::cidr));
      case NOT_INTERNAL -> notInternal.addAll(list(e.key(), e.value(), this::cidr));
      case DIRECTIONS -> directions(e);
      case ALLOWLIST -> entryList(e, allowlist, allowlistFiles, DestinationAllowlist::problem, "allowlist");
      case BASELINE -> entryList(e, baseline, baselineFiles, ParentProcessBaseline::problem, "baseline");
      case KNOWN_SERVICES -> {
        Boolean b = bool(e.key(), e.value());
        if (b != null) {
          knownServices = b;
        }
      }
      case TUNABLES -> tunables(e);
      default -> unknownTopLevel(e);
    }
  }

  private void unknownTopLevel(YamlNode.Entry e) {
    if (TunableCatalog.find(e.key()).isPresent()) {
      problems.add(e.line(), e.key(), "a tunable: put it under tunables: (tunables: { "
          + TunableCatalog.find(e.key()).get().name() + ": ... })");
      return;
    }
    problems.add(e.line(), e.key(), DidYouMean.closest(e.key(), KEYS)
        .map(k -> "unknown key; did you mean '" + k + "'?")
        .orElse("unknown key (a site file has " + String.join(", ", KEYS) + ")"));
  }

  /** The items of a list value (null: none), each made by {@code item} (null: a problem was recorded). */
  private <T> List<T> list(String key, YamlNode value, ItemReader<T> item) {
    List<T> out = new ArrayList<>();
    if (value instanceof YamlNode.Scalar s && s.isNull()) {
      return out;
    }
    if (!(value instanceof YamlNode.Sequence seq)) {
      problems.add(value.line(), key, "must be a list ([a, b] or one '- a' line each), not " + value.kind());
      return out;
    }
    for (YamlNode n : seq.items()) {
      if (!(n instanceof YamlNode.Scalar s) || s.isNull()) {
        problems.add(n.line(), key, "a list item must be a single value, not " + n.kind());
        continue;
      }
      T t = item.read(key, s);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private interface ItemReader<T> {
    T read(String key, YamlNode.Scalar s);
  }

  private Cidr cidr(String key, YamlNode.Scalar s) {
    try {
      return Cidr.parse(s.text());
    } catch (IllegalArgumentException ex) {
      problems.add(s.line(), key, "'" + s.text() + "' is not a CIDR block or IP address (" + ex.getMessage() + ")");
      return null;
    }
  }

  private void directions(YamlNode.Entry e) {
    List<String> ids = SiteFile.ALL_DIRECTIONS.stream().map(Direction::id).toList();
    Set<Direction> seen = EnumSet.noneOf(Direction.class);
    List<Direction> given = list(e.key(), e.value(), (key, s) -> {
      try {
        Direction d = Direction.of(s.text());
        if (!seen.add(d)) {
          problems.add(s.line(), key, "'" + s.text() + "' is listed twice");
        }
        return d;
      } catch (IllegalArgumentException ex) {
        problems.add(s.line(), key, "'" + s.text() + "' is not a direction" + DidYouMean.closest(s.text(), ids)
            .map(d -> "; did you mean '" + d + "'?").orElse(" (" + String.join(", ", ids) + ")"));
        return null;
      }
    });
    if (given.isEmpty() && !problems.any()) {
      problems.add(e.line(), e.key(), "names no direction: list at least one of " + String.join(", ", ids));
    }
    directions = SiteFile.ALL_DIRECTIONS.stream().filter(seen::contains).toList();
  }

  /** {@code allowlist:} or {@code baseline:}: a mapping of {@code entries} and {@code files}, or a list of entries. */
  private void entryList(YamlNode.Entry e, List<EntryLine> entries, List<Path> files, Function<String, String> problem, String what) {
    if (e.value() instanceof YamlNode.Sequence) {
      inlineEntries(e.key(), e.value(), entries, problem);
      return;
    }
    if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
      return;
    }
    if (!(e.value() instanceof YamlNode.Mapping m)) {
      problems.add(e.value().line(), e.key(), "must be a mapping (entries: [...], files: [...]) or a list of entries, not " + e.value().kind());
      return;
    }
    for (YamlNode.Entry sub : m.entries().values()) {
      String key = e.key() + "." + sub.key();
      switch (sub.key()) {
        case ENTRIES -> inlineEntries(key, sub.value(), entries, problem);
        case FILES -> {
          for (String f : list(key, sub.value(), (k, s) -> s.text())) {
            listFile(key, sub, f, entries, files, what);
          }
        }
        default -> problems.add(sub.line(), key, DidYouMean.closest(sub.key(), List.of(ENTRIES, FILES))
            .map(k -> "unknown key; did you mean '" + k + "'?")
            .orElse("unknown key (" + e.key() + " has entries and files)"));
      }
    }
  }

  private void inlineEntries(String key, YamlNode value, List<EntryLine> entries, Function<String, String> problem) {
    for (YamlNode.Scalar s : list(key, value, (k, sc) -> sc)) {
      String p = problem.apply(s.text());
      if (p != null) {
        problems.add(s.line(), key, "'" + s.text().strip() + "' " + p);
      } else {
        entries.add(new EntryLine(name, s.line(), s.text()));
      }
    }
  }

  private void listFile(String key, YamlNode.Entry at, String f, List<EntryLine> entries, List<Path> files, String what) {
    Path p = file.resolveSibling(f);
    files.add(p);
    List<EntryLine> lines;
    try {
      lines = EntryFile.read(p, what);
    } catch (IllegalArgumentException ex) {
      problems.add(at.line(), key, ex.getMessage());
      return;
    }
    try {
      if (what.equals("allowlist")) {
        DestinationAllowlist.of(lines);
      } else {
        ParentProcessBaseline.of(lines);
      }
      entries.addAll(lines);
    } catch (IllegalArgumentException ex) {
      ex.getMessage().lines().forEach(problems::addPlaced);
    }
  }

  private void tunables(YamlNode.Entry e) {
    if (e.value() instanceof YamlNode.Scalar s && s.isNull()) {
      return;
    }
    if (!(e.value() instanceof YamlNode.Mapping m)) {
      problems.add(e.value().line(), e.key(), "must be a mapping of tunable names to values (MinEpisodes: 6), not " + e.value().kind());
      return;
    }
    for (YamlNode.Entry t : m.entries().values()) {
      String key = e.key() + "." + t.key();
      var known = TunableCatalog.find(t.key());
      if (known.isEmpty()) {
        problems.add(t.line(), key, unknownTunable(t.key()));
        continue;
      }
      String canonical = known.get().name();
      if (tunables.containsKey(canonical)) {
        problems.add(t.line(), key, "given twice (first on line " + tunableLines.get(canonical) + ")");
        continue;
      }
      String value = tunableValue(key, known.get(), t.value());
      if (value != null) {
        tunables.put(canonical, value);
        tunableLines.put(canonical, t.line());
      }
    }
  }

  private static String unknownTunable(String typed) {
    if (typed.equalsIgnoreCase("DestIPAllowlist")) {
      return "not set under tunables: list its entries under allowlist: (entries: [...], files: [...])";
    }
    if (typed.equalsIgnoreCase("ParentProcessBaseline")) {
      return "not set under tunables: list its entries under baseline: (entries: [...], files: [...])";
    }
    return DidYouMean.closest(typed, TunableCatalog.names())
        .map(k -> "unknown tunable; did you mean '" + k + "'?")
        .orElse("unknown tunable (run 'cronhound tunables' for the list)");
  }

  /** The value as {@code --tune} takes it, or null after recording why it does not fit the tunable's type. */
  private String tunableValue(String key, TunableCatalog.Known t, YamlNode value) {
    Class<?> type = t.type();
    String typeName = type == String.class ? "text" : type.getSimpleName();
    if (!(value instanceof YamlNode.Scalar s) || s.isNull()) {
      problems.add(value.line(), key, "needs a single value (" + t.name() + " is " + article(typeName) + "), not " + value.kind());
      return null;
    }
    String text = s.text().strip();
    if (type == int.class || type == long.class) {
      Long v = s.token() == JsonToken.VALUE_NUMBER_INT && s.number() != null ? asLong(s.number())
          : s.token() == JsonToken.VALUE_STRING ? parseLong(text) : null;
      if (v == null || (type == int.class && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE))) {
        problems.add(s.line(), key, "'" + text + "' is not a whole number (" + t.name() + " is " + article(typeName) + ")");
        return null;
      }
      return String.valueOf(v);
    }
    if (type == double.class) {
      Double v = s.number() != null ? Double.valueOf(s.number().doubleValue())
          : s.token() == JsonToken.VALUE_STRING ? parseDouble(text) : null;
      if (v == null || !Double.isFinite(v)) {
        problems.add(s.line(), key, "'" + text + "' is not a number (" + t.name() + " is a decimal number)");
        return null;
      }
      return TunableCatalog.text(v);
    }
    if (type == boolean.class) {
      boolean isBool = s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE
          || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
      if (!isBool) {
        problems.add(s.line(), key, "'" + text + "' is not true or false");
        return null;
      }
      return s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE
          ? String.valueOf(s.token() == JsonToken.VALUE_TRUE) : text.toLowerCase(Locale.ROOT);
    }
    return s.text();
  }

  private Boolean bool(String key, YamlNode value) {
    if (value instanceof YamlNode.Scalar s && (s.token() == JsonToken.VALUE_TRUE || s.token() == JsonToken.VALUE_FALSE)) {
      return s.token() == JsonToken.VALUE_TRUE;
    }
    String shown = value instanceof YamlNode.Scalar s ? "'" + s.text() + "'" : value.kind();
    problems.add(value.line(), key, shown + " is not true or false");
    return null;
  }

  /**
   * Tunables whose values parse may still be out of range ({@code MinEpisodes: 2}); each found
   * alone is placed on its own line, a combination that only fails together on {@code tunables:}.
   */
  private void checkTunableRanges(YamlNode root) {
    if (tunables.isEmpty() || problems.any()) {
      return;
    }
    String combined = rangeProblem(tunables);
    if (combined == null) {
      return;
    }
    boolean placed = false;
    for (Map.Entry<String, String> t : tunables.entrySet()) {
      String alone = rangeProblem(Map.of(t.getKey(), t.getValue()));
      if (alone != null) {
        problems.add(tunableLines.get(t.getKey()), TUNABLES + "." + t.getKey(), alone);
        placed = true;
      }
    }
    if (!placed) {
      int line = root instanceof YamlNode.Mapping m && m.entries().containsKey(TUNABLES) ? m.entries().get(TUNABLES).line() : 1;
      problems.add(line, TUNABLES, combined);
    }
  }

  private static String rangeProblem(Map<String, String> values) {
    try {
      HuntSettings.of(List.of(), null, Long.MIN_VALUE, Long.MAX_VALUE, values,
          DestinationAllowlist.empty(), ParentProcessBaseline.empty(), 0, 0);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static String article(String typeName) {
    return (typeName.startsWith("i") ? "an " : "a ") + typeName;
  }

  private static Long asLong(Number n) {
    if (n instanceof java.math.BigInteger b) {
      return b.bitLength() < 64 ? b.longValue() : null;
    }
    return n.longValue();
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double parseDouble(String s) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
