package dev.cronhound.cli.sink;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.NoteNumbers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ranked table a hunter reads first: one row per finding, best first, fitted to a terminal
 * {@code width} columns wide ({@link TableLayout}). Columns: rank, score, severity, direction
 * ({@code out}, {@code in}, {@code e-w}), analytic, host, initiator (shown when any finding has one),
 * destination, why ({@link WhyText}), bytes out. When the terminal is narrow, why and initiator
 * wrap; then the initiator moves to a line under each row, and severity, bytes out and analytic go,
 * in that order; then hosts and destinations narrow, and at last why moves under the row. Rank,
 * score, direction, host and destination always stay. Hosts, addresses (IPv6 in brackets before the
 * port) and domains are never cut: one too wide for its column runs on and the rest of the line
 * moves down ({@link TableRows}). Every log-supplied string is escaped for the terminal ({@link
 * TerminalText}). See {@code docs/hunt-output.md}.
 */
public final class FindingTable {

  /** The longest DNS name; a longer "domain" (an HTTP Host header can say anything) is cut there. */
  private static final int MAX_NAME = 253;

  /** Where a column shown under its row (the initiator, on a narrow terminal) starts. */
  private static final int BELOW_INDENT = 4;

  static final List<TableColumn> COLUMNS = List.of(
      TableColumn.fixed("#", (rank, f) -> TableCell.whole(Integer.toString(rank)), 0, true),
      TableColumn.fixed("SCORE", (rank, f) -> TableCell.whole(NoteNumbers.fixed(f.score(), 2)), 0, false),
      TableColumn.fixed("SEV", (rank, f) -> TableCell.whole(f.severity().id()), 2, false),
      TableColumn.fixed("DIR", (rank, f) -> TableCell.whole(direction(f.direction())), 0, false),
      TableColumn.fixed("ANALYTIC", (rank, f) -> TableCell.whole(TerminalText.safe(f.analytic(), 12)), 4, false),
      new TableColumn("HOST", (rank, f) -> TableCell.whole(TerminalText.safe(f.host(), MAX_NAME)), 15, 40, 0, 3, false, false,
          false),
      new TableColumn("INITIATOR", (rank, f) -> TableCell.pieces(List.of(TerminalText.safe(initiator(f.initiator()), 400)), 2),
          24, 48, 1, 4, false, true, true),
      new TableColumn("DESTINATION", (rank, f) -> TableCell.whole(destination(f.destination())), 21, 50, 0, 2, false, false,
          false),
      new TableColumn("WHY", (rank, f) -> TableCell.pieces(WhyText.pieces(f), 0), 16, 40, TableLayout.LAST_RESORT, 1,
          false, false, true),
      TableColumn.fixed("BYTES OUT", (rank, f) -> TableCell.whole(f.bytesOut() < 0 ? "?" : NoteNumbers.bytes(f.bytesOut())), 3, true));

  private FindingTable() {}

  /** Prints the table of {@code findings} (nothing when there are none) for a terminal {@code width} wide. */
  public static void print(List<Finding> findings, int width, PrintWriter out) {
    if (findings.isEmpty()) {
      return;
    }
    List<List<TableCell>> rows = new ArrayList<>();
    int rank = 0;
    for (Finding f : findings) {
      rank++;
      List<TableCell> row = new ArrayList<>();
      for (TableColumn c : COLUMNS) {
        row.add(c.cell().of(rank, f));
      }
      rows.add(row);
    }
    TableLayout layout = TableLayout.fit(COLUMNS, rows, width);
    int k = layout.columns().size();
    boolean[] right = new boolean[k];
    List<List<String>> header = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      TableColumn c = COLUMNS.get(layout.columns().get(j));
      right[j] = c.rightAligned();
      header.add(List.of(c.header()));
    }
    TableRows.print(header, layout.widths(), right, width, out);
    for (List<TableCell> row : rows) {
      List<List<String>> lines = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        lines.add(row.get(layout.columns().get(j)).lines(layout.widths()[j]));
      }
      TableRows.print(lines, layout.widths(), right, width, out);
      for (int c : layout.below()) {
        TableCell cell = row.get(c);
        if (!cell.text().equals("-")) {
          String label = COLUMNS.get(c).header().toLowerCase(Locale.ROOT) + ": ";
          for (String l : cell.lines(Math.max(10, width - BELOW_INDENT - label.length()))) {
            out.println(" ".repeat(BELOW_INDENT) + label + l);
            label = " ".repeat(label.length());
          }
        }
      }
    }
  }

  /** {@code outbound} -> {@code out}, {@code inbound} -> {@code in}, {@code east-west} -> {@code e-w}. */
  static String direction(String d) {
    if (d == null) {
      return "-";
    }
    return switch (d) {
      case "outbound" -> "out";
      case "inbound" -> "in";
      case "east-west" -> "e-w";
      default -> TerminalText.safe(d, 8);
    };
  }

  /** The domain (else the address, IPv6 in brackets) and port, escaped, whole. */
  static String destination(Finding.Destination d) {
    String where;
    if (d.domain() != null) {
      where = TerminalText.safe(d.domain(), MAX_NAME);
    } else if (d.ip() != null && d.ip().indexOf(':') >= 0 && d.port() >= 0) {
      where = "[" + TerminalText.safe(d.ip(), 64) + "]";
    } else {
      where = TerminalText.safe(d.ip(), 64);
    }
    return d.port() >= 0 ? where + ":" + d.port() : where;
  }

  /**
   * The task path (or a cron job's command) when a job started it, else the image's file name; "-"
   * for network-only findings.
   */
  static String initiator(Finding.Initiator i) {
    if (i == null) {
      return "-";
    }
    if (i.job() != null) {
      // a crontab line is named "file:line command": the command is what tells jobs apart
      return i.job().replaceFirst("^\\S+:\\d+ ", "");
    }
    String image = i.image();
    if (image == null) {
      return "?";
    }
    int slash = Math.max(image.lastIndexOf('\\'), image.lastIndexOf('/'));
    return image.substring(slash + 1);
  }
}
