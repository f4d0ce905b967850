package dev.cronhound.core.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every bad allowlist or baseline entry is reported with its place and what is wrong, not only the first. */
class BadEntriesTest {

  @Test
  void everyBadAllowlistLineIsListedWithFileLineAndReason() {
    List<EntryLine> lines = EntryLine.parse("allow.txt", List.of(
        "backup.corp.example  # fine",
        "bad entry!",
        "https://files.example/upload",
        "10.0.0.0/33",
        "198.51.100.7:22",
        "foo*.example",
        "*.update.example",
        "*.bad host"));
    assertThatThrownBy(() -> DestinationAllowlist.of(lines)).hasMessage(String.join("\n",
        "allow.txt:2: DestIPAllowlist entry 'bad entry!' is not an IP, CIDR, domain or *.domain",
        "allow.txt:3: DestIPAllowlist entry 'https://files.example/upload' is a URL: write its host name (files.example)",
        "allow.txt:4: DestIPAllowlist entry '10.0.0.0/33' is not an IP or CIDR block (prefix length out of range in 10.0.0.0/33)",
        "allow.txt:5: DestIPAllowlist entry '198.51.100.7:22' has a port: write the address or name alone (198.51.100.7)",
        "allow.txt:6: DestIPAllowlist entry 'foo*.example' has a * that is not a leading *. (write *.example.com for every subdomain)",
        "allow.txt:8: DestIPAllowlist entry '*.bad host' is not a wildcard *.domain"));
  }

  @Test
  void goodAllowlistLinesAllMatchAsBefore() {
    DestinationAllowlist a = DestinationAllowlist.of(EntryLine.parse("allow.txt", List.of(
        "# approved", "198.51.100.7", "203.0.113.0/24  # office", "Backup.Corp.Example", "*.update.example", "2001:db8::/32")));
    assertThat(a.entries()).containsExactly("198.51.100.7", "203.0.113.0/24", "backup.corp.example", "*.update.example", "2001:db8::/32");
    assertThat(a.match(null, List.of("203.0.113.9"))).isEqualTo("203.0.113.0/24");
    assertThat(a.match(null, List.of("2001:db8::1"))).isEqualTo("2001:db8::/32");
    assertThat(a.match("dl.update.example", List.of())).isEqualTo("*.update.example");
  }

  @Test
  void flagEntriesNameTheFlag() {
    assertThatThrownBy(() -> DestinationAllowlist.of(EntryLine.of("--allow-dest", List.of("bad entry!"))))
        .hasMessage("--allow-dest: DestIPAllowlist entry 'bad entry!' is not an IP, CIDR, domain or *.domain");
  }

  @Test
  void everyBadBaselineLineIsListedWithFileLineAndReason() {
    List<EntryLine> lines = EntryLine.parse("baseline.txt", List.of(
        "\\Corp\\NightlyBackup",
        "svchost.exe>backupagent.exe",
        "a.exe>b.exe>c.exe",
        ">backupagent.exe",
        "C:\\Windows\\System32\\svchost.exe>backupagent.exe",
        "*",
        "backup*.exe"));
    assertThatThrownBy(() -> ParentProcessBaseline.of(lines)).hasMessage(String.join("\n",
        "baseline.txt:3: ParentProcessBaseline entry 'a.exe>b.exe>c.exe' has more than one '>': a pair is parent>child",
        "baseline.txt:4: ParentProcessBaseline entry '>backupagent.exe' needs an image on both sides of '>' (svchost.exe>backupagent.exe)",
        "baseline.txt:5: ParentProcessBaseline entry 'C:\\Windows\\System32\\svchost.exe>backupagent.exe' names a path: parent>child are image file names (svchost.exe)",
        "baseline.txt:6: ParentProcessBaseline entry '*' would baseline every channel"));
  }

  @Test
  void goodBaselineLinesMatchAsBefore() {
    ParentProcessBaseline b = ParentProcessBaseline.of(EntryLine.parse("baseline.txt", List.of(
        "\\Corp\\NightlyBackup   # the backup task", "svchost.exe>backupagent.exe", "backup*.exe")));
    assertThat(b.match("\\Corp\\NightlyBackup", "x.exe", null)).isEqualTo("\\corp\\nightlybackup");
    assertThat(b.match(null, "backupagent.exe", "svchost.exe")).isEqualTo("svchost.exe>backupagent.exe");
    assertThat(b.match(null, "backup2.exe", null)).isEqualTo("backup*.exe");
    assertThat(b.match(null, "other.exe", "svchost.exe")).isNull();
  }
}
