package dev.cronhound.formats.windows;

import dev.cronhound.core.event.Origin;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects one record's fields while a reader walks it, then builds the {@link WindowsRecord}.
 * Applies the key rules of {@link WindowsRecord} in one place: unnamed {@code <Data>} values get
 * {@code #1}, {@code #2}, ... and a repeated key gets {@code #2}, {@code #3}, ... appended; and the
 * GUID value form ({@link GuidText}). Every reader fills one (the EVTX reader from its {@code
 * evtx} package, hence public), so the three forms share these rules. Reused: {@link #clear()}
 * before each record. The System fields are plain fields, as {@link WindowsRecord} documents them.
 */
public final class WindowsRecordBuilder {

  public long recordId = -1;
  public long timeCreatedMicros = WindowsRecord.NO_TIME;
  public String provider;
  public String channel;
  public String computer;
  public int eventId = -1;
  public int version = -1;
  public long processId = -1;
  public long threadId = -1;
  public String userSid;
  /** Data fields so far, in order: {@code keys[0, size)} distinct, {@code values} alike. */
  private String[] keys = new String[16];
  private String[] values = new String[16];
  private int size;
  /** The keys, once a record has more than {@value #SCAN} (null before): a repeat is found fast. */
  private Set<String> keySet;
  private static final int SCAN = 16;
  private final boolean typedValues;
  private int unnamed;

  /** For a text form (event XML, JSON): values that are exactly a GUID are normalized. */
  public WindowsRecordBuilder() {
    this(false);
  }

  private WindowsRecordBuilder(boolean typedValues) {
    this.typedValues = typedValues;
  }

  /**
   * For EVTX, whose values are typed: GUID values are rendered in the record's form already, and a
   * string value that looks like a GUID stays as logged (as python-evtx and Windows show it).
   */
  public static WindowsRecordBuilder forTypedValues() {
    return new WindowsRecordBuilder(true);
  }

  public void clear() {
    recordId = -1;
    timeCreatedMicros = WindowsRecord.NO_TIME;
    provider = null;
    channel = null;
    computer = null;
    eventId = -1;
    version = -1;
    processId = -1;
    threadId = -1;
    userSid = null;
    Arrays.fill(values, 0, size, null);
    size = 0;
    keySet = null;
    unnamed = 0;
  }

  /**
   * Adds a data value under {@code key}, or under {@code key#2}, {@code key#3}... if taken; a value
   * that is exactly a GUID is brought to {@code {UPPER}} form ({@link GuidText}) unless the
   * builder is {@link #forTypedValues}. Returns the key used.
   */
  public String put(String key, String value) {
    String k = key;
    for (int n = 2; has(k); n++) {
      k = key + "#" + n;
    }
    putNew(k, value == null ? "" : typedValues ? value : GuidText.normalize(value));
    return k;
  }

  /**
   * Adds {@code value} as it is under {@code key}, which the caller knows the record does not
   * have yet (an EVTX template's keys were made distinct when it was planned).
   */
  public void putNew(String key, String value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    if (keySet != null) {
      keySet.add(key);
    } else if (size > SCAN) {
      keySet = new HashSet<>(Arrays.asList(keys).subList(0, size));
    }
  }

  private boolean has(String key) {
    if (keySet != null) {
      return keySet.contains(key);
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Adds an unnamed {@code <Data>} value as {@code #1}, {@code #2}, ...; returns the key used. */
  public String putUnnamed(String value) {
    return put("#" + (++unnamed), value);
  }

  public boolean hasData() {
    return size > 0;
  }

  public WindowsRecord build(Origin origin) {
    return new WindowsRecord(
        recordId,
        timeCreatedMicros,
        provider,
        channel,
        computer,
        eventId,
        version,
        processId,
        threadId,
        userSid,
        new EventDataMap(Arrays.copyOf(keys, size), Arrays.copyOf(values, size), size),
        origin);
  }

  /** A decimal int, or -1 when {@code s} is null or not one. */
  static int intOr(String s) {
    long v = longOr(s);
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (int) v : -1;
  }

  /** A decimal (or {@code 0x} hex) long, or -1 when {@code s} is null or not one. */
  static long longOr(String s) {
    if (s == null) {
      return -1;
    }
    String t = s.trim();
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseUnsignedLong(t.substring(2), 16);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
