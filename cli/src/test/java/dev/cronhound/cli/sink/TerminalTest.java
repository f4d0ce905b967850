package dev.cronhound.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void theFlagWinsThenColumnsThenTheDefault() {
    assertThat(Terminal.width(90, Map.of("COLUMNS", "200"), true)).isEqualTo(90);
    assertThat(Terminal.width(null, Map.of("COLUMNS", "132"), false)).isEqualTo(132);
    assertThat(Terminal.width(null, Map.of("COLUMNS", " 80 "), false)).isEqualTo(80);
    assertThat(Terminal.width(null, Map.of(), false)).isEqualTo(Terminal.DEFAULT_WIDTH);
    assertThat(Terminal.width(null, Map.of("COLUMNS", "wide"), false)).isEqualTo(120);
    assertThat(Terminal.width(null, Map.of("COLUMNS", "20"), false)).as("too narrow: the narrowest table").isEqualTo(60);
    assertThat(Terminal.width(null, Map.of("COLUMNS", "0"), false)).isEqualTo(120);
  }

  @Test
  void testsDoNotRunOnATerminal() {
    // surefire pipes the forked JVM's stdout and stderr
    assertThat(Terminal.isTerminal(2)).isFalse();
  }
}
