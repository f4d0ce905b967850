package dev.cronhound.formats.linux.cron;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A systemd unit file (systemd.syntax(7)) as settings by section: {@code [Section]} headers,
 * {@code Key=Value} lines (blanks around {@code =} dropped), {@code #} and {@code ;} comments, a
 * trailing {@code \} joining the next line. A key may repeat; an empty value clears the values
 * before it (as for {@code OnCalendar=} and {@code ExecStart=}). Lines that are none of these are
 * kept as problems with their line number.
 */
final class UnitFile {

  /** One value and the line it was set on. */
  record Setting(String value, long line) {}

  /** A line that is not a unit file line. */
  record Problem(long line, String reason) {}

  private final Map<String, List<Setting>> settings = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  /** Parses the lines of a unit file (line numbers from 1). */
  static UnitFile parse(List<String> lines) {
    UnitFile u = new UnitFile();
    String section = "";
    for (int i = 0; i < lines.size(); i++) {
      long number = i + 1;
      StringBuilder b = new StringBuilder(lines.get(i).strip());
      while (b.length() > 0 && b.charAt(b.length() - 1) == '\\' && i + 1 < lines.size()) {
        b.setLength(b.length() - 1);
        b.append(' ').append(lines.get(++i).strip());
      }
      String line = b.toString();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        u.problems.add(new Problem(number, "not a [Section] or Key=Value line"));
        continue;
      }
      String key = section + "." + line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      List<Setting> values = u.settings.computeIfAbsent(key, k -> new ArrayList<>());
      if (value.isEmpty()) {
        values.clear();
      } else {
        values.add(new Setting(value, number));
      }
    }
    return u;
  }

  /** True when the file has a {@code [section]} header with at least one setting in it. */
  boolean hasSection(String section) {
    return settings.keySet().stream().anyMatch(k -> k.startsWith(section + "."));
  }

  /** Every value of {@code key} in {@code section}, in order (after any clearing). */
  List<Setting> all(String section, String key) {
    return settings.getOrDefault(section + "." + key, List.of());
  }

  /** The last value of {@code key} in {@code section}, or null. */
  String last(String section, String key) {
    List<Setting> v = all(section, key);
    return v.isEmpty() ? null : v.get(v.size() - 1).value();
  }

  List<Problem> problems() {
    return problems;
  }
}
