package dev.cronhound.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostNamesTest {

  private static HostNames of(String... names) {
    HostNames h = new HostNames();
    for (String n : names) {
      h.see(n);
    }
    return h;
  }

  @Test
  void namesDifferingInCaseAndAShortNameAreOneHostShownAsTheFqdnSpeltFirst() {
    HostNames h = of("acct01.pandalab.com", "ACCT01", "ACCT01.pandalab.com");
    assertThat(List.of(h.of("ACCT01.pandalab.com"), h.of("acct01.pandalab.com"), h.of("ACCT01"), h.of("acct01")))
        .containsOnly("ACCT01.pandalab.com");
  }

  @Test
  void aShortNameOfTwoDomainsStaysItselfAndTheFqdnsStayTwo() {
    HostNames h = of("web01.a.example", "web01.b.example", "WEB01");
    assertThat(h.of("web01.a.example")).isEqualTo("web01.a.example");
    assertThat(h.of("WEB01.B.example")).isEqualTo("web01.b.example");
    assertThat(h.of("web01")).isEqualTo("WEB01");
  }

  @Test
  void addressesAndUnknownNamesAreLeftAlone() {
    HostNames h = of("192.168.1.43", "db01");
    assertThat(h.of("192.168.1.43")).isEqualTo("192.168.1.43");
    assertThat(h.of("db01")).isEqualTo("db01");
    assertThat(h.of("never-seen")).isEqualTo("never-seen");
    assertThat(h.of(null)).isNull();
  }

  @Test
  void theStageHandsEveryEventOnUnderItsHostsOneName() {
    EndpointStage stage = new EndpointStage();
    stage.accept(connection("ACCT01.pandalab.com", 2));
    stage.accept(connection("acct01", 1));
    List<String> hosts = new java.util.ArrayList<>();
    stage.drainTo(e -> hosts.add(((NetworkConnection) e).host()));
    assertThat(hosts).containsExactly("ACCT01.pandalab.com", "ACCT01.pandalab.com");
  }

  private static NetworkConnection connection(String host, long t) {
    return new NetworkConnection(t, host, new ProcessRef(null, 4), "System", null, "udp", true, "192.168.1.43", 137,
        "192.168.1.255", 137, null, new Origin("x.json", t));
  }
}
