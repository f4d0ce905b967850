package dev.cronhound.formats.linux.audit;

import java.util.Arrays;
import java.util.List;

/**
 * One audit record: one line of {@code audit.log}, e.g. {@code type=SYSCALL
 * msg=audit(1700000000.123:4567): arch=c000003e syscall=59 ... exe="/usr/bin/curl"}.
 *
 * <p>Fields keep the order and text of the log; a value logged in double quotes is kept with its
 * quotes (so {@link #text} can tell a quoted string from hex). The fields of a user-space record's
 * single-quoted {@code msg='op=... exe="/usr/bin/sudo" res=success'} are flattened in place of
 * {@code msg}. Interpreted fields that {@code log_format = ENRICHED} appends after {@code \x1d}
 * ({@code UID="root" AUID="alice"}) are kept apart, in {@link #enriched()}.
 *
 * @param type the record type name ({@code SYSCALL}, {@code EXECVE}, ...; a numeric type as the
 *     kernel prints it to syslog, {@code type=1300}, is named from a small table, else {@code
 *     UNKNOWN[1300]} as libaudit names types it does not know)
 * @param node the {@code node=} name before {@code type=}, or null
 * @param seconds the stamp's epoch seconds
 * @param millis the stamp's milliseconds (0-999)
 * @param serial the stamp's serial number (unsigned 32-bit, kept in a long)
 * @param line 1-based line number in the input
 * @param fields key, raw value, key, raw value, ...
 * @param enriched the interpreted fields after {@code \x1d}, key, value, ...; empty when none
 */
public record AuditRecord(
    String type,
    String node,
    long seconds,
    int millis,
    long serial,
    long line,
    String[] fields,
    String[] enriched) {

  /** The raw value of the first field named {@code key} (quotes kept), or null. */
  public String raw(String key) {
    return find(fields, key);
  }

  /** The value of {@code key} with surrounding double quotes removed, or null when absent. */
  public String value(String key) {
    return unquote(raw(key));
  }

  /** The enriched (interpreted) value of {@code key}, e.g. {@code UID}, without quotes, or null. */
  public String enrichedValue(String key) {
    return unquote(find(enriched, key));
  }

  /**
   * The untrusted-string value of {@code key} as text: a quoted value without its quotes, a hex
   * value decoded (UTF-8), null for an absent field and for {@code (null)}, {@code (none)} and
   * {@code ?}. A value that is neither quoted nor hex is returned as logged.
   */
  public String text(String key) {
    return untrusted(raw(key));
  }

  /** The fields as a list, key, raw value, ... (for rendering). */
  public List<String> fieldList() {
    return Arrays.asList(fields);
  }

  /** {@link #text} for a raw value. */
  static String untrusted(String raw) {
    if (raw == null || isNull(raw)) {
      return null;
    }
    if (quoted(raw)) {
      return raw.substring(1, raw.length() - 1);
    }
    String t = HexText.text(raw);
    return t == null ? raw : t;
  }

  static boolean isNull(String raw) {
    return raw.equals("(null)") || raw.equals("(none)") || raw.equals("?");
  }

  static boolean quoted(String raw) {
    return raw.length() >= 2 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"';
  }

  static String unquote(String raw) {
    return raw != null && quoted(raw) ? raw.substring(1, raw.length() - 1) : raw;
  }

  private static String find(String[] kv, String key) {
    for (int i = 0; i + 1 < kv.length; i += 2) {
      if (kv[i].equals(key)) {
        return kv[i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditRecord r
        && type.equals(r.type)
        && java.util.Objects.equals(node, r.node)
        && seconds == r.seconds
        && millis == r.millis
        && serial == r.serial
        && line == r.line
        && Arrays.equals(fields, r.fields)
        && Arrays.equals(enriched, r.enriched);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(type, node, seconds, millis, serial, line)
        + 31 * Arrays.hashCode(fields);
  }

  @Override
  public String toString() {
    return "type=" + type + " audit(" + seconds + "." + millis + ":" + serial + ") line " + line
        + " " + Arrays.toString(fields);
  }
}
