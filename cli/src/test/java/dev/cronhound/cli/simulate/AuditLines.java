package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-side reader of a raw {@code audit.log}: every line must be {@code type=T
 * msg=audit(SECONDS.MILLIS:SERIAL):} followed by {@code k=v} fields; lines of one serial form an
 * event.
 */
final class AuditLines {
  static final Pattern LINE =
      Pattern.compile("type=([A-Z_]+) msg=audit\\((\\d+)\\.(\\d{3}):(\\d+)\\):( .*)?");

  /** One record: its type, time in milliseconds, serial, body and (space-split) fields. */
  record Record(String type, long millis, long serial, String body, Map<String, String> fields) {
    String get(String key) {
      return fields.get(key);
    }
  }

  /** The records of one serial, in file order. */
  record Event(long serial, List<Record> records) {
    Record first(String type) {
      return records.stream().filter(r -> r.type().equals(type)).findFirst().orElse(null);
    }

    long millis() {
      return records.get(0).millis();
    }
  }

  final List<Record> records = new ArrayList<>();
  /** Events by serial, in order of their first line. */
  final Map<Long, Event> events = new LinkedHashMap<>();

  static AuditLines read(Path file) throws IOException {
    AuditLines out = new AuditLines();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new AssertionError(file + ":" + n + ": not an audit record: " + line);
      }
      String body = m.group(5) == null ? "" : m.group(5).substring(1);
      Map<String, String> fields = new LinkedHashMap<>();
      if (!body.contains("msg='")) {
        for (String kv : body.split(" ")) {
          int eq = kv.indexOf('=');
          if (eq > 0) {
            fields.put(kv.substring(0, eq), kv.substring(eq + 1));
          }
        }
      }
      Record r =
          new Record(
              m.group(1),
              Long.parseLong(m.group(2)) * 1000 + Long.parseLong(m.group(3)),
              Long.parseLong(m.group(4)),
              body,
              fields);
      out.records.add(r);
      out.events.computeIfAbsent(r.serial(), s -> new Event(s, new ArrayList<>())).records().add(r);
    }
    return out;
  }

  /** A quoted value's text, or a hex value decoded (auditd's two spellings). */
  static String text(String value) {
    if (value.startsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    byte[] bytes = new byte[value.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(value.substring(2 * i, 2 * i + 2), 16);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
