package dev.cronhound.core.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cronhound.core.rhythm.RhythmTunables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TuningTest {

  @Test
  void allowlistMatchesAddressesBlocksDomainsAndWildcards() {
    DestinationAllowlist a = new DestinationAllowlist(List.of("# approved", "198.51.100.7", "203.0.113.0/24", "backup.corp.example", "*.update.example"));
    assertThat(a.match(null, List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
    assertThat(a.match(null, List.of("203.0.113.99"))).isEqualTo("203.0.113.0/24");
    assertThat(a.match("BACKUP.corp.example", List.of())).isEqualTo("backup.corp.example");
    assertThat(a.match("x.backup.corp.example", List.of())).isNull();
    assertThat(a.match("dl.update.example", List.of())).isEqualTo("*.update.example");
    assertThat(a.match("update.example", List.of())).isNull();
    assertThat(a.match("evil.example", List.of("192.0.2.1"))).isNull();
    assertThatThrownBy(() -> new DestinationAllowlist(List.of("not a host!"))).hasMessageContaining("not a host!");
  }

  @Test
  void overridesApplyByNameCaseInsensitivelyAndValidate() {
    RhythmTunables t = TunableOverrides.apply(RhythmTunables.DEFAULTS, Map.of("MinEpisodes", "6", "burstgapseconds", "2.5", "Other", "x"));
    assertThat(t.minEpisodes()).isEqualTo(6);
    assertThat(t.burstGapSeconds()).isEqualTo(2.5);
    assertThat(t.madCeiling()).isEqualTo(RhythmTunables.DEFAULTS.madCeiling());
    assertThatThrownBy(() -> TunableOverrides.apply(RhythmTunables.DEFAULTS, Map.of("MinEpisodes", "many")))
        .hasMessage("tunable MinEpisodes: 'many' is not a valid int");
    assertThatThrownBy(() -> TunableOverrides.apply(RhythmTunables.DEFAULTS, Map.of("MinEpisodes", "1")))
        .hasMessageContaining("MinEpisodes must be at least 3");
  }

  @Test
  void everyTunableIsDocumented() {
    assertThat(TunableOverrides.describe(RhythmTunables.DEFAULTS))
        .allSatisfy(e -> assertThat(e.doc()).as(e.name()).isNotBlank());
  }
}
