package dev.cronhound.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cronhound.formats.windows.WindowsRecord;
import dev.cronhound.formats.windows.WindowsRecordSink;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Jackson rendering {@link WindowsRecordJson} replaced (kept as the reference it must equal
 * byte for byte, see {@code WindowsRecordJsonProperties}).
 */
final class JacksonWindowsRecordJson implements WindowsRecordSink, Closeable {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final JsonGenerator gen;

  /** Writes lines to {@code out}; {@link #close()} flushes but does not close {@code out}. */
  JacksonWindowsRecordJson(OutputStream out) {
    try {
      gen = JSON.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setRootValueSeparator(null);
    gen.setCharacterEscapes(EventJson.lineSafeEscapes());
  }

  /** One record as a JSON line, without the newline. */
  public static String toJson(WindowsRecord r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JacksonWindowsRecordJson json = new JacksonWindowsRecordJson(out)) {
      json.accept(r);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  @Override
  public void accept(WindowsRecord r) {
    try {
      gen.writeStartObject();
      number("record_id", r.recordId());
      if (r.timeCreatedMicros() != WindowsRecord.NO_TIME) {
        gen.writeStringField("time", EventJson.isoTime(r.timeCreatedMicros()));
      }
      string("provider", r.provider());
      string("channel", r.channel());
      string("computer", r.computer());
      number("event_id", r.eventId());
      number("version", r.version());
      number("process_id", r.processId());
      number("thread_id", r.threadId());
      string("user_sid", r.userSid());
      gen.writeObjectFieldStart("data");
      for (Map.Entry<String, String> e : r.data().entrySet()) {
        gen.writeStringField(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
      string("origin", String.valueOf(r.origin()));
      gen.writeEndObject();
      gen.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void string(String name, String value) throws IOException {
    if (value != null) {
      gen.writeStringField(name, value);
    }
  }

  private void number(String name, long value) throws IOException {
    if (value != -1) {
      gen.writeNumberField(name, value);
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
}
