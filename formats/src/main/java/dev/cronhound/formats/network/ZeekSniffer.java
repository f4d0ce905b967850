package dev.cronhound.formats.network;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cronhound.formats.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Recognises Zeek logs from their first bytes (already decompressed) and works out which log they
 * hold. TSV: a {@code #separator} or {@code #fields} header, or tab-separated data with no header
 * at all; JSON: a first record line starting with <code>{</code>. Leading {@code #} comment lines
 * (e.g. a btest banner) are passed over.
 *
 * <p>The log kind is, in order: the TSV {@code #path} header, or the JSON key {@code _path} (or
 * RockNSM's {@code @stream}) of the first record; a log name in the file name ({@code conn.log},
 * {@code SCRANTON_conn.log}, {@code conn.2024-01-01-00-00-00.log.gz}); the field set of the {@code
 * #fields} header or first record; else unknown (null).
 */
public final class ZeekSniffer {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** What a sniff found: the format and the log kind (null when unknown). */
  public record Result(InputFormat format, String logKind) {}

  private ZeekSniffer() {}

  /**
   * Sniffs {@code prefix[0, length)}, the start of a file called {@code fileName} (may be null).
   * With a non-null {@code override} the format is not sniffed, only the kind; without one, empty
   * when the bytes do not look like a Zeek log.
   */
  public static Optional<Result> sniff(
      byte[] prefix, int length, String fileName, InputFormat override) {
    InputFormat format = null;
    String path = null;
    List<String> fields = List.of();
    int s =
        startsWith(prefix, 0, length, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}) ? 3 : 0;
    while (s < length) {
      int e = s;
      while (e < length && prefix[e] != '\n') {
        e++;
      }
      int end = e > s && prefix[e - 1] == '\r' ? e - 1 : e;
      if (startsWith(prefix, s, end, bytes("#separator"))) {
        format = InputFormat.ZEEK_TSV;
      } else if (startsWith(prefix, s, end, bytes("#path"))) {
        path = ZeekLogKind.normalize(headerValue(prefix, s + 5, end));
      } else if (startsWith(prefix, s, end, bytes("#fields"))) {
        format = InputFormat.ZEEK_TSV;
        fields = Arrays.asList(headerValue(prefix, s + 7, end).split("\t"));
        break;
      } else if (end > s && prefix[s] == '{') {
        fields = new ArrayList<>();
        String stream = firstRecord(prefix, s, end, fields);
        // Every Zeek record has a ts; other JSON (a pretty-printed document, an API dump) is not ours.
        // (The raw key is matched too: Jackson reads a value with its name, so a broken ts value
        // throws before the key is collected.)
        boolean hasTs = fields.contains("ts") || indexOf(prefix, s, end, bytes("\"ts\"")) >= 0;
        format = hasTs ? InputFormat.ZEEK_JSON : null;
        path = path != null ? path : ZeekLogKind.normalize(stream);
        break;
      } else if (end > s && prefix[s] != '#') {
        if (format == null && indexOf(prefix, s, end, (byte) '\t') >= 0) {
          format = InputFormat.ZEEK_TSV;
        }
        break;
      }
      s = e + 1;
    }
    if (override != null) {
      format = override;
    }
    if (format == null) {
      return Optional.empty();
    }
    String kind = path != null ? path : ZeekLogKind.fromFileName(fileName);
    return Optional.of(new Result(format, kind != null ? kind : ZeekLogKind.fromFields(fields)));
  }

  /** Collects the top-level keys of a JSON record; returns its _path/@stream, if any. */
  private static String firstRecord(byte[] b, int s, int e, List<String> keys) {
    String stream = null;
    try (JsonParser p = JSON.createParser(b, s, e - s)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME && keys.size() < 1000) {
        String name = p.currentName();
        keys.add(name);
        JsonToken t = p.nextToken();
        if ((name.equals("_path") || name.equals("@stream")) && t == JsonToken.VALUE_STRING) {
          stream = p.getText();
        }
        p.skipChildren();
      }
    } catch (IOException ex) {
      // A broken first record (e.g. a masked ts) still tells us the keys before the break.
    }
    return stream;
  }

  private static String headerValue(byte[] b, int s, int e) {
    if (s < e && (b[s] == '\t' || b[s] == ' ')) {
      s++;
    }
    return new String(b, s, Math.max(0, e - s), StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] b, int s, int e, byte[] p) {
    return e - s >= p.length && Arrays.equals(b, s, s + p.length, p, 0, p.length);
  }

  private static int indexOf(byte[] b, int s, int e, byte[] needle) {
    for (int i = s; i + needle.length <= e; i++) {
      if (Arrays.equals(b, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, int s, int e, byte c) {
    for (int i = s; i < e; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
