package dev.cronhound.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every YAML example of docs/site-file.md reads without a problem. */
class SiteFileDocTest {

  @TempDir Path dir;

  @Test
  void everyYamlExampleInTheDocsReads() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "site-file.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).isNotEmpty();
    for (int i = 0; i < blocks.size(); i++) {
      Path f = dir.resolve("example" + i + ".yaml");
      Files.writeString(f, blocks.get(i), StandardCharsets.UTF_8);
      SiteFile s = SiteFileReader.read(f);
      assertThat(s.tunables()).as(blocks.get(i)).containsEntry("MinEpisodes", "6");
    }
  }
}
