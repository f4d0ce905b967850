package dev.cronhound.cli.config;

import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.core.tuning.Tunable;
import dev.cronhound.core.tuning.TunableOverrides;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every tunable a site file can set, as {@code cronhound tunables} lists them: name, type, default, meaning. */
final class TunableCatalog {

  /** One tunable: its public name, value type, default as a site file writes it, meaning and record. */
  record Known(String name, Class<?> type, String defaultText, String doc, String group) {}

  private static final Map<String, Known> BY_LOWER_NAME = build();

  private TunableCatalog() {}

  static List<Known> all() {
    return List.copyOf(BY_LOWER_NAME.values());
  }

  /** The tunable named {@code name}, case-insensitively (as {@code --tune} matches). */
  static Optional<Known> find(String name) {
    return Optional.ofNullable(BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  static List<String> names() {
    return all().stream().map(Known::name).toList();
  }

  /** A value as a site file and {@code --tune} write it: plain decimals, never {@code 1.0E-4}. */
  static String text(Object value) {
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).toPlainString();
    }
    return String.valueOf(value);
  }

  private static Map<String, Known> build() {
    Map<String, Known> out = new LinkedHashMap<>();
    for (Record r : HuntSettings.defaults()) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        Tunable doc = c.getAnnotation(Tunable.class);
        String name = TunableOverrides.publicName(c);
        out.put(name.toLowerCase(Locale.ROOT),
            new Known(name, c.getType(), text(read(c, r)), doc == null ? "" : doc.value(), r.getClass().getSimpleName()));
      }
    }
    return out;
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
