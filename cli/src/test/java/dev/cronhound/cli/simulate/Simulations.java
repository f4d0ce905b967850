package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code simulate network} (or {@code windows}) the way the CLI would, and reads what it wrote. */
final class Simulations {
  private Simulations() {}

  /** Runs {@code simulate network --out dir args...} and asserts it succeeded. */
  static Path run(Path dir, String... args) {
    return simulate("network", dir, args);
  }

  /** Runs {@code simulate command --out dir args...} and asserts it succeeded. */
  static Path simulate(String command, Path dir, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--out", dir.toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(all.toArray(new String[0]));
    assertThat(code).as("exit code; stderr: %s", err).isZero();
    assertThat(out.toString()).startsWith("wrote ");
    return dir;
  }

  static JsonNode truth(Path dir) throws IOException {
    return new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
  }

  static JsonNode planted(JsonNode truth, String name) {
    return find(truth.get("planted"), name);
  }

  static JsonNode benign(JsonNode truth, String name) {
    return find(truth.get("benign"), name);
  }

  private static JsonNode find(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.get("name").asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no entry " + name + " in " + array);
  }
}
