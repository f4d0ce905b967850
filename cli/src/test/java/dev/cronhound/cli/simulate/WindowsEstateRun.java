package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.formats.EventJson;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code simulate windows} the way the CLI would, and reads what it wrote back through
 * cronhound's own readers ({@link Inputs}), as normalized event JSON lines.
 */
final class WindowsEstateRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WindowsEstateRun() {}

  /** Runs {@code simulate windows --out dir args...} and asserts it succeeded. */
  static Path run(Path dir, String... args) {
    return Simulations.simulate("windows", dir, args);
  }

  /** What reading one input gave: the events as JSON lines, and the read report. */
  record Read(List<String> lines, ReadReport report) {
    /** The lines without their trailing {@code "origin"} (which names the file and line). */
    List<String> withoutOrigin() {
      return lines.stream().map(l -> l.replaceFirst(",\"origin\":\"[^\"]*\"}$", "}")).toList();
    }

    List<JsonNode> events() {
      List<JsonNode> out = new ArrayList<>(lines.size());
      for (String l : lines) {
        try {
          out.add(JSON.readTree(l));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return out;
    }
  }

  /** Reads {@code file} (format sniffed) into normalized events. */
  static Read read(Path file) {
    ReadReport report = new ReadReport();
    List<InputFile> files =
        Inputs.discover(List.of(file.toString()), null, report, InputStream.nullInputStream());
    assertThat(files).as("recognised: %s", report.problemSamples()).hasSize(1);
    List<String> lines = new ArrayList<>();
    Inputs.read(files.get(0), e -> lines.add(EventJson.toJson(e)), report);
    return new Read(lines, report);
  }

  static JsonNode truth(Path dir) throws IOException {
    return Simulations.truth(dir);
  }
}
