package dev.cronhound.core.tuning;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code Name=value} overrides to a tunables record, by component name, and lists a record's
 * tunables with their current values and documentation. Works for any record whose components are
 * {@code double}, {@code int}, {@code long}, {@code boolean} or {@code String}.
 */
public final class TunableOverrides {

  private TunableOverrides() {}

  /** One tunable as shown to users. */
  public record Entry(String name, String value, String doc) {}

  /** The user-facing name of a record component. */
  public static String publicName(RecordComponent c) {
    String n = c.getName();
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** Lists every component of {@code values} with its value and {@link Tunable} text. */
  public static List<Entry> describe(Record values) {
    List<Entry> out = new ArrayList<>();
    for (RecordComponent c : values.getClass().getRecordComponents()) {
      Tunable doc = c.getAnnotation(Tunable.class);
      out.add(new Entry(publicName(c), String.valueOf(read(c, values)), doc == null ? "" : doc.value()));
    }
    return out;
  }

  /**
   * Returns a copy of {@code values} with the overrides that name one of its components applied.
   * Names match case-insensitively; overrides naming other records' tunables are ignored here (the
   * caller checks that every override was used by some record, see {@link #names}).
   *
   * @throws IllegalArgumentException when a value does not parse, naming the tunable
   */
  @SuppressWarnings("unchecked")
  public static <R extends Record> R apply(R values, Map<String, String> overrides) {
    RecordComponent[] comps = values.getClass().getRecordComponents();
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    Map<String, String> byLower = new LinkedHashMap<>();
    overrides.forEach((k, v) -> byLower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      types[i] = c.getType();
      String raw = byLower.get(c.getName().toLowerCase(java.util.Locale.ROOT));
      args[i] = raw == null ? read(c, values) : parse(publicName(c), c.getType(), raw.trim());
    }
    try {
      Constructor<?> ctor = values.getClass().getDeclaredConstructor(types);
      return (R) ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new IllegalArgumentException(cause == null ? e.toString() : cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + values.getClass().getSimpleName(), e);
    }
  }

  /** The user-facing tunable names of a record type, lower-cased, to validate overrides. */
  public static List<String> names(Class<? extends Record> type) {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      out.add(c.getName().toLowerCase(java.util.Locale.ROOT));
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

  private static Object parse(String name, Class<?> type, String raw) {
    try {
      if (type == double.class) {
        return Double.parseDouble(raw);
      } else if (type == int.class) {
        return Integer.parseInt(raw);
      } else if (type == long.class) {
        return Long.parseLong(raw);
      } else if (type == boolean.class) {
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
          throw new NumberFormatException("not true/false");
        }
        return Boolean.parseBoolean(raw);
      } else if (type == String.class) {
        return raw;
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "tunable " + name + ": '" + raw + "' is not a valid " + type.getSimpleName());
    }
    throw new IllegalArgumentException("tunable " + name + " cannot be set from the command line");
  }
}
