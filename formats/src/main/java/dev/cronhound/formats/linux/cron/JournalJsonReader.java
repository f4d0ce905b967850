package dev.cronhound.formats.linux.cron;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.Snippet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code journalctl -o json} output: one JSON object per line, every field a string, a field
 * that is not valid UTF-8 an array of byte values, a field logged more than once an array of its
 * values (the first is used), a field over journalctl's size limit {@code null}. Each entry is a
 * record; entries whose message shows a job run ({@link RunMessages}) become {@link JobRun}s,
 * origin = the line. A line that is not a JSON object, or an entry without a numeric {@code
 * __REALTIME_TIMESTAMP}, is counted and reported as {@code file:line: reason} and skipped.
 */
public final class JournalJsonReader {

  static final String FORMAT = "journald-json";
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private JournalJsonReader() {}

  /** Streams {@code in}, named {@code file}; never throws for bad content; does not close in. */
  public static void read(InputStream in, String file, EventSink sink, ReadReport report) {
    ByteLines lines = new ByteLines(in);
    RunMessages runs = new RunMessages();
    JournalEntry entry = new JournalEntry();
    long records = 0;
    try {
      while (lines.next()) {
        long n = lines.lineNumber();
        if (lines.tooLong()) {
          report.malformed(file, n, "line longer than " + ByteLines.MAX_LINE + " bytes");
          continue;
        }
        if (blank(lines.buffer(), lines.start(), lines.end())) {
          continue;
        }
        entry.clear();
        String problem = fill(lines.buffer(), lines.start(), lines.end(), entry);
        if (problem == null) {
          problem = entry.problem();
        }
        if (problem != null) {
          report.malformed(file, n, problem);
          continue;
        }
        records++;
        JobRun run = entry.run(runs, new Origin(file, n));
        if (run != null) {
          sink.accept(run);
        }
      }
    } catch (IOException e) {
      report.malformed(file, lines.lineNumber() + 1, "read error: " + Snippet.line(e.getMessage()));
    } finally {
      report.records(FORMAT, records);
      report.bytesRead(lines.bytesRead());
    }
  }

  private static boolean blank(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Fills {@code entry} from the object in {@code buf[start, end)}; returns a problem or null. */
  static String fill(byte[] buf, int start, int end, JournalEntry entry) {
    try (JsonParser p = JSON.createParser(buf, start, end - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "not a JSON object";
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        if (!JournalEntry.wanted(key)) {
          p.skipChildren();
          continue;
        }
        entry.put(key, value(p, v, true));
      }
      if (t != JsonToken.END_OBJECT) {
        return "malformed JSON: unexpected " + t;
      }
      if (p.nextToken() != null) {
        return "content after the JSON object";
      }
      return null;
    } catch (IOException e) {
      String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      return "malformed JSON: " + Snippet.line(m);
    }
  }

  /** A value as text: a string or number as is, bytes decoded, the first of several values. */
  private static String value(JsonParser p, JsonToken v, boolean top) throws IOException {
    switch (v) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getText();
      case START_ARRAY:
        break;
      case START_OBJECT:
        p.skipChildren();
        return null;
      default:
        return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String first = null;
    boolean isBytes = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonParseException(p, "unexpected end of input");
      }
      if (t == JsonToken.VALUE_NUMBER_INT && isBytes) {
        bytes.write(p.getIntValue());
        continue;
      }
      isBytes = false;
      String s = top && (t == JsonToken.START_ARRAY || t.isScalarValue()) ? value(p, t, false) : skip(p, t);
      if (first == null) {
        first = s;
      }
    }
    if (isBytes) {
      return bytes.toString(StandardCharsets.UTF_8);
    }
    return first;
  }

  private static String skip(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
      p.skipChildren();
    }
    return null;
  }
}
