package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Every Windows XML and JSON sample under {@code src/test/resources/windows/xml} and {@code
 * .../windows/json} against its golden rendering: one line per {@link WindowsRecord} (all fields,
 * origin included), then the read summary. Regenerate with {@code -Dgolden.update=true}.
 */
class WindowsGoldenTest extends GoldenFileTest {

  static final Path WINDOWS = RESOURCES.resolve("windows");

  static Stream<Path> cases() throws IOException {
    List<Path> list = new ArrayList<>();
    for (String dir : List.of("xml", "json")) {
      try (Stream<Path> files = Files.walk(WINDOWS.resolve(dir))) {
        files
            .filter(Files::isRegularFile)
            .filter(WindowsGoldenTest::isSample)
            .sorted()
            .forEach(list::add);
      }
    }
    return list.stream();
  }

  private static boolean isSample(Path p) {
    String n = p.getFileName().toString();
    return !n.endsWith(".golden.jsonl") && (n.endsWith(".xml") || n.endsWith(".json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Path input) throws IOException {
    WindowsCapture c = WindowsCapture.file(input);
    List<String> lines = new ArrayList<>();
    c.records().forEach(r -> lines.add(WindowsCapture.render(r)));
    lines.add(summary(c.report()));
    assertThat(c.records()).isNotEmpty();
    assertGolden(goldenFor(input), lines);
  }
}
