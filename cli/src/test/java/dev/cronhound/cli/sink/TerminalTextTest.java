package dev.cronhound.cli.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void controlAndInvisibleFormatCharactersBecomeVisibleEscapes() {
    assertThat(TerminalText.escape("a\u001b[31mb\rc\u0007\u009b")).isEqualTo("a\\x1b[31mb\\x0dc\\x07\\x9b");
    assertThat(TerminalText.escape("exe.\u202etxt\u2028\u200b\u2066")).isEqualTo("exe.\\u202etxt\\u2028\\u200b\\u2066");
    assertThat(TerminalText.escape("café 例え")).isEqualTo("café 例え");
    assertThat(TerminalText.escape(null)).isEqualTo("-");
  }

  @Test
  void safeCutsWithAnEllipsisAndEscapeNever() {
    assertThat(TerminalText.safe("abcdefghij", 5)).isEqualTo("abcd…");
    assertThat(TerminalText.safe("abcde", 5)).isEqualTo("abcde");
    assertThat(TerminalText.escape("x".repeat(300))).hasSize(300);
  }
}
