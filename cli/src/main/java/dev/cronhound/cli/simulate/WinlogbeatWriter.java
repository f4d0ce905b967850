package dev.cronhound.cli.simulate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Windows event records as Winlogbeat / Elastic Agent JSON lines: {@code @timestamp} (the
 * record's TimeCreated), {@code event.*}, {@code host.name}, {@code log.level}, and the record
 * under {@code winlog.*} ({@code channel}, {@code computer_name}, {@code event_id} as a string,
 * {@code provider_name}, {@code provider_guid}, {@code record_id}, {@code version}, {@code
 * process.pid}, {@code process.thread.id}, {@code user.identifier}, {@code event_data}), as in
 * Elastic's "Windows Event Log fields emitted by Winlogbeat". Jackson does the escaping.
 */
final class WinlogbeatWriter implements Closeable {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final OutputStream stream;
  private final JsonGenerator g;

  WinlogbeatWriter(Path file) throws IOException {
    stream = Files.newOutputStream(file);
    g = JSON.createGenerator(new BufferedOutputStream(stream, 1 << 16));
    g.setRootValueSeparator(null);
  }

  void write(WinRecord r) throws IOException {
    g.writeStartObject();
    g.writeStringField("@timestamp", SystemTimeText.systemTime(r.time, r.tick));
    g.writeObjectFieldStart("event");
    g.writeStringField("code", Integer.toString(r.eventId));
    g.writeStringField("kind", "event");
    g.writeStringField("provider", r.source.provider());
    g.writeEndObject();
    g.writeObjectFieldStart("host");
    g.writeStringField("name", r.computer);
    g.writeEndObject();
    g.writeObjectFieldStart("log");
    g.writeStringField("level", r.level == 4 || r.level == 0 ? "information" : "warning");
    g.writeEndObject();
    g.writeObjectFieldStart("winlog");
    g.writeStringField("api", "wineventlog");
    g.writeStringField("channel", r.source.channel());
    g.writeStringField("computer_name", r.computer);
    g.writeStringField("event_id", Integer.toString(r.eventId));
    g.writeStringField("provider_name", r.source.provider());
    g.writeStringField("provider_guid", r.source.guid());
    g.writeNumberField("record_id", r.recordId);
    g.writeNumberField("version", r.version);
    g.writeObjectFieldStart("process");
    g.writeNumberField("pid", r.executionPid);
    g.writeObjectFieldStart("thread");
    g.writeNumberField("id", r.threadId);
    g.writeEndObject();
    g.writeEndObject();
    if (r.userSid != null) {
      g.writeObjectFieldStart("user");
      g.writeStringField("identifier", r.userSid);
      g.writeEndObject();
    }
    g.writeObjectFieldStart("event_data");
    for (int i = 0; i < r.names.size(); i++) {
      g.writeStringField(r.names.get(i), r.values.get(i));
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeRaw('\n');
  }

  @Override
  public void close() throws IOException {
    g.close();
    stream.close();
  }
}
