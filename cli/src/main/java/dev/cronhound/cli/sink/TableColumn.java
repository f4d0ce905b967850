package dev.cronhound.cli.sink;

import dev.cronhound.core.finding.Finding;

/**
 * One column of the finding table and how it gives way when the terminal is narrow.
 *
 * @param header the heading
 * @param cell the cell of a finding at a rank
 * @param minWidth the narrowest the column gets by wrapping (0: never narrower than its widest cell)
 * @param maxWidth the widest it grows (0: as wide as its widest cell)
 * @param dropOrder when nothing else is left to narrow, columns go in this order (1 first; 0: never)
 * @param growOrder spare room goes to the columns in this order (1 first)
 * @param rightAligned numbers
 * @param hiddenWhenEmpty left out when no finding has anything but "-" in it
 * @param belowWhenDropped when dropped, shown on a line of its own under each row instead
 */
record TableColumn(
    String header,
    Cell cell,
    int minWidth,
    int maxWidth,
    int dropOrder,
    int growOrder,
    boolean rightAligned,
    boolean hiddenWhenEmpty,
    boolean belowWhenDropped) {

  /** What a column shows for the finding ranked {@code rank} (from 1). */
  @FunctionalInterface
  interface Cell {
    TableCell of(int rank, Finding f);
  }

  /** A column as wide as its widest cell, never wrapped. */
  static TableColumn fixed(String header, Cell cell, int dropOrder, boolean right) {
    return new TableColumn(header, cell, 0, 0, dropOrder, Integer.MAX_VALUE, right, false, false);
  }
}
