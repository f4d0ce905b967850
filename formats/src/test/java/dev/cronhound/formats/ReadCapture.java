package dev.cronhound.formats;

import dev.cronhound.core.event.Event;
import dev.cronhound.formats.network.ZeekJsonReader;
import dev.cronhound.formats.network.ZeekTsvReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** What reading some input produced: the events in order and the report. For tests. */
public record ReadCapture(List<Event> events, ReadReport report) {

  /** Reads {@code args} as the CLI would (discover, then read each input). */
  public static ReadCapture of(List<String> args) {
    ReadCapture c = new ReadCapture(new ArrayList<>(), new ReadReport());
    for (InputFile f : Inputs.discover(args, null, c.report, InputStream.nullInputStream())) {
      Inputs.read(f, c.events::add, c.report);
    }
    return c;
  }

  /** Runs the TSV reader over {@code data} named {@code name}. */
  public static ReadCapture tsv(String name, String kind, byte[] data) {
    ReadCapture c = new ReadCapture(new ArrayList<>(), new ReadReport());
    ZeekTsvReader.read(new ByteArrayInputStream(data), name, kind, c.events::add, c.report);
    return c;
  }

  /** Runs the JSON reader over {@code data} named {@code name}. */
  public static ReadCapture json(String name, String kind, byte[] data) {
    ReadCapture c = new ReadCapture(new ArrayList<>(), new ReadReport());
    ZeekJsonReader.read(new ByteArrayInputStream(data), name, kind, c.events::add, c.report);
    return c;
  }

  /** Problems as {@code file:line: reason}. */
  public List<String> problems() {
    return report.problemSamples().stream().map(ReadReport.Problem::toString).toList();
  }

  /** The events as EventJson lines without their origin, to compare inputs of the same traffic. */
  public List<String> withoutOrigin() {
    return events.stream()
        .map(EventJson::toJson)
        .map(s -> s.replaceFirst(",\"origin\":\"[^\"]*\"}$", "}"))
        .toList();
  }
}
