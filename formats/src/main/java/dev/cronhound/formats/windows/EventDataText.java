package dev.cronhound.formats.windows;

import dev.cronhound.core.event.ProcessRef;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the value text of {@link WindowsRecord} data fields into event fields: the placeholders
 * Windows and Sysmon log for "nothing" ({@code ""}, {@code -}) become null or -1, process ids are
 * read in decimal or {@code 0x} hex, GUIDs are upper-cased so every input form joins alike.
 */
final class EventDataText {

  private static final String ZERO_GUID = "{00000000-0000-0000-0000-000000000000}";
  private static final DateTimeFormatter SYSMON_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  private EventDataText() {}

  /** The field's text, or null when missing, empty or {@code -}. */
  static String text(WindowsRecord r, String name) {
    String v = r.get(name);
    if (v == null) {
      return null;
    }
    String t = v.strip();
    return t.isEmpty() || t.equals("-") ? null : v;
  }

  /** A number in decimal or {@code 0x} hex, or -1 when missing or unreadable. */
  static long number(WindowsRecord r, String name) {
    String v = text(r, name);
    if (v == null) {
      return -1;
    }
    String t = v.strip();
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseUnsignedLong(t.substring(2), 16);
      }
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A port (0-65535), or -1. */
  static int port(WindowsRecord r, String name) {
    long n = number(r, name);
    return n >= 0 && n <= 65535 ? (int) n : -1;
  }

  /** A GUID in upper case with braces; null when missing or all zeros. */
  static String guid(WindowsRecord r, String name) {
    String v = text(r, name);
    if (v == null) {
      return null;
    }
    String t = v.strip();
    if (!t.startsWith("{")) {
      t = "{" + t + "}";
    }
    t = t.toUpperCase(Locale.ROOT);
    return t.equals(ZERO_GUID) ? null : t;
  }

  /** A process from a GUID field and a pid field (either may be absent). */
  static ProcessRef process(WindowsRecord r, String guidField, String pidField) {
    String guid = guidField == null ? null : guid(r, guidField);
    long pid = number(r, pidField);
    return guid == null && pid == -1 ? ProcessRef.UNKNOWN : new ProcessRef(guid, pid);
  }

  /** {@code domain\\user} from two fields, the user alone when the domain is missing, or null. */
  static String account(WindowsRecord r, String domainField, String userField) {
    String user = text(r, userField);
    if (user == null) {
      return null;
    }
    String domain = text(r, domainField);
    return domain == null ? user : domain + "\\" + user;
  }

  /**
   * The record's TimeCreated, or for Sysmon records without one the event's {@code UtcTime}
   * ({@code 2019-03-18 16:57:52.433}); {@link WindowsRecord#NO_TIME} when neither is there.
   */
  static long time(WindowsRecord r) {
    if (r.timeCreatedMicros() != WindowsRecord.NO_TIME) {
      return r.timeCreatedMicros();
    }
    String utc = text(r, "UtcTime");
    if (utc != null) {
      try {
        LocalDateTime t = LocalDateTime.parse(utc.strip(), SYSMON_UTC);
        return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + t.getNano() / 1000;
      } catch (DateTimeParseException e) {
        return WindowsRecord.NO_TIME;
      }
    }
    return WindowsRecord.NO_TIME;
  }
}
