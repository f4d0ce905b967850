package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/tunables.md is exactly what the code says; regenerate with -Dgolden.update=true. */
class TunablesDocTest {

  @Test
  void docsListEveryTunableWithItsDefault() throws Exception {
    Path doc = Path.of("..", "docs", "tunables.md");
    String expected = TunablesCommand.markdown();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(expected).contains("| `MinEpisodes` | `4` |", "| `PrevalenceWeight` | `0.9` |", "DestIPAllowlist");
  }
}
