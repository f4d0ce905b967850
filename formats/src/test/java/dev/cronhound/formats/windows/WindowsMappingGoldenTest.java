package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.EventJson;
import dev.cronhound.formats.GoldenFileTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code windows/mapping/*.records.jsonl} (real records, see the README there) mapped by
 * {@link WindowsEventMapper} against {@code *.golden.jsonl}. Regenerate with {@code
 * -Dgolden.update=true}.
 *
 * <p>The rendering does not depend on the form the records came in: each record's origin is
 * replaced by {@code record:<n>} (its 1-based position) before mapping. A reader of the same
 * records in EVTX, event XML or JSON can assert the same golden with {@link #renderMapped(List)}.
 */
class WindowsMappingGoldenTest extends GoldenFileTest {

  static final Path MAPPING = RESOURCES.resolve("windows").resolve("mapping");
  private static final String RECORDS = ".records.jsonl";

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(MAPPING)) {
      return files.filter(p -> p.getFileName().toString().endsWith(RECORDS)).sorted().toList().stream();
    }
  }

  /** The events of {@code records} as JSON lines, origins by position, then the counts. */
  static List<String> renderMapped(List<WindowsRecord> records) {
    List<String> lines = new ArrayList<>();
    WindowsEventMapper mapper = new WindowsEventMapper(e -> lines.add(EventJson.toJson(e)));
    for (int i = 0; i < records.size(); i++) {
      WindowsRecord r = records.get(i);
      mapper.accept(
          new WindowsRecord(
              r.recordId(),
              r.timeCreatedMicros(),
              r.provider(),
              r.channel(),
              r.computer(),
              r.eventId(),
              r.version(),
              r.processId(),
              r.threadId(),
              r.userSid(),
              r.data(),
              new Origin("record", i + 1)));
    }
    lines.add(
        "{\"summary\":{\"mapped\":" + mapper.mapped() + ",\"unmapped\":" + mapper.unmapped() + "}}");
    return lines;
  }

  /** {@code dir/x.records.jsonl} -> {@code dir/x.golden.jsonl}. */
  static Path goldenOf(Path records) {
    String n = records.getFileName().toString();
    return records.resolveSibling(n.substring(0, n.length() - RECORDS.length()) + ".golden.jsonl");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Path records) throws IOException {
    List<String> lines = renderMapped(RecordsFile.read(records));
    assertThat(lines).hasSizeGreaterThan(1);
    assertGolden(goldenOf(records), lines);
  }
}
