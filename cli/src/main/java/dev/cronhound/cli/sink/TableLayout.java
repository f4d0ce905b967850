package dev.cronhound.cli.sink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which columns a table shows and how wide each is, for a terminal {@code width} columns wide.
 * Every column as wide as its widest cell when that fits. Else the wrapping columns are narrowed
 * toward their minimum, while the columns of whole cells (hosts, destinations) stay wide enough for
 * them (up to their maximum); while even that does not fit, the next column in drop order goes (to
 * a line of its own under each row, when it says so). When nothing is left to drop, whole columns
 * narrow too, to their minimum: their widest cells then run past the column ({@link TableRows}).
 * Spare room goes back in grow order, each column up to its maximum. Columns are separated by one
 * space.
 *
 * @param columns the columns shown, in table order (indexes into the columns given)
 * @param widths their widths
 * @param below the dropped columns shown on a line of their own under each row
 */
record TableLayout(List<Integer> columns, int[] widths, List<Integer> below) {

  static TableLayout fit(List<TableColumn> all, List<List<TableCell>> rows, int width) {
    List<Integer> shown = new ArrayList<>();
    List<Integer> below = new ArrayList<>();
    for (int c = 0; c < all.size(); c++) {
      if (!(all.get(c).hiddenWhenEmpty() && empty(rows, c))) {
        shown.add(c);
      }
    }
    boolean narrowWhole = false;
    while (true) {
      int k = shown.size();
      int[] widest = new int[k];
      int[] natural = new int[k];
      int[] min = new int[k];
      for (int j = 0; j < k; j++) {
        int c = shown.get(j);
        TableColumn col = all.get(c);
        int h = col.header().length();
        int n = h;
        boolean whole = false;
        for (List<TableCell> row : rows) {
          n = Math.max(n, row.get(c).text().length());
          whole |= row.get(c).whole();
        }
        widest[j] = n;
        natural[j] = col.maxWidth() > 0 ? Math.max(h, Math.min(n, col.maxWidth())) : n;
        min[j] = col.minWidth() <= 0 || (whole && !narrowWhole) ? natural[j]
            : Math.min(natural[j], Math.max(col.minWidth(), h));
      }
      if (sum(widest) + k - 1 <= width) {
        return new TableLayout(List.copyOf(shown), widest, List.copyOf(below));
      }
      if (sum(min) + k - 1 <= width) {
        grow(all, shown, natural, min, width - (sum(min) + k - 1));
        return new TableLayout(List.copyOf(shown), min, List.copyOf(below));
      }
      Integer drop = null;
      for (int c : shown) {
        int order = all.get(c).dropOrder();
        if (order > 0 && (drop == null || order < all.get(drop).dropOrder())) {
          drop = c;
        }
      }
      if (drop == null) {
        if (!narrowWhole) {
          narrowWhole = true;
          continue;
        }
        return new TableLayout(List.copyOf(shown), min, List.copyOf(below));
      }
      shown.remove(drop);
      if (all.get(drop).belowWhenDropped()) {
        below.add(drop);
      }
    }
  }

  /** Gives {@code spare} columns to the shown columns in grow order, each up to its natural width. */
  private static void grow(List<TableColumn> all, List<Integer> shown, int[] natural, int[] widths, int spare) {
    List<Integer> byGrow = new ArrayList<>();
    for (int j = 0; j < shown.size(); j++) {
      byGrow.add(j);
    }
    byGrow.sort(Comparator.comparingInt(j -> all.get(shown.get(j)).growOrder()));
    for (int j : byGrow) {
      int add = Math.min(spare, natural[j] - widths[j]);
      widths[j] += add;
      spare -= add;
    }
  }

  private static boolean empty(List<List<TableCell>> rows, int c) {
    return rows.stream().allMatch(r -> r.get(c).text().equals("-"));
  }

  private static int sum(int[] a) {
    int s = 0;
    for (int v : a) {
      s += v;
    }
    return s;
  }
}
