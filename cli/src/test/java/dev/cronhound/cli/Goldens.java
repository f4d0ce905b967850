package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files of the CLI's tests: {@code -Dgolden.update=true} rewrites them (review the diff
 * before committing); refused under {@code CI=true}, where a golden is only ever checked.
 */
public final class Goldens {

  /** Test resources in the source tree (the working directory is the module under Maven). */
  public static final Path RESOURCES = Path.of("src", "test", "resources");

  private Goldens() {}

  /** Asserts {@code actual} equals the lines of {@code golden}, or rewrites it when updating. */
  public static void assertMatches(Path golden, List<String> actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      if ("true".equals(System.getenv("CI"))) {
        fail("golden.update is refused under CI=true: goldens are checked there, never rewritten");
      }
      Files.write(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("missing golden %s; create it with -Dgolden.update=true", golden);
    }
    assertThat(actual).as("%s (regenerate with -Dgolden.update=true if intended)", golden)
        .containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
  }
}
