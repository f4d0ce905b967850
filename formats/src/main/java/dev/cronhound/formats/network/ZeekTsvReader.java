package dev.cronhound.formats.network;

import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Zeek ASCII (TSV) logs as written by Zeek's default ASCII log writer.
 *
 * <p><b>Format.</b> A file is one or more header blocks, each followed by data lines (columns are
 * separated by tabs, shown here as spaces; long lines cut):
 *
 * <pre>
 * #separator \x09
 * #set_separator  ,
 * #empty_field  (empty)
 * #unset_field  -
 * #path  conn
 * #open  2023-08-16-01-28-55
 * #fields  ts  uid  id.orig_h  id.orig_p  id.resp_h  id.resp_p  proto  service  duration  ...
 * #types  time  string  addr  port  addr  port  enum  string  interval  ...
 * 1692161643.549491  CX6po61SVaO8po0uh8  192.168.1.41  55213  10.0.5.13  80  tcp  -  1.201128  ...
 * #close  2023-08-16-01-28-55
 * </pre>
 *
 * {@code #separator} gives the column separator, written as an escape ({@code \x09} = tab) and
 * separated from the directive by a space; every other line uses that separator. {@code
 * #set_separator} splits sets and vectors (dns {@code answers}, {@code TTLs}); {@code #unset_field}
 * ({@code -}) marks a missing value and {@code #empty_field} ({@code (empty)}) an empty string or
 * set. Non-printable bytes and separators inside values are written as {@code \xHH}. {@code
 * #fields} names the columns: they are located by name, so extra columns (newer Zeek versions add
 * e.g. {@code ip_proto}) and missing optional ones are fine. Times are epoch seconds with six
 * decimals and are parsed exactly to microseconds. A new {@code #separator} or {@code #fields} line
 * starts a new block with its own columns; {@code #open}, {@code #close}, {@code #types} and other
 * {@code #} lines (such as a btest banner) are ignored, as are blank lines.
 *
 * <p><b>Events.</b> {@code conn} lines become {@link dev.cronhound.core.event.Flow}s, {@code dns}
 * {@link dev.cronhound.core.event.DnsLookup}s, {@code ssl} {@link
 * dev.cronhound.core.event.TlsSession}s and {@code http} {@link
 * dev.cronhound.core.event.HttpRequest}s; the origin is the file name and 1-based line. Lines of
 * other logs ({@code weird}, {@code x509}, ...) are checked for their column count and counted. The
 * log path is the block's {@code #path}, else the kind given by the caller, else one implied by the
 * {@code #fields}.
 *
 * <p><b>Malformed input</b> is counted in the {@link ReadReport} with {@code file:line: reason} and
 * skipped: a wrong column count (also a last line cut off without newline), an unparsable time,
 * port or count, control bytes (binary data), a line over {@link ByteLines#MAX_LINE} bytes, data
 * before any {@code #fields} header (reported once per stretch), and a read error, which ends the
 * file but keeps what was read before it.
 *
 * <p>Works on bytes in a fixed buffer; only the columns an event uses become Strings.
 */
public final class ZeekTsvReader {

  private static final String FORMAT = InputFormat.ZEEK_TSV.id();
  private static final byte[] SEPARATOR = "#separator".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_COLUMNS = 4096;

  private final String file;
  private final String fileKind;
  private final EventSink sink;
  private final ReadReport report;
  private final ZeekTsvText text = new ZeekTsvText();
  private final ZeekTsvValues values;
  private final ZeekRecord rec = new ZeekRecord();
  private final TsvColumns cols = new TsvColumns();

  private String path;
  private int columns = -1;
  private ZeekStream stream;
  private int[] wantedColumns = new int[0];
  private ZeekField[] wantedFields = new ZeekField[0];
  private boolean skipping;
  private boolean brokenBlock;
  private String countKey = FORMAT + "/unknown";
  private long counted;

  private ZeekTsvReader(String file, String fileKind, EventSink sink, ReadReport report) {
    this.file = file;
    this.fileKind = ZeekLogKind.normalize(fileKind);
    this.sink = sink;
    this.report = report;
    this.values = new ZeekTsvValues(text, rec);
  }

  /**
   * Reads every line of {@code in}, sending events to {@code sink} and counts and problems to
   * {@code report}. Never throws for bad content or read errors; does not close {@code in}.
   *
   * @param file the name used in origins and problems
   * @param logKind the log path when known from outside the content (file name), or null
   */
  public static void read(
      InputStream in, String file, String logKind, EventSink sink, ReadReport report) {
    new ZeekTsvReader(file, logKind, sink, report).run(in);
  }

  private void run(InputStream in) {
    ByteLines lines = new ByteLines(in);
    try {
      while (lines.next()) {
        if (lines.tooLong()) {
          malformed(lines.lineNumber(), "line longer than " + ByteLines.MAX_LINE + " bytes");
        } else if (lines.end() > lines.start()) {
          line(lines.buffer(), lines.start(), lines.end(), lines.lineNumber(), lines.terminated());
        }
      }
    } catch (IOException e) {
      malformed(lines.lineNumber() + 1, "read error: " + describe(e));
    } finally {
      flushCount();
      report.bytesRead(lines.bytesRead());
    }
  }

  static String describe(IOException e) {
    return e.getClass().getSimpleName() + ": " + Snippet.line(e.getMessage());
  }

  private void line(byte[] b, int s, int e, long no, boolean terminated) {
    if (b[s] == '#') {
      directive(b, s, e, no);
      return;
    }
    if (columns < 0) {
      if (!skipping) {
        malformed(no, "data line before any #fields header; skipping to the next header");
        skipping = true;
      }
      return;
    }
    int n = cols.split(b, s, e);
    if (n < 0) {
      malformed(no, String.format("binary data: control byte 0x%02x", cols.badByte()));
      return;
    }
    if (n != columns) {
      String cut = terminated ? "" : "truncated last line (no newline): ";
      malformed(no, cut + "expected " + columns + " columns, found " + n);
      return;
    }
    if (stream == null) {
      counted++;
      return;
    }
    rec.clear();
    for (int k = 0; k < wantedColumns.length; k++) {
      int c = wantedColumns[k];
      String problem = values.assign(wantedFields[k], b, cols.start(c, s), cols.end(c));
      if (problem != null) {
        malformed(no, problem);
        return;
      }
    }
    if (rec.ts == ZeekRecord.NO_TIME) {
      malformed(no, "ts is unset");
      return;
    }
    sink.accept(rec.toEvent(stream, new Origin(file, no)));
    counted++;
  }

  private void directive(byte[] b, int s, int e, long no) {
    if (e - s >= SEPARATOR.length
        && Arrays.equals(b, s, s + SEPARATOR.length, SEPARATOR, 0, SEPARATOR.length)) {
      int v = s + SEPARATOR.length;
      if (v < e && (b[v] == ' ' || b[v] == '\t')) {
        v++;
      }
      newBlock(b, v, e, no);
      return;
    }
    if (brokenBlock) {
      return;
    }
    int nameEnd = s;
    while (nameEnd < e
        && nameEnd - s <= 16
        && b[nameEnd] != cols.separator()
        && b[nameEnd] != ' ') {
      nameEnd++;
    }
    int v = Math.min(nameEnd + 1, e);
    switch (new String(b, s, nameEnd - s, StandardCharsets.ISO_8859_1)) {
      case "#set_separator" -> {
        byte[] set = text.unescapeToArray(b, v, e);
        if (set.length == 1) {
          text.setSetSeparator(set[0]);
        } else {
          malformed(no, "unsupported #set_separator " + Snippet.of(b, v, e));
        }
      }
      case "#empty_field" -> text.setEmpty(text.unescapeToArray(b, v, e));
      case "#unset_field" -> text.setUnset(text.unescapeToArray(b, v, e));
      case "#path" ->
          path = ZeekLogKind.normalize(new String(b, v, e - v, StandardCharsets.ISO_8859_1));
      case "#fields" -> fields(b, v, e, no);
      default -> {
        // #open, #close, #types and comments carry nothing an event needs.
      }
    }
  }

  private void newBlock(byte[] b, int v, int e, long no) {
    flushCount();
    text.reset();
    path = null;
    columns = -1;
    stream = null;
    skipping = false;
    brokenBlock = false;
    cols.setSeparator((byte) '\t');
    byte[] sep = text.unescapeToArray(b, v, e);
    if (sep.length == 1) {
      cols.setSeparator(sep[0]);
    } else {
      malformed(no, "unsupported #separator " + Snippet.of(b, v, e) + "; skipping this block");
      skipping = true;
      brokenBlock = true;
    }
  }

  private void fields(byte[] b, int s, int e, long no) {
    flushCount();
    columns = -1;
    skipping = false;
    List<String> names = new ArrayList<>();
    int from = s;
    for (int i = s; i <= e && names.size() <= MAX_COLUMNS; i++) {
      if (i == e || b[i] == cols.separator()) {
        names.add(text.decode(b, from, i, false));
        from = i + 1;
      }
    }
    if (names.size() > MAX_COLUMNS) {
      malformed(no, "more than " + MAX_COLUMNS + " columns in #fields; skipping this block");
      skipping = true;
      return;
    }
    String kind = path != null ? path : fileKind != null ? fileKind : ZeekLogKind.fromFields(names);
    countKey = FORMAT + "/" + (kind == null ? "unknown" : kind);
    stream = ZeekStream.of(kind);
    List<Integer> positions = new ArrayList<>();
    List<ZeekField> wanted = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ZeekField f = ZeekField.byName(names.get(i));
      if (f != null && stream != null && stream.uses(f) && !wanted.contains(f)) {
        positions.add(i);
        wanted.add(f);
      }
    }
    if (stream != null && !wanted.contains(ZeekField.TS)) {
      malformed(no, "#fields has no ts column; skipping this block");
      skipping = true;
      return;
    }
    wantedColumns = positions.stream().mapToInt(Integer::intValue).toArray();
    wantedFields = wanted.toArray(new ZeekField[0]);
    columns = names.size();
    cols.ensure(columns);
  }

  private void flushCount() {
    report.records(countKey, counted);
    counted = 0;
  }

  private void malformed(long line, String reason) {
    report.malformed(file, line, reason);
  }
}
