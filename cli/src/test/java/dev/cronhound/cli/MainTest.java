package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line built for one subcommand parses, helps and fails as the full one does. */
class MainTest {

  @Test
  void everySubcommandAloneHelpsAndFailsAsInTheFullCommandLine() {
    CommandLine all = Main.commandLine(TestClock.get());
    assertThat(all.getSubcommands().keySet())
        .containsExactly("hunt", "convert", "simulate", "tunables", "formats", "config");
    for (String name : all.getSubcommands().keySet()) {
      CommandLine one = Main.commandLine(name, TestClock.get());
      assertThat(one.getSubcommands().keySet()).containsExactly(name);
      assertThat(run(one, name, "--help")).isEqualTo(run(Main.commandLine(TestClock.get()), name, "--help"));
      assertThat(run(one, name, "--no-such-option")).isEqualTo(run(Main.commandLine(TestClock.get()), name, "--no-such-option"));
    }
  }

  private static String run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    int code = cl.execute(args);
    return code + "\n" + out;
  }
}
