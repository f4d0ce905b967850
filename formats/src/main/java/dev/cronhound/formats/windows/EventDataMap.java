package dev.cronhound.formats.windows;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A record's EventData/UserData, name -> value text in document order, held as two arrays: the
 * {@link Map} every consumer may use (unmodifiable; equal to any map with the same entries) and
 * indexed access ({@link #key}, {@link #value}) for the hot paths that walk every field, such as
 * the JSON line writer. One per record: a {@link java.util.LinkedHashMap} copy allocated an entry
 * per field and hashed every key, which was about a third of the samples of an EVTX convert run
 * (JFR). Lookups scan the keys: records carry a few dozen fields at most, and the mapper asks for
 * a handful.
 */
public final class EventDataMap extends AbstractMap<String, String> {

  private static final EventDataMap EMPTY = new EventDataMap(new String[0], new String[0], 0);

  private final String[] keys;
  private final String[] values;
  private final int size;

  /** Takes the arrays (not copied): keys distinct, {@code size} entries used. */
  EventDataMap(String[] keys, String[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /** {@code map} itself when it is one, else its entries in iteration order. */
  public static EventDataMap copyOf(Map<String, String> map) {
    if (map instanceof EventDataMap d) {
      return d;
    }
    int n = map.size();
    if (n == 0) {
      return EMPTY;
    }
    String[] k = new String[n];
    String[] v = new String[n];
    int i = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      k[i] = e.getKey();
      v[i] = e.getValue();
      i++;
    }
    return new EventDataMap(k, v, i);
  }

  /** The name of field {@code i} (0 to {@link #size()} - 1), in document order. */
  public String key(int i) {
    Objects.checkIndex(i, size);
    return keys[i];
  }

  /** The value text of field {@code i}. */
  public String value(int i) {
    Objects.checkIndex(i, size);
    return values[i];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  private int indexOf(Object key) {
    for (int i = 0; i < size; i++) {
      if (Objects.equals(keys[i], key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += Objects.hashCode(keys[i]) ^ Objects.hashCode(values[i]);
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof EventDataMap d && d.size == size) {
      return Arrays.equals(keys, 0, size, d.keys, 0, size)
          && Arrays.equals(values, 0, size, d.values, 0, size)
          || super.equals(o);
    }
    return super.equals(o);
  }
}
