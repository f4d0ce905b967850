package dev.cronhound.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.net.Cidr;
import dev.cronhound.core.tuning.EntryLine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site files as a user writes them: real files, every problem placed by file, line and key. */
class SiteFileTest {

  @TempDir Path dir;

  Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  List<String> problems(Path file) {
    try {
      SiteFileReader.read(file);
    } catch (SiteFileException e) {
      return e.problems();
    }
    throw new AssertionError(file + " was read without a problem");
  }

  @Test
  void aFullSiteFileReadsIntoEveryField() throws Exception {
    write("allow.txt", "# approved\nbackup.corp.example  # nightly\n\n203.0.113.0/24\n");
    write("baseline.txt", "svchost.exe>backupagent.exe\n");
    Path f = write("cronhound.yaml", """
        # our estate
        internal: [198.51.100.0/24, 2001:db8::/32]
        not_internal:
          - 10.99.0.0/16
        directions: [east-west, outbound]
        allowlist:
          entries: ['*.update.example']
          files: [allow.txt]
        baseline:
          entries: ['\\Corp\\NightlyBackup']
          files: [baseline.txt]
        known_services: false
        tunables:
          MinEpisodes: 6
          burstgapseconds: 2.5
          IncludeExternalSources: true
          ScriptHosts: "powershell.exe,curl"
        """);
    SiteFile s = SiteFileReader.read(f);
    assertThat(s.internal()).containsExactly(Cidr.parse("198.51.100.0/24"), Cidr.parse("2001:db8::/32"));
    assertThat(s.notInternal()).containsExactly(Cidr.parse("10.99.0.0/16"));
    assertThat(s.directions()).containsExactly(Direction.OUTBOUND, Direction.EAST_WEST);
    assertThat(s.allowlist()).containsExactly(
        new EntryLine(f.toString(), 7, "*.update.example"),
        new EntryLine(dir.resolve("allow.txt").toString(), 2, "backup.corp.example"),
        new EntryLine(dir.resolve("allow.txt").toString(), 4, "203.0.113.0/24"));
    assertThat(s.allowlistFiles()).containsExactly(dir.resolve("allow.txt"));
    assertThat(s.baseline()).extracting(EntryLine::text).containsExactly("\\Corp\\NightlyBackup", "svchost.exe>backupagent.exe");
    assertThat(s.knownServices()).isFalse();
    assertThat(s.tunables()).containsExactly(
        Map.entry("MinEpisodes", "6"), Map.entry("BurstGapSeconds", "2.5"),
        Map.entry("IncludeExternalSources", "true"), Map.entry("ScriptHosts", "powershell.exe,curl"));
  }

  @Test
  void typosGetADidYouMeanWithFileLineAndKey() throws Exception {
    Path f = write("cronhound.yaml", """
        tunabels:
          MinEpisodes: 6
        not-internal: [10.99.0.0/16]
        tunables:
          MinEpisods: 6
          WeightSkew: 0.1
          NoSuchThingAtAll: 1
        directions: [outbond]
        allowlist:
          file: [allow.txt]
        colour: blue
        """);
    assertThat(problems(f)).containsExactly(
        f + ":1: tunabels: unknown key; did you mean 'tunables'?",
        f + ":3: not-internal: unknown key; did you mean 'not_internal'?",
        f + ":5: tunables.MinEpisods: unknown tunable; did you mean 'MinEpisodes'?",
        f + ":7: tunables.NoSuchThingAtAll: unknown tunable (run 'cronhound tunables' for the list)",
        f + ":8: directions: 'outbond' is not a direction; did you mean 'outbound'?",
        f + ":10: allowlist.file: unknown key; did you mean 'files'?",
        f + ":11: colour: unknown key (a site file has internal, not_internal, directions, allowlist, baseline, known_services, tunables)");
  }

