package dev.cronhound.core.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryLineTest {

  @Test
  void commentsAndBlankLinesAreDroppedAndEntriesKeepTheirLine() {
    List<EntryLine> lines = EntryLine.parse("approved.txt", List.of(
        "\uFEFF# approved destinations",
        "",
        "backup.corp.example   # nightly backup",
        "   ",
        "\t203.0.113.0/24\t",
        "  # indented comment",
        "sftp.corp.example#not-a-comment"));
    assertThat(lines).containsExactly(
        new EntryLine("approved.txt", 3, "backup.corp.example"),
        new EntryLine("approved.txt", 5, "203.0.113.0/24"),
        new EntryLine("approved.txt", 7, "sftp.corp.example#not-a-comment"));
    assertThat(lines.get(0).where()).isEqualTo("approved.txt:3");
  }

  @Test
  void aByteOrderMarkBeforeTheFirstEntryIsNotPartOfIt() {
    assertThat(EntryLine.parse("f", List.of("\uFEFFbackup.corp.example")))
        .containsExactly(new EntryLine("f", 1, "backup.corp.example"));
  }

  @Test
  void entriesWithoutALineArePlacedByTheirSourceAlone() {
    assertThat(EntryLine.of("--allow-dest", List.of("a.example")).get(0).where()).isEqualTo("--allow-dest");
  }
}
