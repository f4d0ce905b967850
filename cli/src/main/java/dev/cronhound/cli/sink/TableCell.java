package dev.cronhound.cli.sink;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a terminal table: its text as tokens (joined by a space) and how it may break across
 * lines. A {@code whole} cell (an address, a domain) is never broken: when it is wider than its
 * column it is shown whole past the column's edge ({@link TableRows}). Other cells break between
 * tokens, then between the words of a token too wide for the column, then, for a word still too
 * wide, anywhere; at most {@code maxLines} lines, the last cut with an ellipsis.
 *
 * @param tokens pieces that stay together on a line when they fit ("every 5m," "288 beats,")
 * @param whole never broken
 * @param maxLines the most lines the cell takes (0: no limit)
 */
record TableCell(List<String> tokens, boolean whole, int maxLines) {

  TableCell {
    tokens = List.copyOf(tokens);
  }

  /** A cell shown whole, never broken. */
  static TableCell whole(String text) {
    return new TableCell(List.of(text), true, 1);
  }

  /** A cell that breaks between {@code tokens}, then within them. */
  static TableCell pieces(List<String> tokens, int maxLines) {
    return new TableCell(tokens, false, maxLines);
  }

  /** The text on one line. */
  String text() {
    return String.join(" ", tokens);
  }

  /** The cell's lines in a column {@code width} wide (a whole cell: one line, maybe wider). */
  List<String> lines(int width) {
    if (whole || text().length() <= width) {
      return List.of(text());
    }
    List<String> words = new ArrayList<>();
    for (String t : tokens) {
      if (t.length() <= width) {
        words.add(t);
        continue;
      }
      for (String w : t.split(" ")) {
        for (int i = 0; i < w.length(); i += width) {
          words.add(w.substring(i, Math.min(w.length(), i + width)));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : words) {
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    lines.add(line.toString());
    if (maxLines > 0 && lines.size() > maxLines) {
      List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
      String last = cut.get(maxLines - 1);
      cut.set(maxLines - 1, (last.length() >= width ? last.substring(0, width - 1) : last).stripTrailing() + "…");
      return cut;
    }
    return lines;
  }
}
