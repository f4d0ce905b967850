package dev.cronhound.formats.windows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cronhound.formats.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one read of a Windows reader gave: the records and the report; plus a JSON rendering. */
record WindowsCapture(List<WindowsRecord> records, ReadReport report) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static WindowsCapture xml(String text) {
    return xml(text.getBytes(StandardCharsets.UTF_8));
  }

  static WindowsCapture xml(byte[] bytes) {
    List<WindowsRecord> out = new ArrayList<>();
    ReadReport report = new ReadReport();
    WindowsXmlReader.read(new ByteArrayInputStream(bytes), "t.xml", out::add, report);
    return new WindowsCapture(out, report);
  }

  static WindowsCapture json(String text) {
    return json(text.getBytes(StandardCharsets.UTF_8));
  }

  static WindowsCapture json(byte[] bytes) {
    List<WindowsRecord> out = new ArrayList<>();
    ReadReport report = new ReadReport();
    WindowsJsonReader.read(new ByteArrayInputStream(bytes), "t.json", out::add, report);
    return new WindowsCapture(out, report);
  }

  /** Reads a file with the reader its extension names ({@code .xml} or else JSON). */
  static WindowsCapture file(Path p) {
    List<WindowsRecord> out = new ArrayList<>();
    ReadReport report = new ReadReport();
    report.fileOpened(p.getFileName().toString());
    try (InputStream in = Files.newInputStream(p)) {
      if (p.toString().endsWith(".xml")) {
        WindowsXmlReader.read(in, p.getFileName().toString(), out::add, report);
      } else {
        WindowsJsonReader.read(in, p.getFileName().toString(), out::add, report);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WindowsCapture(out, report);
  }

  /** The problems as {@code file:line: reason} strings. */
  List<String> problems() {
    return report.problemSamples().stream().map(Object::toString).toList();
  }

  /** The record without its origin, for comparing forms of the same event. */
  static WindowsRecord withoutOrigin(WindowsRecord r) {
    return new WindowsRecord(
        r.recordId(), r.timeCreatedMicros(), r.provider(), r.channel(), r.computer(), r.eventId(),
        r.version(), r.processId(), r.threadId(), r.userSid(), r.data(), null);
  }

  /** Every field of a record as one JSON line (the golden-file form). */
  static String render(WindowsRecord r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("origin", r.origin() == null ? null : r.origin().toString());
    o.put("recordId", r.recordId());
    if (r.timeCreatedMicros() == WindowsRecord.NO_TIME) {
      o.putNull("timeCreatedMicros");
    } else {
      o.put("timeCreatedMicros", r.timeCreatedMicros());
    }
    o.put("provider", r.provider());
    o.put("channel", r.channel());
    o.put("computer", r.computer());
    o.put("eventId", r.eventId());
    o.put("version", r.version());
    o.put("processId", r.processId());
    o.put("threadId", r.threadId());
    o.put("userSid", r.userSid());
    ObjectNode data = o.putObject("data");
    r.data().forEach(data::put);
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
