package dev.cronhound.formats.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.channel.ChannelSeries;
import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.net.AddressScope;
import dev.cronhound.core.net.Cidr;
import dev.cronhound.formats.ReadCapture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Scope and direction rules of the channel table, over Zeek conn.log lines as Zeek writes them. */
class ChannelDirectionsFromZeekTest {

  private static final String HEAD =
      "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tconn\n"
          + "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\t"
          + "orig_bytes\tresp_bytes\tconn_state\tlocal_orig\tlocal_resp\tmissed_bytes\thistory\n"
          + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\t"
          + "string\tbool\tbool\tcount\tstring\n";

  private static final long T0 = 1_709_251_200L;

  /** One conn.log line: {@code ts} seconds after T0, bytes, state and Zeek's locality flags. */
  private static String line(long ts, String src, String dst, int port, String proto, long out, long in,
      String state, String localOrig, String localResp) {
    return (T0 + ts) + ".000000\tC" + ts + src.hashCode() + "\t" + src + "\t50000\t" + dst + "\t" + port + "\t"
        + proto + "\t-\t1.0\t" + out + "\t" + in + "\t" + state + "\t" + localOrig + "\t" + localResp + "\t0\t-\n";
  }

  private static String beats(int n, long every, String src, String dst, int port, String lo, String lr) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(line(i * every, src, dst, port, "tcp", 300, 900, "SF", lo, lr));
    }
    return b.toString();
  }

  private static List<Event> events(String lines) {
    ReadCapture c = ReadCapture.tsv("conn.log", null, (HEAD + lines).getBytes(StandardCharsets.UTF_8));
    assertThat(c.report().malformedCount()).isZero();
    return c.events();
  }

  private static ChannelTable table(List<Event> events, ChannelTunables t) {
    ChannelTable table = new ChannelTable(t, 1.0, Long.MIN_VALUE, Long.MAX_VALUE);
    events.forEach(table::accept);
    return table;
  }

  private static ChannelTable table(String lines) {
    return table(events(lines), ChannelTunables.DEFAULTS);
  }

  /** host>destination -> direction, sorted: what the property test compares. */
  private static Map<String, String> directions(ChannelTable t) {
    Map<String, String> out = new TreeMap<>();
    for (ChannelSeries c : t.channels()) {
      out.put(c.host() + ">" + c.destination() + " (" + c.connections() + ")", c.direction().id());
    }
    for (ChannelSeries c : t.attempts()) {
      out.put("attempt " + c.host() + ">" + c.destination() + " (" + c.connections() + ")", c.direction().id());
    }
    return out;
  }

  @Test
  void zeeksLocalOrigDecidesOnAPublicAddressCampus() {
    ChannelTable t = table(beats(6, 600, "128.2.4.9", "93.184.216.34", 443, "T", "F")
        + beats(3, 600, "128.2.4.10", "128.2.4.9", 22, "T", "T"));
    assertThat(directions(t)).containsExactly(
        Map.entry("128.2.4.10>128.2.4.9 (3)", "east-west"),
        Map.entry("128.2.4.9>93.184.216.34 (6)", "outbound"));
    assertThat(t.inference()).isNull();
    assertThat(t.localHosts()).isEqualTo(2);
  }

  @Test
  void inboundBeatsAreSessionsWithPayloadScansAndFailedHandshakesAreCountedOut() {
    String polled = beats(5, 300, "198.51.100.20", "10.0.0.80", 80, "-", "-");
    String scans = line(1, "203.0.113.9", "10.0.0.80", 22, "tcp", 0, 0, "S0", "-", "-")
        + line(2, "203.0.113.9", "10.0.0.80", 23, "tcp", 0, 0, "REJ", "-", "-")
        + line(3, "203.0.113.10", "10.0.0.80", 80, "tcp", 0, 0, "SF", "-", "-")
        + line(4, "203.0.113.11", "10.0.0.80", 443, "tcp", 0, 0, "SH", "-", "-");
    ChannelTable t = table(polled + scans);
    assertThat(directions(t)).containsExactly(Map.entry("198.51.100.20>10.0.0.80 (5)", "inbound"));
    assertThat(t.leftOutInboundWithoutPayload()).isEqualTo(4);
    assertThat(t.flows(Direction.INBOUND)).isEqualTo(5);
  }

  @Test
  void aLocalHostsFailedAttemptsAreTheirOwnSeriesNotADataChannel() {
    String lines = line(0, "10.0.0.5", "185.10.10.10", 447, "tcp", 0, 0, "S0", "-", "-")
        + line(202, "10.0.0.5", "185.10.10.10", 447, "tcp", 0, 0, "S0", "-", "-")
        + line(404, "10.0.0.5", "185.10.10.10", 447, "tcp", 0, 0, "REJ", "-", "-")
        + line(606, "10.0.0.5", "185.10.10.10", 447, "tcp", -1, -1, "OTH", "-", "-")
        // a one-way UDP stream is data, not an attempt
        + line(700, "10.0.0.5", "185.10.10.11", 9999, "udp", 1200, 0, "S0", "-", "-");
    ChannelTable t = table(lines.replace("\t-1\t-1\t", "\t-\t-\t"));
    assertThat(directions(t)).containsExactly(
        Map.entry("10.0.0.5>185.10.10.11 (1)", "outbound"),
        Map.entry("attempt 10.0.0.5>185.10.10.10 (4)", "outbound"));
    assertThat(t.attemptFlows()).isEqualTo(4);
  }

  @Test
  void serviceDiscoveryAndLinkLocalAreNotTransferDestinations() {
    String lines = line(0, "10.0.0.5", "239.255.255.250", 1900, "udp", 120, 0, "S0", "-", "-")
        + line(1, "10.0.0.5", "224.0.0.251", 5353, "udp", 80, 0, "S0", "-", "-")
        + line(2, "fe80::1", "ff02::1:3", 5355, "udp", 40, 0, "S0", "-", "-")
        + line(3, "10.0.0.5", "10.0.0.255", 137, "udp", 50, 0, "S0", "-", "-")
        + line(4, "10.0.0.5", "169.254.169.254", 80, "tcp", 300, 900, "SF", "-", "-")
        + line(5, "10.0.0.5", "255.255.255.255", 67, "udp", 300, 0, "S0", "-", "-")
        + line(6, "10.0.0.5", "198.51.100.1", 443, "tcp", 300, 900, "SF", "-", "-");
    ChannelTable t = table(lines);
    assertThat(directions(t)).containsExactly(Map.entry("10.0.0.5>198.51.100.1 (1)", "outbound"));
    assertThat(t.leftOutDiscovery()).isEqualTo(6);
  }

  @Test
  void anInternetFacingServerWithoutLocalNetsIsInferredAsTheSensorsHost() {
    StringBuilder b = new StringBuilder(beats(12, 250, "198.51.100.20", "203.0.113.5", 80, "-", "-"));
    for (int i = 0; i < 10; i++) {
      b.append(line(5 + i, "192.0.2." + (10 + i), "203.0.113.5", 22, "tcp", 0, 0, "S0", "-", "-"));
    }
    ChannelTable t = table(b.toString());
    assertThat(t.inference()).isNotNull();
    assertThat(t.inference().hosts()).containsExactly("203.0.113.5");
    assertThat(t.inference().rule()).contains("100% of the first 22 flows");
    assertThat(directions(t)).containsExactly(Map.entry("198.51.100.20>203.0.113.5 (12)", "inbound"));
    assertThat(t.leftOutInboundWithoutPayload()).isEqualTo(10);
  }

  @Test
  void aPublicAddressEstateWithoutLocalNetsIsInferredFromItsFanOut() {
    StringBuilder b = new StringBuilder();
    for (int h = 0; h < 3; h++) {
      for (int d = 0; d < 6; d++) {
        b.append(line(h * 10 + d, "128.2.4." + (10 + h), "93.184.216." + d, 443, "tcp", 300, 900, "SF", "-", "-"));
      }
    }
    ChannelTable t = table(b.toString());
    assertThat(t.inference().hosts()).containsExactly("128.2.4.10", "128.2.4.11", "128.2.4.12");
    assertThat(t.inference().rule()).contains("5 or more distinct addresses");
    assertThat(t.channels()).hasSize(18).allMatch(c -> c.direction() == Direction.OUTBOUND);
  }

  @Test
  void aLabsC2InRfc1918SpaceIsOutboundOnceCutOutOfTheLocalNetworks() {
    String lines = beats(6, 300, "10.0.0.5", "10.66.1.1", 443, "-", "-");
    String cut = AddressScope.defaults().with(List.of(), List.of(Cidr.parse("10.66.0.0/16"))).text();
    ChannelTunables t = new ChannelTunables(cut, ChannelTunables.ALL_DIRECTIONS, false, 86400, 5, 1000);
    assertThat(directions(table(events(lines), t))).containsExactly(Map.entry("10.0.0.5>10.66.1.1 (6)", "outbound"));
    assertThat(directions(table(lines))).containsExactly(Map.entry("10.0.0.5>10.66.1.1 (6)", "east-west"));
  }

  @Test
  void observedSpanIsEachAddressesFirstAndLastFlowEitherSide() {
    ChannelTable t = table(line(100, "10.0.0.5", "198.51.100.1", 443, "tcp", 1, 1, "SF", "-", "-")
        + line(50, "198.51.100.1", "10.0.0.6", 80, "tcp", 0, 0, "S0", "-", "-")
        + line(900, "10.0.0.5", "224.0.0.251", 5353, "udp", 1, 0, "S0", "-", "-"));
    assertThat(t.observedSpan("10.0.0.5")).containsExactly((T0 + 100) * 1_000_000L, (T0 + 900) * 1_000_000L);
    assertThat(t.observedSpan("198.51.100.1")).containsExactly((T0 + 50) * 1_000_000L, (T0 + 100) * 1_000_000L);
    assertThat(t.localHosts()).as("10.0.0.5 and 10.0.0.6; the multicast group is no host").isEqualTo(2);
  }

  /** Whatever the order of the flows, the same channels with the same directions. */
  @Test
  void directionsDoNotDependOnTheOrderOfTheFlows() {
    Random rnd = new Random(13L);
    for (int round = 0; round < 40; round++) {
      StringBuilder b = new StringBuilder();
      boolean flagged = rnd.nextBoolean();
      boolean publicEstate = rnd.nextBoolean();
      String net = publicEstate ? "128.2.4." : "10.0.0.";
      for (int i = 0; i < 60 + rnd.nextInt(60); i++) {
        int kind = rnd.nextInt(5);
        String local = net + (10 + rnd.nextInt(4));
        String other = "198.51.100." + rnd.nextInt(8);
        String lo = flagged ? "T" : "-";
        String no = flagged ? "F" : "-";
        switch (kind) {
          case 0 -> b.append(line(rnd.nextInt(86400), local, other, 443, "tcp", 100, 100, "SF", lo, no));
          case 1 -> b.append(line(rnd.nextInt(86400), other, local, 80, "tcp", 100, 100, "SF", no, lo));
          case 2 -> b.append(line(rnd.nextInt(86400), local, net + (20 + rnd.nextInt(3)), 445, "tcp", 100, 100, "SF", lo, lo));
          case 3 -> b.append(line(rnd.nextInt(86400), local, other, 447, "tcp", 0, 0, "S0", lo, no));
          default -> b.append(line(rnd.nextInt(86400), other, local, 22, "tcp", 0, 0, "REJ", no, lo));
        }
      }
      List<Event> events = events(b.toString());
      Map<String, String> expected = directions(table(events, ChannelTunables.DEFAULTS));
      for (int k = 0; k < 5; k++) {
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, rnd);
        assertThat(directions(table(shuffled, ChannelTunables.DEFAULTS)))
            .as("round %d (flags %s, public %s)", round, flagged, publicEstate)
            .isEqualTo(expected);
      }
    }
  }
}
