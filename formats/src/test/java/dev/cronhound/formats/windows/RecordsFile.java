package dev.cronhound.formats.windows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.core.event.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test records written as JSON lines in the shape {@code WindowsRecordJson} writes ({@code
 * record_id}, {@code time}, {@code provider}, {@code channel}, {@code computer}, {@code event_id},
 * {@code version}, {@code process_id}, {@code thread_id}, {@code user_sid}, {@code data}), read
 * back into {@link WindowsRecord}s; origin is the file name and line.
 */
final class RecordsFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordsFile() {}

  static List<WindowsRecord> read(Path file) {
    try {
      List<WindowsRecord> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          out.add(record(JSON.readTree(lines.get(i)), new Origin(file.getFileName().toString(), i + 1)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One record from its JSON form. */
  static WindowsRecord record(JsonNode n, Origin origin) {
    Map<String, String> data = new LinkedHashMap<>();
    n.path("data").fields().forEachRemaining(f -> data.put(f.getKey(), f.getValue().asText()));
    long time =
        n.hasNonNull("time")
            ? ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse(n.get("time").asText()))
            : WindowsRecord.NO_TIME;
    return new WindowsRecord(
        n.path("record_id").asLong(-1),
        time,
        n.path("provider").asText(null),
        n.path("channel").asText(null),
        n.path("computer").asText(null),
        n.path("event_id").asInt(-1),
        n.path("version").asInt(-1),
        n.path("process_id").asLong(-1),
        n.path("thread_id").asLong(-1),
        n.path("user_sid").asText(null),
        data,
        origin);
  }
}
