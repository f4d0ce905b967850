package dev.cronhound.formats.windows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ByteLines;
import dev.cronhound.formats.ReadReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Windows events as JSON lines (one object per line), in either of two dialects, detected
 * per record:
 *
 * <ul>
 *   <li><b>Winlogbeat / Elastic Agent</b> (ECS): {@code
 *       {"@timestamp":"2019-03-18T16:57:52.433Z","winlog":{"event_id":"1","channel":"...",
 *       "event_data":{"Image":"..."}}}} — see {@link WinlogbeatFields};
 *   <li><b>flattened</b> (NXLog {@code im_msvistalog}, OTRF Security-Datasets): {@code
 *       {"EventID":1,"Channel":"...","Hostname":"...","Image":"..."}} — see {@link
 *       FlattenedEventFields}, which also says which time each dialect is read from.
 * </ul>
 *
 * Nested objects and dotted keys are the same thing: {@code {"winlog":{"event_id":4688}}} and
 * {@code {"winlog.event_id":4688}} both give key {@code winlog.event_id}; a nested object inside
 * data gives {@code Outer.inner}. Values: a JSON number as its text, a string as is, {@code
 * true}/{@code false}, {@code null} as {@code ""}, an array as its elements' text joined with
 * {@code ,}.
 *
 * <p>Yields one {@link WindowsRecord} per line, origin = the line. Blank lines are skipped. A line
 * that is not JSON, not an object, has content after the object, is over {@link
 * ByteLines#MAX_LINE} bytes, or is neither dialect (no {@code winlog.event_id}/{@code
 * winlog.channel}/{@code winlog.provider_name}, no {@code EventID}) is counted and reported as
 * {@code file:line: reason} and skipped.
 */
public final class WindowsJsonReader {

  static final String FORMAT = "windows-json";
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final int MAX_DEPTH = 32;

  private WindowsJsonReader() {}

  /** Streams every line of {@code in}; never throws for bad content; does not close in. */
  public static void read(InputStream in, String file, WindowsRecordSink sink, ReadReport report) {
    ByteLines lines = new ByteLines(in);
    WindowsRecordBuilder b = new WindowsRecordBuilder();
    Map<String, String> flat = new LinkedHashMap<>();
    long records = 0;
    try {
      while (lines.next()) {
        long line = lines.lineNumber();
        if (lines.tooLong()) {
          report.malformed(file, line, "line longer than " + ByteLines.MAX_LINE + " bytes");
          continue;
        }
        if (blank(lines.buffer(), lines.start(), lines.end())) {
          continue;
        }
        flat.clear();
        String problem = flatten(lines.buffer(), lines.start(), lines.end(), flat);
        if (problem != null) {
          report.malformed(file, line, problem);
          continue;
        }
        b.clear();
        if (WinlogbeatFields.matches(flat)) {
          WinlogbeatFields.fill(flat, b);
        } else if (FlattenedEventFields.matches(flat)) {
          FlattenedEventFields.fill(flat, b);
        } else {
          report.malformed(file, line, "not a Windows event (no winlog.event_id and no EventID)");
          continue;
        }
        sink.accept(b.build(new Origin(file, line)));
        records++;
      }
    } catch (IOException e) {
      report.malformed(file, lines.lineNumber() + 1, "read error: " + oneLine(e.getMessage()));
    } finally {
      report.records(FORMAT, records);
      report.bytesRead(lines.bytesRead());
    }
  }

  private static boolean blank(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Fills {@code flat} from the object on the line; returns a problem or null. */
  static String flatten(byte[] buf, int start, int end, Map<String, String> flat) {
    try (JsonParser p = JSON.createParser(buf, start, end - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "not a JSON object";
      }
      object(p, "", flat, 0);
      if (p.nextToken() != null) {
        return "content after the JSON object";
      }
      return null;
    } catch (IOException e) {
      String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      return "malformed JSON: " + oneLine(m);
    }
  }

  private static void object(JsonParser p, String prefix, Map<String, String> flat, int depth)
      throws IOException {
    if (depth > MAX_DEPTH) {
      throw new JsonParseException(p, "nested deeper than " + MAX_DEPTH);
    }
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = prefix + p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_OBJECT) {
        object(p, key + ".", flat, depth + 1);
      } else if (v == JsonToken.START_ARRAY) {
        flat.put(key, array(p, depth + 1));
      } else {
        flat.put(key, scalar(p, v));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new JsonParseException(p, "unexpected " + t);
    }
  }

  private static String array(JsonParser p, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new JsonParseException(p, "nested deeper than " + MAX_DEPTH);
    }
    StringBuilder sb = new StringBuilder();
    JsonToken t;
    boolean first = true;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonParseException(p, "unexpected end of input");
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      if (t == JsonToken.START_ARRAY) {
        sb.append(array(p, depth + 1));
      } else if (t == JsonToken.START_OBJECT) {
        p.skipChildren();
      } else {
        sb.append(scalar(p, t));
      }
    }
    return sb.toString();
  }

  private static String scalar(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_NULL -> "";
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText();
      default -> throw new JsonParseException(p, "unexpected " + t);
    };
  }

  private static String oneLine(String s) {
    String t = String.valueOf(s).replaceAll("[\\r\\n\\u2028\\u2029]+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }
}
