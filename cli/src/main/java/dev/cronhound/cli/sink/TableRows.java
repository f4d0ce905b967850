package dev.cronhound.cli.sink;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints one table row as terminal lines. Cells take as many lines as they wrap to; a whole cell
 * wider than its column (a long domain, an IPv6 address) runs on past the column's edge and the
 * cells to its right on that line move to the next line, under their headings; a whole cell that
 * would pass the terminal's edge gets a line of its own, as far right as it fits. Nothing is cut.
 */
final class TableRows {

  private TableRows() {}

  static void print(List<List<String>> cellLines, int[] widths, boolean[] right, int width, PrintWriter out) {
    int height = 0;
    for (List<String> l : cellLines) {
      height = Math.max(height, l.size());
    }
    for (int i = 0; i < height; i++) {
      StringBuilder line = new StringBuilder();
      int x = 0;
      for (int c = 0; c < cellLines.size(); c++) {
        int at = x;
        x += widths[c] + 1;
        List<String> lines = cellLines.get(c);
        String t = i < lines.size() ? lines.get(i) : "";
        if (t.isEmpty()) {
          continue;
        }
        if (line.length() > 0 && line.length() >= at) {
          emit(line, out);
        }
        if (t.length() > widths[c] && at + t.length() > width) {
          emit(line, out);
          out.println(" ".repeat(Math.max(0, width - t.length())) + t);
          continue;
        }
        pad(line, right[c] ? at + widths[c] - t.length() : at);
        line.append(t);
      }
      emit(line, out);
    }
  }

  private static void pad(StringBuilder b, int to) {
    while (b.length() < to) {
      b.append(' ');
    }
  }

  private static void emit(StringBuilder line, PrintWriter out) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0) {
      out.println(line.substring(0, end));
    }
    line.setLength(0);
  }
}
