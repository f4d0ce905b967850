package dev.cronhound.formats.windows;

import dev.cronhound.core.event.Origin;
import java.util.LinkedHashMap;
import java.util.Map;

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
  private final Map<String, String> data = new LinkedHashMap<>();
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
    data.clear();
    unnamed = 0;
  }

  /**
   * Adds a data value under {@code key}, or under {@code key#2}, {@code key#3}... if taken; a value
   * that is exactly a GUID is brought to {@code {UPPER}} form ({@link GuidText}) unless the
   * builder is {@link #forTypedValues}. Returns the key used.
   */
  public String put(String key, String value) {
    String k = key;
    for (int n = 2; data.containsKey(k); n++) {
      k = key + "#" + n;
    }
    data.put(k, value == null ? "" : typedValues ? value : GuidText.normalize(value));
    return k;
  }

  /** Adds an unnamed {@code <Data>} value as {@code #1}, {@code #2}, ...; returns the key used. */
  public String putUnnamed(String value) {
    return put("#" + (++unnamed), value);
  }

  public boolean hasData() {
    return !data.isEmpty();
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
        data,
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
