package dev.cronhound.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.engine.HuntSettings;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import dev.cronhound.core.tuning.TunableOverrides;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config --print-defaults}: every key and tunable with its comment, and it reads back as the defaults. */
class PrintedDefaultsTest {

  @TempDir Path dir;

  @Test
  void thePrintedDefaultsReadBackAsTheDefaults() throws Exception {
    Path f = dir.resolve("cronhound.yaml");
    Files.writeString(f, SiteFilePrinter.defaults(), StandardCharsets.UTF_8);
    SiteFile s = SiteFileReader.read(f);
    assertThat(new SiteFile(s.internal(), s.notInternal(), s.directions(), s.allowlist(), s.allowlistFiles(),
        s.baseline(), s.baselineFiles(), s.knownServices(), SiteFile.DEFAULTS.tunables())).isEqualTo(SiteFile.DEFAULTS);
    assertThat(s.tunables().keySet()).containsExactlyElementsOf(TunableCatalog.names());
    HuntSettings loaded = HuntSettings.of(List.of(), null, 0, 0, s.tunables(),
        DestinationAllowlist.empty(), ParentProcessBaseline.empty(), 0.6, 0);
    assertThat(List.<Record>of(loaded.rhythm(), loaded.channel(), loaded.beacon(), loaded.correlation(), loaded.transfer()))
        .containsExactlyElementsOf(HuntSettings.defaults());
  }

  @Test
  void everyTunableIsPrintedUnderItsOneLineDescription() {
    List<String> lines = SiteFilePrinter.defaults().lines().toList();
    for (Record r : HuntSettings.defaults()) {
      for (TunableOverrides.Entry e : TunableOverrides.describe(r)) {
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).startsWith("  " + e.name() + ": ")) {
            at = i;
          }
        }
        assertThat(at).as(e.name()).isPositive();
        assertThat(lines.get(at - 1)).isEqualTo("  # " + e.doc());
      }
    }
    assertThat(lines).contains("internal: []", "not_internal: []", "directions: [outbound, inbound, east-west]",
        "allowlist:", "baseline:", "known_services: true", "tunables:");
  }
}
