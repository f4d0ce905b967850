package dev.cronhound.formats.windows;

import dev.cronhound.core.event.Origin;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects one record's fields while a reader walks it, then builds the {@link WindowsRecord}.
 * Applies the key rules of {@link WindowsRecord} in one place: unnamed {@code <Data>} values get
 * {@code #1}, {@code #2}, ... and a repeated key gets {@code #2}, {@code #3}, ... appended; and the
 * GUID value form ({@link GuidText}). Reused:
 * {@link #clear()} before each record.
 */
final class WindowsRecordBuilder {

  long recordId = -1;
  long timeCreatedMicros = WindowsRecord.NO_TIME;
  String provider;
  String channel;
  String computer;
  int eventId = -1;
  int version = -1;
  long processId = -1;
  long threadId = -1;
  String userSid;
  private final Map<String, String> data = new LinkedHashMap<>();
  private int unnamed;

  void clear() {
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
   * that is exactly a GUID is brought to {@code {UPPER}} form ({@link GuidText}).
   */
  void put(String key, String value) {
    String k = key;
    for (int n = 2; data.containsKey(k); n++) {
      k = key + "#" + n;
    }
    data.put(k, value == null ? "" : GuidText.normalize(value));
  }

  /** Adds an unnamed {@code <Data>} value as {@code #1}, {@code #2}, ... */
  void putUnnamed(String value) {
    put("#" + (++unnamed), value);
  }

  boolean hasData() {
    return !data.isEmpty();
  }

  WindowsRecord build(Origin origin) {
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
