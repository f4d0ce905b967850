package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void jsonLinesCarryTheSameRecordsAsTsv() throws Exception {
    String[] args = {"--seed", "21", "--days", "2", "--hosts", "6", "--browse-rate", "10"};
    Path tsv = Simulations.run(tmp.resolve("tsv"), args);
    Path json = Simulations.run(tmp.resolve("json"), concat(args, "--format", "JSON"));
    for (String name : List.of("conn.log", "dns.log", "ssl.log", "http.log")) {
      ZeekTsv table = ZeekTsv.read(tsv.resolve(name));
      List<String> lines = Files.readAllLines(json.resolve(name), StandardCharsets.UTF_8);
      assertThat(lines).as(name).hasSameSizeAs(table.rows).isNotEmpty();
      for (int i = 0; i < lines.size(); i++) {
        JsonNode record = JSON.readTree(lines.get(i));
        String[] row = table.rows.get(i);
        assertThat(record.get("ts").isNumber()).isTrue();
        assertThat(Math.round(record.get("ts").asDouble() * 1e6)).isEqualTo(table.ts(row));
        for (int f = 1; f < table.fields.size(); f++) {
          String field = table.fields.get(f);
          String value = row[f];
          JsonNode node = record.get(field);
          if (value.equals("-")) {
            assertThat(node).as(field).isNull();
          } else if (value.equals("(empty)")) {
            assertThat(node.isArray() && node.isEmpty()).as(field).isTrue();
          } else if (node.isArray()) {
            assertThat(join(node)).as(field).isEqualTo(value);
          } else if (node.isBoolean()) {
            assertThat(node.asBoolean() ? "T" : "F").isEqualTo(value);
          } else if (node.isFloatingPointNumber()) {
            assertThat(node.asDouble()).as(field).isEqualTo(Double.parseDouble(value));
          } else {
            assertThat(node.asText()).as(field).isEqualTo(value);
          }
        }
      }
    }
    assertThat(Simulations.truth(json).get("format").asText()).isEqualTo("json");
    String first = Files.readAllLines(json.resolve("conn.log")).get(0);
    assertThat(first).startsWith("{\"ts\":").contains("\"id.orig_h\":\"10.10.0.");
  }

  private static String join(JsonNode array) {
    StringBuilder out = new StringBuilder();
    for (JsonNode item : array) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(item.isNumber() ? String.format("%.6f", item.asDouble()) : item.asText());
    }
    return out.toString();
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
