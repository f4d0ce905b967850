package dev.cronhound.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.TlsSession;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChannelTableTest {

  static final long T0 = 1_767_571_200_000_000L; // 2026-01-05T00:00:00Z
  static final long S = 1_000_000L;

  static Flow flow(long ts, String uid, String src, String dst, int port, long out, long in) {
    return new Flow(ts, uid, src, 50000, dst, port, "tcp", null, 2 * S, out, in, "SF", new Origin("conn.log", ts / S % 1000));
  }

  static ChannelTable table() {
    return new ChannelTable(ChannelTunables.DEFAULTS, 1.0, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  static Map<String, ChannelSeries> byKey(ChannelTable t) {
    return t.channels().stream().collect(Collectors.toMap(c -> c.host() + ">" + c.destination(), c -> c));
  }

  @Test
  void tlsSniNamesTheConnectionWithTheSameUid() {
    ChannelTable t = table();
    t.accept(new TlsSession(T0, "C1", "10.0.0.5", 50000, "203.0.113.9", 443, "Beacon.Example.NET.", "TLSv13", null, new Origin("ssl.log", 9)));
    t.accept(flow(T0, "C1", "10.0.0.5", "203.0.113.9", 443, 100, 200));
    ChannelSeries c = byKey(t).get("10.0.0.5>beacon.example.net");
    assertThat(c).isNotNull();
    assertThat(c.namedBy()).isEqualTo(NamedBy.TLS_SNI);
    assertThat(c.addresses()).containsExactly("203.0.113.9");
    assertThat(c.commonPort()).isEqualTo(443);
  }

  @Test
  void httpThroughAProxyIsAttributedToTheRealHostNotTheProxy() {
    ChannelTable t = table();
    t.accept(new HttpRequest(T0, "C2", "10.0.0.5", 50001, "10.0.0.3", 3128, "POST", "files.example.org:8080", "/up", "curl/8", 5000, 10, 200, new Origin("http.log", 3)));
    t.accept(flow(T0, "C2", "10.0.0.5", "10.0.0.3", 3128, 5000, 300));
    ChannelSeries c = byKey(t).get("10.0.0.5>files.example.org");
    assertThat(c).isNotNull();
    assertThat(c.namedBy()).isEqualTo(NamedBy.HTTP_HOST);
    assertThat(c.viaProxy()).isTrue();
    assertThat(c.commonPort()).as("the Host header port, not the proxy port").isEqualTo(8080);
    assertThat(t.skippedInternal()).isZero();
    assertThat(c.direction()).as("through a local proxy to the outside").isEqualTo(Direction.OUTBOUND);
    assertThat(c.traits()).containsEntry("http_host", "files.example.org").containsEntry("user_agent", "curl/8").containsEntry("uri_shape", "/up");
  }

  @Test
  void aDnsAnswerIsShownWithTheAddressKeyedChannelNeverItsKey() {
    ChannelTable t = table();
    t.accept(new DnsLookup(T0, "D1", "10.0.0.5", "10.0.0.2", "sync.example.com", "A", "NOERROR",
        List.of("cname.example.net", "198.51.100.7"), List.of(60.0, 60.0), new Origin("dns.log", 1)));
    t.accept(flow(T0 + 2 * S, null, "10.0.0.5", "198.51.100.7", 443, 1, 1));
    t.accept(flow(T0 + 3 * S, null, "10.0.0.6", "198.51.100.7", 443, 1, 1));
    t.accept(flow(T0 + 2 * 86400 * S, null, "10.0.0.5", "198.51.100.7", 443, 1, 1));
    Map<String, ChannelSeries> m = byKey(t);
    assertThat(m).containsOnlyKeys("10.0.0.5>198.51.100.7", "10.0.0.6>198.51.100.7");
    ChannelSeries own = m.get("10.0.0.5>198.51.100.7");
    assertThat(own.domain()).isEqualTo("sync.example.com");
    assertThat(own.namedBy()).isEqualTo(NamedBy.DNS);
    assertThat(own.connections()).as("the flow after DnsWindowSeconds stays in the same channel").isEqualTo(2);
    assertThat(m.get("10.0.0.6>198.51.100.7").namedBy()).as("another client of the same /16").isEqualTo(NamedBy.DNS_OTHER_CLIENT);
    assertThat(m.get("10.0.0.6>198.51.100.7").domain()).isEqualTo("sync.example.com");
  }

  @Test
  void anotherSitesDnsAnswerDoesNotNameTheFlow() {
    ChannelTable t = table();
    t.accept(new DnsLookup(T0, "D1", "10.1.0.5", "10.1.0.2", "update.googleapis.com", "A", "NOERROR",
        List.of("198.51.100.7"), List.of(60.0), new Origin("dns.log", 1)));
    t.accept(flow(T0 + 2 * S, null, "10.2.0.9", "198.51.100.7", 443, 1, 1));
    ChannelSeries c = t.channels().get(0);
    assertThat(c.destination()).isEqualTo("198.51.100.7");
    assertThat(c.domain()).isNull();
    assertThat(c.namedBy()).isEqualTo(NamedBy.ADDRESS);
  }

  @Test
  void flowsBeforeTheirDnsAnswerAreNamedOnlyWithinClockSlackButStayOneChannel() {
    ChannelTable t = table();
    t.accept(new DnsLookup(T0 + 10 * S, "D1", "10.0.0.5", "10.0.0.2", "late.example", "A", "NOERROR",
        List.of("198.51.100.8"), List.of(), new Origin("dns.log", 1)));
    t.accept(flow(T0, null, "10.0.0.5", "198.51.100.8", 443, 1, 1));
    t.accept(flow(T0 + 6 * S, null, "10.0.0.5", "198.51.100.8", 443, 1, 1));
    Map<String, ChannelSeries> m = byKey(t);
    assertThat(m).containsOnlyKeys("10.0.0.5>198.51.100.8");
    assertThat(m.get("10.0.0.5>198.51.100.8").connections()).isEqualTo(2);
    assertThat(m.get("10.0.0.5>198.51.100.8").domain()).isEqualTo("late.example");
  }

  @Test
  void everyDirectionIsAChannelAndDiscoveryTrafficIsLeftOut() {
    ChannelTable t = table();
    t.accept(flow(T0, null, "10.0.0.5", "10.0.0.2", 445, 40, 80));
    t.accept(flow(T0, null, "203.0.113.50", "10.0.0.5", 22, 40, 80));
    t.accept(flow(T0, null, "10.0.0.5", "198.51.100.1", 443, 40, 80));
    t.accept(flow(T0, null, "10.0.0.5", "224.0.0.251", 5353, 40, 0));
    Map<String, ChannelSeries> m = byKey(t);
    assertThat(m.get("10.0.0.5>10.0.0.2").direction()).isEqualTo(Direction.EAST_WEST);
    assertThat(m.get("203.0.113.50>10.0.0.5").direction()).isEqualTo(Direction.INBOUND);
    assertThat(m.get("10.0.0.5>198.51.100.1").direction()).isEqualTo(Direction.OUTBOUND);
    assertThat(m).hasSize(3);
    assertThat(t.leftOutDiscovery()).isEqualTo(1);
    assertThat(t.flows(Direction.INBOUND)).isEqualTo(1);
    assertThat(t.localHosts()).as("10.0.0.5 and 10.0.0.2").isEqualTo(2);
  }

  @Test
  void directionsNotListedAreCountedAndLeftOut() {
    ChannelTunables outboundOnly =
        new ChannelTunables(ChannelTunables.DEFAULTS.internalNetworks(), "outbound", false, 86400, 5, 1000);
    ChannelTable t = new ChannelTable(outboundOnly, 1.0, Long.MIN_VALUE, Long.MAX_VALUE);
    t.accept(flow(T0, null, "10.0.0.5", "10.0.0.2", 53, 40, 80));
    t.accept(flow(T0, null, "203.0.113.50", "10.0.0.5", 22, 40, 80));
    assertThat(t.channels()).isEmpty();
    assertThat(t.skippedInternal()).isEqualTo(1);
    assertThat(t.skippedExternalSource()).isEqualTo(1);
  }

  @Test
  void aBurstWithinTheGapIsOneEpisodeAndBytesAddUp() {
    ChannelTable t = table();
    t.accept(flow(T0, null, "10.0.0.5", "198.51.100.1", 443, 100, 10));
    t.accept(flow(T0 + 2 * S + 500_000, null, "10.0.0.5", "198.51.100.1", 443, 100, 10));
    t.accept(flow(T0 + 60 * S, null, "10.0.0.5", "198.51.100.1", 443, -1, -1));
    ChannelSeries c = t.channels().get(0);
    assertThat(c.episodeCount()).isEqualTo(2);
    assertThat(c.connections()).isEqualTo(3);
    assertThat(c.episodes().bytesOut()).containsExactly(200, 0);
    assertThat(c.bytesOut()).as("unknown bytes make the total unknown").isEqualTo(-1);
    assertThat(c.logRefs()).hasSize(3);
  }

  @Test
  void episodesPastTheCapAreCountedNotStoredAndTotalsStillAddUp() {
    ChannelTunables cap =
        new ChannelTunables(ChannelTunables.DEFAULTS.internalNetworks(), ChannelTunables.ALL_DIRECTIONS, false, 86400, 5, 4);
    ChannelTable t = new ChannelTable(cap, 1.0, Long.MIN_VALUE, Long.MAX_VALUE);
    for (int k = 0; k < 7; k++) {
      // two channels interleaved, so their episodes alternate in the shared log
      t.accept(flow(T0 + k * 60 * S, null, "10.0.0.5", "198.51.100.1", 443, 100 + k, 10));
      t.accept(flow(T0 + k * 60 * S + S, null, "10.0.0.6", "198.51.100.1", 443, 1, 1));
    }
    ChannelSeries c = byKey(t).get("10.0.0.5>198.51.100.1");
    assertThat(c.notStored()).isEqualTo(2);
    assertThat(c.episodeCount()).as("four stored and the open one").isEqualTo(5);
    assertThat(c.episodes().bytesOut()).containsExactly(100, 101, 102, 103, 106);
    assertThat(c.episodes().startMicros())
        .containsExactly(T0, T0 + 60 * S, T0 + 120 * S, T0 + 180 * S, T0 + 360 * S);
    assertThat(c.connections()).isEqualTo(7);
    assertThat(c.bytesOut()).isEqualTo(100 + 101 + 102 + 103 + 104 + 105 + 106);
    assertThat(byKey(t).get("10.0.0.6>198.51.100.1").episodes().bytesOut()).containsExactly(1, 1, 1, 1, 1);
  }

  @Test
  void sinceAndUntilBoundTheWindow() {
    ChannelTable t = new ChannelTable(ChannelTunables.DEFAULTS, 1.0, T0 + 10 * S, T0 + 20 * S);
    for (int i = 0; i < 30; i++) {
      t.accept(flow(T0 + i * S * 2, null, "10.0.0.5", "198.51.100.1", 443, 1, 1));
    }
    assertThat(t.flows()).isEqualTo(6);
    assertThat(t.skippedOutsideTime()).isEqualTo(24);
    assertThat(t.windowStartMicros()).isEqualTo(T0 + 10 * S);
    assertThat(t.windowEndMicros()).isEqualTo(T0 + 20 * S);
  }

  @Test
  void prevalenceCountsDistinctHostsPerDestination() {
    ChannelTable t = table();
    for (String h : List.of("10.0.0.5", "10.0.0.6", "10.0.0.7")) {
      t.accept(flow(T0, null, h, "198.51.100.1", 123, 48, 48));
    }
    t.accept(flow(T0, null, "10.0.0.5", "198.51.100.2", 443, 1, 1));
    assertThat(t.hostsPerDestination()).containsEntry("198.51.100.1", 3).containsEntry("198.51.100.2", 1);
    assertThat(t.hosts()).isEqualTo(3);
  }
}
