package dev.cronhound.cli.sink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which columns a table shows and how wide each is, for a terminal {@code width} columns wide.
 * Every column as wide as its widest cell when that fits. Else the wrapping columns are narrowed
 * toward their minimum, while the columns of whole cells (hosts, destinations) stay wide enough for
 * most of them ({@link #TYPICAL} of the cells; an outlier such as one long domain runs past the
 * column rather than costing the table a column); while even that does not fit, the next column in drop order goes (to
 * a line of its own under each row, when it says so). When nothing is left to drop, whole columns
 * narrow too, to their minimum: their widest cells then run past the column ({@link TableRows});
 * only then do the columns of drop order {@link #LAST_RESORT} and above go.
 * Spare room goes back in grow order, each column up to its maximum (a column of whole cells only
 * as far as it lets one more of them fit). Columns are separated by one space.
 *
 * @param columns the columns shown, in table order (indexes into the columns given)
 * @param widths their widths
 * @param below the dropped columns shown on a line of their own under each row
 */
record TableLayout(List<Integer> columns, int[] widths, List<Integer> below) {

  /** Columns of this drop order or above go only after whole columns have narrowed. */
  static final int LAST_RESORT = 10;

  /** The share of a whole column's cells it stays wide enough for before columns are dropped. */
  static final double TYPICAL = 0.8;

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
      int[][] lengths = new int[k][];
      for (int j = 0; j < k; j++) {
        int c = shown.get(j);
        TableColumn col = all.get(c);
        int h = col.header().length();
        int n = h;
        boolean whole = false;
        int[] len = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
          TableCell cell = rows.get(i).get(c);
          len[i] = cell.text().length();
          n = Math.max(n, len[i]);
          whole |= cell.whole();
        }
        Arrays.sort(len);
        lengths[j] = whole ? len : null;
        widest[j] = n;
        natural[j] = col.maxWidth() > 0 ? Math.max(h, Math.min(n, col.maxWidth())) : n;
        int least = Math.max(col.minWidth(), h);
        if (whole && !narrowWhole && len.length > 0) {
          least = Math.max(least, len[(int) Math.floor(TYPICAL * (len.length - 1))]);
        }
        min[j] = col.minWidth() <= 0 ? natural[j] : Math.min(natural[j], least);
      }
      if (sum(widest) + k - 1 <= width) {
        return new TableLayout(List.copyOf(shown), widest, List.copyOf(below));
      }
      if (sum(min) + k - 1 <= width) {
        grow(all, shown, natural, lengths, min, width - (sum(min) + k - 1));
        return new TableLayout(List.copyOf(shown), min, List.copyOf(below));
      }
      Integer drop = null;
      for (int c : shown) {
        int order = all.get(c).dropOrder();
        if (order > 0 && (order < LAST_RESORT || narrowWhole) && (drop == null || order < all.get(drop).dropOrder())) {
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

  /**
   * Gives {@code spare} columns to the shown columns in grow order, each up to its natural width; a
   * column of whole cells (its cell {@code lengths}, sorted) only up to the longest cell that then fits.
   */
  private static void grow(
      List<TableColumn> all, List<Integer> shown, int[] natural, int[][] lengths, int[] widths, int spare) {
    List<Integer> byGrow = new ArrayList<>();
    for (int j = 0; j < shown.size(); j++) {
      byGrow.add(j);
    }
    byGrow.sort(Comparator.comparingInt(j -> all.get(shown.get(j)).growOrder()));
    for (int j : byGrow) {
      int to = Math.min(natural[j], widths[j] + spare);
      if (lengths[j] != null) {
        int fits = widths[j];
        for (int l : lengths[j]) {
          if (l <= to) {
            fits = Math.max(fits, l);
          }
        }
        to = fits;
      }
      int add = to - widths[j];
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
