package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cronhound.core.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Base for golden-file tests: an input's rendering (every event as {@link EventJson}, then a
 * summary of the {@link ReadReport}) must equal the {@code .golden.jsonl} beside it.
 *
 * <p>To regenerate after an intended change, run {@code mvn -pl formats -am test
 * -Dgolden.update=true} (from the repository root; add {@code -Dtest=ZeekGoldenTest} to limit it)
 * and review the diff of {@code src/test/resources} before committing.
 */
public abstract class GoldenFileTest {

  /** True when goldens are rewritten instead of checked. */
  protected static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** Test resources in the source tree (the working directory is the module under Maven). */
  protected static final Path RESOURCES = Path.of("src", "test", "resources");

  /** {@code dir/conn.log.gz} -> {@code dir/conn.golden.jsonl}. */
  protected static Path goldenFor(Path input) {
    String name = input.getFileName().toString();
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".golden.jsonl");
  }

  /** Reads every input the way the CLI would and renders events plus the report summary. */
  protected static List<String> render(List<String> args) {
    ReadReport report = new ReadReport();
    List<String> lines = new ArrayList<>();
    for (InputFile f : Inputs.discover(args, null, report, System.in)) {
      Inputs.read(f, (Event e) -> lines.add(EventJson.toJson(e)), report);
    }
    lines.add(summary(report));
    return lines;
  }

  /** The report as one JSON line: files, records per format, malformed count, problems. */
  protected static String summary(ReadReport report) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode s = mapper.createObjectNode();
    ObjectNode summary = s.putObject("summary");
    report.files().forEach(summary.putArray("files")::add);
    ObjectNode records = summary.putObject("records");
    report.recordsByFormat().forEach(records::put);
    summary.put("malformed", report.malformedCount());
    ArrayNode problems = summary.putArray("problems");
    report.problemSamples().forEach(p -> problems.add(p.toString()));
    if (report.yearNoteCount() > 0) {
      ArrayNode years = summary.putArray("years");
      report.yearNotes().forEach(y -> years.add(y.file() + ": " + y.reason()));
    }
    if (report.warningCount() > 0) {
      ArrayNode warnings = summary.putArray("warnings");
      report.warnings().forEach(warnings::add);
    }
    try {
      return mapper.writeValueAsString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts {@code actual} equals the golden file, or rewrites it under -Dgolden.update=true. */
  protected static void assertGolden(Path golden, List<String> actual) throws IOException {
    String text = String.join("\n", actual) + "\n";
    if (UPDATE) {
      if ("true".equals(System.getenv("CI"))) {
        fail("golden.update is refused under CI=true: goldens are checked there, never rewritten");
      }
      Files.writeString(golden, text, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("missing golden %s; create it with -Dgolden.update=true", golden);
    }
    List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(diff(golden, expected, actual));
    }
  }

  private static String diff(Path golden, List<String> expected, List<String> actual) {
    int i = 0;
    while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
      i++;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(golden)
        .append(" differs (expected ")
        .append(expected.size())
        .append(" lines, got ")
        .append(actual.size())
        .append("); first difference at line ")
        .append(i + 1)
        .append(":\n");
    for (int k = i; k < Math.min(i + 3, Math.max(expected.size(), actual.size())); k++) {
      sb.append("- ").append(k < expected.size() ? expected.get(k) : "<none>").append('\n');
      sb.append("+ ").append(k < actual.size() ? actual.get(k) : "<none>").append('\n');
    }
    sb.append("Regenerate with -Dgolden.update=true if the change is intended.");
    return sb.toString();
  }
}
