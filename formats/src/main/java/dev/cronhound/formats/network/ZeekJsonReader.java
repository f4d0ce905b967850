package dev.cronhound.formats.network;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads Zeek JSON logs: one JSON object per line, as written with {@code LogAscii::use_json=T}.
 *
 * <pre>
 * {"ts":1588205198.89971,"uid":"Cw1Hz43UWS4qXFei8f","id.orig_h":"10.0.1.4","id.orig_p":64842,...}
 * </pre>
 *
 * Both field dialects are read: stock Zeek ({@code id.orig_h}, optional {@code _path}) and the
 * RockNSM pipeline's ({@code id_orig_h}, {@code @stream}); a nested {@code "id":{"orig_h":...}}
 * object is read too. {@code ts} is epoch seconds (a JSON number, parsed exactly from its text) or
 * an ISO-8601 string ({@code 2020-04-30T00:06:38.899710Z}, or with an offset). Unknown keys are
 * ignored, missing optional ones are unset. Lines starting with {@code #} and blank lines are
 * skipped.
 *
 * <p>The log path of a record is its {@code _path}/{@code @stream}, else the kind the caller gives
 * (from the file name or first record); {@code conn}, {@code dns}, {@code ssl} and {@code http}
 * records become events as in {@link ZeekTsvReader}, others are only counted. Malformed lines (not
 * JSON, not an object, a masked or unparsable {@code ts}, a value of the wrong type) are counted
 * with {@code file:line: reason} and skipped.
 */
public final class ZeekJsonReader {

  private static final String FORMAT = InputFormat.ZEEK_JSON.id();
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final int MAX_KINDS = 64;

  private final String file;
  private final String fileKind;
  private final EventSink sink;
  private final ReadReport report;
  private final ZeekRecord rec = new ZeekRecord();
  private final ZeekJsonValues values = new ZeekJsonValues(rec);
  private final Map<String, long[]> counts = new HashMap<>();

  private ZeekJsonReader(String file, String fileKind, EventSink sink, ReadReport report) {
    this.file = file;
    this.fileKind = ZeekLogKind.normalize(fileKind);
    this.sink = sink;
    this.report = report;
  }

  /**
   * Reads every line of {@code in}, sending events to {@code sink} and counts and problems to
   * {@code report}. Never throws for bad content or read errors; does not close {@code in}.
   *
   * @param file the name used in origins and problems
   * @param logKind the log path for records without {@code _path}/{@code @stream}, or null
   */
  public static void read(
      InputStream in, String file, String logKind, EventSink sink, ReadReport report) {
    new ZeekJsonReader(file, logKind, sink, report).run(in);
  }

  private void run(InputStream in) {
    ByteLines lines = new ByteLines(in);
    try {
      while (lines.next()) {
        if (lines.tooLong()) {
          malformed(lines.lineNumber(), "line longer than " + ByteLines.MAX_LINE + " bytes");
          continue;
        }
        byte[] b = lines.buffer();
        int s = lines.start();
        int e = lines.end();
        if (lines.lineNumber() == 1
            && e - s >= 3
            && b[s] == (byte) 0xef
            && b[s + 1] == (byte) 0xbb
            && b[s + 2] == (byte) 0xbf) {
          s += 3;
        }
        while (s < e && (b[s] == ' ' || b[s] == '\t')) {
          s++;
        }
        if (s < e && b[s] != '#') {
          line(b, s, e, lines.lineNumber(), lines.terminated());
        }
      }
    } catch (IOException e) {
      malformed(lines.lineNumber() + 1, "read error: " + ZeekTsvReader.describe(e));
    } finally {
      counts.forEach((kind, n) -> report.records(FORMAT + "/" + kind, n[0]));
      report.bytesRead(lines.bytesRead());
    }
  }

  private void line(byte[] b, int s, int e, long no, boolean terminated) {
    rec.clear();
    String problem;
    try (JsonParser p = JSON.createParser(b, s, e - s)) {
      problem = p.nextToken() == JsonToken.START_OBJECT ? object(p) : "not a JSON object";
    } catch (JsonProcessingException ex) {
      String cut = terminated ? "" : "truncated last line (no newline): ";
      problem = cut + "invalid JSON: " + Snippet.line(ex.getOriginalMessage());
    } catch (IOException ex) {
      problem = "invalid JSON: " + ZeekTsvReader.describe(ex);
    }
    if (problem != null) {
      malformed(no, problem);
      return;
    }
    String path = ZeekLogKind.normalize(rec.text(ZeekField.PATH));
    String kind = path != null ? path : fileKind;
    ZeekStream stream = ZeekStream.of(kind);
    if (stream != null) {
      if (rec.ts == ZeekRecord.NO_TIME) {
        malformed(no, "ts is missing");
        return;
      }
      sink.accept(rec.toEvent(stream, new Origin(file, no)));
    }
    count(kind == null ? "unknown" : kind);
  }

  /** Reads the fields of the object just opened; returns a problem reason or null. */
  private String object(JsonParser p) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      ZeekField f = ZeekField.byName(name);
      String problem = null;
      if (f != null) {
        problem = values.assign(f, p, t);
      } else if (t == JsonToken.START_OBJECT && name.equals("id")) {
        problem = idObject(p);
      } else {
        p.skipChildren();
      }
      if (problem != null) {
        return problem;
      }
    }
    if (t != JsonToken.END_OBJECT) {
      return "not a JSON object";
    }
    return p.nextToken() == null ? null : "trailing data after the JSON object";
  }

  /** A nested {@code "id":{"orig_h":...,"orig_p":...}} connection id. */
  private String idObject(JsonParser p) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      ZeekField f = ZeekField.byName("id." + p.currentName());
      JsonToken t = p.nextToken();
      if (f == null) {
        p.skipChildren();
        continue;
      }
      String problem = values.assign(f, p, t);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private void count(String kind) {
    long[] n = counts.get(kind);
    if (n == null) {
      if (counts.size() >= MAX_KINDS) {
        kind = "unknown";
      }
      n = counts.computeIfAbsent(kind, k -> new long[1]);
    }
    n[0]++;
  }

  private void malformed(long line, String reason) {
    report.malformed(file, line, reason);
  }
}
