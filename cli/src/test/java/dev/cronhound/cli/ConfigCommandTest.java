package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.config.SiteFilePrinter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cronhound config}: the printed defaults, and a check that lists problems or what a file sets. */
class ConfigCommandTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(TestClock.get());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printDefaultsWritesACommentedFileThatChecksClean() throws Exception {
    Run r = run("config", "--print-defaults");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(SiteFilePrinter.defaults()).startsWith("# cronhound site file");
    Path f = dir.resolve("cronhound.yaml");
    Files.writeString(f, r.out());
    Run check = run("config", "--check", f.toString());
    assertThat(check.exit()).isEqualTo(ExitCodes.OK);
    assertThat(check.err()).isEmpty();
    assertThat(check.out()).contains("tunables.MinEpisodes: 4 (the default)\n");
  }

  @Test
  void checkListsWhatAFileSets() throws Exception {
    Files.writeString(dir.resolve("allow.txt"), "backup.corp.example\n*.update.example # vendor\n");
    Path f = dir.resolve("cronhound.yaml");
    Files.writeString(f, """
        internal: [198.51.100.0/24]
        directions: [outbound]
        allowlist:
          entries: [sftp.corp.example]
          files: [allow.txt]
        known_services: false
        tunables:
          MinEpisodes: 6
        """);
    Run r = run("config", "--check", f.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("internal: 198.51.100.0/24\n"
        + "directions: outbound\n"
        + "allowlist: 3 entries (1 from " + f + ", 2 from " + dir.resolve("allow.txt") + ")\n"
        + "known_services: false\n"
        + "tunables.MinEpisodes: 6 (default 4)\n");
    Path empty = dir.resolve("empty.yaml");
    Files.writeString(empty, "# nothing yet\n");
    assertThat(run("config", "--check", empty.toString()).out()).isEqualTo(empty + " sets nothing: every setting is at its default\n");
  }

  @Test
  void checkPrintsEveryProblemAndExitsWithTheUsageCode() throws Exception {
    Path f = dir.resolve("cronhound.yaml");
    Files.writeString(f, "tunabels:\n  MinEpisodes: 6\ntunables:\n  MinEpisodes: six\n");
    Run r = run("config", "--check", f.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(f + ":1: tunabels: unknown key; did you mean 'tunables'?\n"
        + f + ":4: tunables.MinEpisodes: 'six' is not a whole number (MinEpisodes is an int)\n"
        + "cronhound config: " + f + ": 2 problems\n");
  }

  @Test
  void oneOfPrintDefaultsOrCheckIsRequired() {
    Run r = run("config");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Error: Missing required argument (specify one of these): (--print-defaults | --check=FILE)");
  }
}
