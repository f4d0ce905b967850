package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cronhound.core.net.AddressScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --internal adds to, --not-internal cuts from, the list the run starts with. */
class LocalNetworksTest {

  @Test
  void theFlagsEditTheDefaults() {
    Map<String, String> tune = LocalNetworks.apply(Map.of("MinEpisodes", "4"), List.of("128.2.0.0/16"), List.of("10.66.0.0/16"));
    AddressScope s = AddressScope.parse(tune.get("InternalNetworks"));
    assertThat(tune).containsEntry("MinEpisodes", "4");
    assertThat(s.isInternal("128.2.9.9")).isTrue();
    assertThat(s.isInternal("10.66.1.1")).isFalse();
    assertThat(s.isInternal("10.65.1.1")).isTrue();
    assertThat(s.isInternal("fd00::1")).as("IPv6 defaults kept").isTrue();
  }

  @Test
  void theyEditATunedListWhateverItsCase() {
    Map<String, String> tune = LocalNetworks.apply(Map.of("internalnetworks", "192.168.0.0/16"), List.of("10.1.0.0/16"), List.of());
    assertThat(tune).containsOnlyKeys("InternalNetworks");
    assertThat(tune.get("InternalNetworks")).isEqualTo("192.168.0.0/16,10.1.0.0/16");
  }

  @Test
  void noFlagsLeaveTheTunablesAlone() {
    Map<String, String> tune = Map.of("InternalNetworks", "10.0.0.0/8");
    assertThat(LocalNetworks.apply(tune, List.of(), List.of())).isSameAs(tune);
  }

  @Test
  void aBadBlockNamesItsFlag() {
    assertThatThrownBy(() -> LocalNetworks.apply(Map.of(), List.of(), List.of("10.0.0.0/33")))
        .hasMessage("--not-internal: prefix length out of range in 10.0.0.0/33");
  }
}
