package dev.cronhound.formats.linux.cron;

import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.Origin;
import java.util.HashMap;
import java.util.Map;

/**
 * The journal fields a run needs, from one entry of either export form: {@code
 * __REALTIME_TIMESTAMP} (epoch microseconds), {@code _HOSTNAME}, {@code SYSLOG_IDENTIFIER} (else
 * {@code _COMM}), {@code _PID} (else {@code SYSLOG_PID}), {@code MESSAGE}, and {@code UNIT} (the
 * unit systemd's own messages are about). Other fields are not kept.
 */
final class JournalEntry {

  private final Map<String, String> fields = new HashMap<>();

  static boolean wanted(String key) {
    return switch (key) {
      case "__REALTIME_TIMESTAMP", "_HOSTNAME", "SYSLOG_IDENTIFIER", "_COMM", "_PID", "SYSLOG_PID", "MESSAGE", "UNIT" -> true;
      default -> false;
    };
  }

  void clear() {
    fields.clear();
  }

  /** Keeps the first value of a wanted field. */
  void put(String key, String value) {
    if (value != null && wanted(key)) {
      fields.putIfAbsent(key, value);
    }
  }

  /** Why the entry cannot be used (no usable time), or null. */
  String problem() {
    return realtime() < 0 ? "no __REALTIME_TIMESTAMP (epoch microseconds)" : null;
  }

  /** The entry as a run, or null when it shows none. */
  JobRun run(RunMessages runs, Origin origin) {
    String ident = fields.getOrDefault("SYSLOG_IDENTIFIER", fields.get("_COMM"));
    long pid = number(fields.getOrDefault("_PID", fields.get("SYSLOG_PID")));
    return runs.map(realtime(), fields.get("_HOSTNAME"), ident, pid, fields.get("MESSAGE"), fields.get("UNIT"), origin);
  }

  private long realtime() {
    return number(fields.get("__REALTIME_TIMESTAMP"));
  }

  private static long number(String s) {
    if (s == null || s.isEmpty() || s.length() > 18) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(s);
  }
}
