package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.GoldenFileTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Zeek sample under {@code src/test/resources/zeek} (except {@code bad/}) against its golden
 * rendering. Regenerate with {@code -Dgolden.update=true}.
 */
class ZeekGoldenTest extends GoldenFileTest {

  static final Path ZEEK = RESOURCES.resolve("zeek");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.walk(ZEEK)) {
      List<Path> list =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.startsWith(ZEEK.resolve("bad")))
              .filter(ZeekGoldenTest::isSample)
              .sorted()
              .toList();
      return list.stream();
    }
  }

  private static boolean isSample(Path p) {
    String n = p.getFileName().toString();
    return !n.endsWith(".golden.jsonl")
        && !n.equals("README.md")
        && !n.equals("LICENSE")
        && !n.equals("COPYING");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Path input) throws IOException {
    List<String> lines = render(List.of(input.toString()));
    assertThat(lines).isNotEmpty();
    assertGolden(goldenFor(input), lines);
  }
}