  @Test
  void wrongTypesNameTheValueTheTypeAndTheLine() throws Exception {
    Path f = write("cronhound.yaml", """
        internal: 10.0.0.0/8
        known_services: maybe
        tunables:
          MinEpisodes: six
          EvidenceBeats: 2.5
          GridBand: lots
          IncludeExternalSources: 1
          WeightSkew: [0.1]
          MadCeiling: .nan
          TimeWindow:
        """);
    assertThat(problems(f)).containsExactly(
        f + ":1: internal: must be a list ([a, b] or one '- a' line each), not a string",
        f + ":2: known_services: 'maybe' is not true or false",
        f + ":4: tunables.MinEpisodes: 'six' is not a whole number (MinEpisodes is an int)",
        f + ":5: tunables.EvidenceBeats: '2.5' is not a whole number (EvidenceBeats is an int)",
        f + ":6: tunables.GridBand: 'lots' is not a number (GridBand is a decimal number)",
        f + ":7: tunables.IncludeExternalSources: '1' is not true or false",
        f + ":8: tunables.WeightSkew: needs a single value (WeightSkew is a double), not a list",
        f + ":9: tunables.MadCeiling: '.nan' is not a number (MadCeiling is a decimal number)",
        f + ":10: tunables.TimeWindow: needs a single value (TimeWindow is a double), not empty");
  }

  @Test
  void valuesOutOfRangeArePlacedOnTheirTunable() throws Exception {
    Path f = write("cronhound.yaml", "tunables:\n  WeightSkew: 0.2\n  MinEpisodes: 2\n");
    assertThat(problems(f)).containsExactly(f + ":3: tunables.MinEpisodes: MinEpisodes must be at least 3 (two intervals)");
    Path both = write("both.yaml", "tunables:\n  BurstGapSeconds: 10\n  MaxBurstGapSeconds: 5\n");
    assertThat(problems(both)).containsExactly(
        both + ":1: tunables: BurstGapSeconds must be >= 0 and <= MaxBurstGapSeconds");
  }

  @Test
  void badCidrsAndEntriesAreEachReported() throws Exception {
    write("allow.txt", "ok.example\nbad entry!\n# comment\n10.0.0.0/33   # too long\n");
    Path f = write("cronhound.yaml", """
        internal: [198.51.100.0/24, 10.0.0.0/33, not-a-network]
        allowlist:
          entries: [ok.example, 'https://drop.example/x']
          files: [allow.txt, missing.txt]
        baseline: ['a.exe>b.exe>c.exe']
        """);
    Path allow = dir.resolve("allow.txt");
    assertThat(problems(f)).containsExactly(
        f + ":1: internal: '10.0.0.0/33' is not a CIDR block or IP address (prefix length out of range in 10.0.0.0/33)",
        f + ":1: internal: 'not-a-network' is not a CIDR block or IP address (not an IP address or CIDR block: not-a-network)",
        f + ":3: allowlist.entries: 'https://drop.example/x' is a URL: write its host name (drop.example)",
        allow + ":2: DestIPAllowlist entry 'bad entry!' is not an IP, CIDR, domain or *.domain",
        allow + ":4: DestIPAllowlist entry '10.0.0.0/33' is not an IP or CIDR block (prefix length out of range in 10.0.0.0/33)",
        f + ":4: allowlist.files: cannot read allowlist file " + dir.resolve("missing.txt"),
        f + ":5: baseline: 'a.exe>b.exe>c.exe' has more than one '>': a pair is parent>child");
  }

  @Test
  void directionsMustNameAtLeastOneAndEachOnce() throws Exception {
    Path none = write("none.yaml", "directions: []\n");
    assertThat(problems(none)).containsExactly(none + ":1: directions: names no direction: list at least one of outbound, inbound, east-west");
    Path twice = write("twice.yaml", "directions: [inbound, INBOUND]\n");
    assertThat(problems(twice)).containsExactly(twice + ":1: directions: 'INBOUND' is listed twice");
  }

  @Test
  void yamlThatCouldDoMoreThanSetValuesIsRefused() throws Exception {
    Path f = write("cronhound.yaml", """
        base: &b [10.0.0.0/8]
        internal: *b
        not_internal: !!javax.script.ScriptEngineManager [x]
        """);
    assertThat(problems(f)).containsExactly(
        f + ":1: base: YAML anchors (&b) are not allowed in a site file",
        f + ":2: internal: YAML aliases (*name) are not allowed in a site file: write the value out",
        f + ":3: not_internal: YAML tags (!tag:yaml.org,2002:javax.script.ScriptEngineManager) are not allowed in a site file");
  }

