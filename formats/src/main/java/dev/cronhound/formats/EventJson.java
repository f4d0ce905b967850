package dev.cronhound.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.TlsSession;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders events as JSON lines, one compact object per event:
 *
 * <pre>
 * {"type":"flow","ts":"2023-08-16T04:53:42.036086Z","ts_us":1692161622036086,"uid":"C...",
 *  "src_ip":"192.168.1.41","src_port":52605,...,"origin":"conn.log:9"}
 * </pre>
 *
 * {@code type} is the event kind ({@code flow}, {@code dns_lookup}, {@code tls_session}, {@code
 * http_request}; endpoint events {@link EndpointEventJson#typeName}), followed by the time as
 * ISO-8601 UTC and as epoch microseconds, the record's other fields in declaration order under
 * snake_case names, and the origin last. Null strings, -1 numbers and empty lists are left out. Strings are escaped by Jackson and the output stays UTF-8,
 * but control characters, U+0085, U+2028 and U+2029 (line breaks to some readers) and every
 * surrogate (characters outside the BMP, and unpaired halves) are written as JSON unicode escapes,
 * so no value can break a line or make the output invalid UTF-8.
 */
public final class EventJson implements EventSink, Closeable {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private final JsonGenerator gen;
  private final JsonLineFields fields;
  private final EndpointEventJson endpointEvents;

  /** Writes lines to {@code out}; {@link #close()} flushes but does not close {@code out}. */
  public EventJson(OutputStream out) {
    try {
      gen = JSON.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setRootValueSeparator(null);
    gen.setCharacterEscapes(LineSafeEscapes.INSTANCE);
    fields = new JsonLineFields(gen);
    endpointEvents = new EndpointEventJson(gen);
  }

  /** One event as a JSON line, without the newline. */
  public static String toJson(Event event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (EventJson json = new EventJson(out)) {
      json.write(event);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  /** The escapes every JSON-lines writer here uses, so no value can break a line. */
  static CharacterEscapes lineSafeEscapes() {
    return LineSafeEscapes.INSTANCE;
  }

  /** ISO-8601 UTC with microseconds: {@code 2023-08-16T04:53:42.036086Z}. */
  public static String isoTime(long epochMicros) {
    long seconds = Math.floorDiv(epochMicros, 1_000_000L);
    int micros = (int) Math.floorMod(epochMicros, 1_000_000L);
    long date = CivilDate.of(Math.floorDiv(seconds, 86_400L));
    int secs = (int) Math.floorMod(seconds, 86_400L);
    long year = CivilDate.year(date);
    if (year < 0 || year > 9999) {
      return ISO.format(LocalDateTime.ofEpochSecond(seconds, micros * 1000, ZoneOffset.UTC));
    }
    char[] c = new char[27];
    digits(c, 0, (int) year, 4);
    c[4] = '-';
    digits(c, 5, CivilDate.month(date), 2);
    c[7] = '-';
    digits(c, 8, CivilDate.day(date), 2);
    c[10] = 'T';
    digits(c, 11, secs / 3600, 2);
    c[13] = ':';
    digits(c, 14, secs / 60 % 60, 2);
    c[16] = ':';
    digits(c, 17, secs % 60, 2);
    c[19] = '.';
    digits(c, 20, micros, 6);
    c[26] = 'Z';
    return new String(c);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1, v = value; i >= at; i--, v /= 10) {
      c[i] = (char) ('0' + v % 10);
    }
  }

  /** Writes one event and a newline; an {@link IOException} is rethrown unchecked. */
  @Override
  public void accept(Event event) {
    write(event);
  }

  private void write(Event event) {
    try {
      gen.writeStartObject();
      if (event instanceof Flow f) {
        head("flow", f.tsMicros(), f.uid());
        endpoints(f.srcIp(), f.srcPort(), f.dstIp(), f.dstPort());
        fields.string("proto", f.proto());
        fields.string("service", f.service());
        fields.number("duration_micros", f.durationMicros());
        fields.number("bytes_out", f.bytesOut());
        fields.number("bytes_in", f.bytesIn());
        fields.string("conn_state", f.connState());
        // The sensor's locality verdicts, only when the log carried them (Zeek local_orig/local_resp).
        if (f.localOrig() != null) {
          gen.writeBooleanField("local_orig", f.localOrig());
        }
        if (f.localResp() != null) {
          gen.writeBooleanField("local_resp", f.localResp());
        }
      } else if (event instanceof DnsLookup d) {
        head("dns_lookup", d.tsMicros(), d.uid());
        fields.string("client_ip", d.clientIp());
        fields.string("server_ip", d.serverIp());
        fields.string("query", d.query());
        fields.string("qtype", d.qtype());
        fields.string("rcode", d.rcode());
        fields.strings("answers", d.answers());
        seconds("ttls_seconds", d.ttlsSeconds());
      } else if (event instanceof TlsSession t) {
        head("tls_session", t.tsMicros(), t.uid());
        endpoints(t.srcIp(), t.srcPort(), t.dstIp(), t.dstPort());
        fields.string("server_name", t.serverName());
        fields.string("version", t.version());
        fields.string("ja3", t.ja3());
      } else if (event instanceof HttpRequest h) {
        head("http_request", h.tsMicros(), h.uid());
        endpoints(h.srcIp(), h.srcPort(), h.dstIp(), h.dstPort());
        fields.string("method", h.method());
        fields.string("host", h.host());
        fields.string("uri", h.uri());
        fields.string("user_agent", h.userAgent());
        fields.number("request_body_bytes", h.requestBodyBytes());
        fields.number("response_body_bytes", h.responseBodyBytes());
        fields.number("status_code", h.statusCode());
      } else {
        head(EndpointEventJson.typeName(event), event.tsMicros(), null);
        endpointEvents.fields(event);
      }
      fields.string("origin", String.valueOf(event.origin()));
      gen.writeEndObject();
      gen.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void head(String type, long ts, String uid) throws IOException {
    gen.writeStringField("type", type);
    gen.writeStringField("ts", isoTime(ts));
    gen.writeNumberField("ts_us", ts);
    fields.string("uid", uid);
  }

  private void endpoints(String src, int srcPort, String dst, int dstPort) throws IOException {
    fields.string("src_ip", src);
    fields.number("src_port", srcPort);
    fields.string("dst_ip", dst);
    fields.number("dst_port", dstPort);
  }


  private void seconds(String name, List<Double> values) throws IOException {
    if (!values.isEmpty()) {
      gen.writeArrayFieldStart(name);
      for (double v : values) {
        gen.writeNumber(v);
      }
      gen.writeEndArray();
    }
  }

  /** Flushes buffered lines to the stream. */
  public void flush() {
    try {
      gen.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      gen.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson's JSON escapes plus the characters some line readers treat as line breaks. */
  private static final class LineSafeEscapes extends CharacterEscapes {
    static final LineSafeEscapes INSTANCE = new LineSafeEscapes();
    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
