package dev.cronhound.core.tuning;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of an allowlist or baseline, with where it came from: a file and its 1-based line, a
 * site-file key, or a command-line flag ({@code line} 0). Lines of a list file are cut into entries
 * by {@link #parse}: blank lines are skipped, {@code #} starts a comment at the start of a line or
 * after whitespace ({@code backup.corp.example  # nightly}), a leading byte-order mark is dropped.
 */
public record EntryLine(String source, int line, String text) {

  /** The lines of a list file named {@code source}, as entries; comments and blank lines dropped. */
  public static List<EntryLine> parse(String source, List<String> lines) {
    List<EntryLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i == 0 && l.startsWith("\uFEFF")) {
        l = l.substring(1);
      }
      String entry = withoutComment(l).strip();
      if (!entry.isEmpty()) {
        out.add(new EntryLine(source, i + 1, entry));
      }
    }
    return out;
  }

  /** Entries given without a line, such as repeated {@code --allow-dest} flags. */
  public static List<EntryLine> of(String source, List<String> entries) {
    List<EntryLine> out = new ArrayList<>();
    for (String e : entries) {
      out.add(new EntryLine(source, 0, e));
    }
    return out;
  }

  /** Where the entry came from, for messages: {@code file:line}, or the source alone. */
  public String where() {
    return line > 0 ? source + ":" + line : source;
  }

  private static String withoutComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