  @Test
  void anAliasBombIsRefusedWithoutExpandingIt() throws Exception {
    StringBuilder b = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      b.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
    }
    assertThat(problems(write("bomb.yaml", b.toString()))).isNotEmpty()
        .allSatisfy(p -> assertThat(p).contains("are not allowed in a site file"));
  }

  @Test
  void structuralProblemsAreReportedWithTheirLine() throws Exception {
    Path dup = write("dup.yaml", "tunables:\n  MinEpisodes: 6\n  MinEpisodes: 7\n");
    assertThat(problems(dup)).containsExactly(dup + ":3: tunables.MinEpisodes: given twice (first on line 2)");
    Path dupCase = write("dupcase.yaml", "tunables:\n  MinEpisodes: 6\n  minepisodes: 7\n");
    assertThat(problems(dupCase)).containsExactly(dupCase + ":3: tunables.minepisodes: given twice (first on line 2)");
    Path two = write("two.yaml", "known_services: true\n---\nknown_services: false\n");
    assertThat(problems(two)).containsExactly(two + ":3: a second YAML document: a site file is one document (remove the '---')");
    Path list = write("list.yaml", "- internal\n");
    assertThat(problems(list)).containsExactly(list + ":1: a site file is a mapping of keys "
        + "(internal, not_internal, directions, allowlist, baseline, known_services, tunables), not a list");
    Path syntax = write("syntax.yaml", "internal: [10.0.0.0/8\nknown_services: true\n");
    assertThat(problems(syntax)).singleElement().asString().startsWith(syntax + ":2: not valid YAML: ");
    Path top = write("top.yaml", "MinEpisodes: 6\n");
    assertThat(problems(top)).containsExactly(top + ":1: MinEpisodes: a tunable: put it under tunables: (tunables: { MinEpisodes: ... })");
    Path list2 = write("tunlist.yaml", "tunables:\n  DestIPAllowlist: backup.corp.example\n");
    assertThat(problems(list2)).containsExactly(list2
        + ":2: tunables.DestIPAllowlist: not set under tunables: list its entries under allowlist: (entries: [...], files: [...])");
  }

  @Test
  void tooLargeMissingAndNonUtf8FilesAreRefusedBeforeParsing() throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.write(big, ("# " + "x".repeat(SiteFileReader.MAX_BYTES) + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(problems(big)).containsExactly("site file " + big + " is " + Files.size(big) + " bytes; at most 1048576 are read");
    Path missing = dir.resolve("missing.yaml");
    assertThat(problems(missing)).containsExactly("cannot read site file " + missing);
    Path latin = dir.resolve("latin.yaml");
    Files.write(latin, "internal: [] # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(problems(latin)).containsExactly("site file " + latin + " is not UTF-8 text");
  }

  @Test
  void anEmptyOrCommentOnlyFileIsTheDefaults() throws Exception {
    assertThat(SiteFileReader.read(write("empty.yaml", ""))).isEqualTo(SiteFile.DEFAULTS);
    assertThat(SiteFileReader.read(write("comments.yaml", "# nothing set yet\n\n"))).isEqualTo(SiteFile.DEFAULTS);
    assertThat(SiteFileReader.read(write("nulls.yaml", "internal:\nallowlist:\ntunables:\n"))).isEqualTo(SiteFile.DEFAULTS);
  }

  @Test
  void flagsReplaceTheFilesTunablesWhateverTheCase() throws Exception {
    SiteFile s = SiteFileReader.read(write("cronhound.yaml", "tunables:\n  MinEpisodes: 6\n  GridBand: 0.2\n"));
    assertThat(s.tunablesWith(Map.of("minepisodes", "8")))
        .containsExactly(Map.entry("GridBand", "0.2"), Map.entry("minepisodes", "8"));
  }
}
