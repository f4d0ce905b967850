package dev.cronhound.core.correlate;

import static dev.cronhound.core.correlate.EndpointEvents.S;
import static dev.cronhound.core.correlate.EndpointEvents.T0;
import static dev.cronhound.core.correlate.EndpointEvents.flow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.channel.NamedBy;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Origin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The join estimates a host's clock from its unambiguous 5-tuple matches, then joins with it. */
class FlowJoinClockTest {

  private static final long DAYS = 86_400 * S;
  private final List<Event> unjoined = new ArrayList<>();

  private static InitiatorChannel channel(String host) {
    InitiatorChannel c = new InitiatorChannel(new InitiatorKey(host.toLowerCase(), null, "a.exe", "a.exe", null),
        "203.0.113.45", null, NamedBy.ADDRESS);
    c.hostName(host);
    return c;
  }

  private static void connect(FlowJoin join, InitiatorChannel c, long t, int port) {
    int i = c.add(t, "10.20.0.12", "203.0.113.45", 443, NamedBy.ADDRESS, null, "C:\\a.exe", null, null, null,
        new Origin("sysmon.xml", 1));
    join.expect("tcp", "10.20.0.12", port, "203.0.113.45", 443, t, c, i);
  }

  @Test
  void flowsDaysAwayJoinOnceTheHostsOffsetIsSettled() {
    FlowJoin join = new FlowJoin(5 * S, 5, 600 * S, 1000);
    InitiatorChannel c = channel("WS02.corp.example");
    long offset = -5 * DAYS - 13 * 3600 * S; // the host's clock is 5.5 days behind the sensor
    long[] late = {0, 2, 1, 7, 3, 0};
    for (int i = 0; i < late.length; i++) {
      connect(join, c, T0 + i * 60 * S + offset + late[i] * S, 50_000 + i);
    }
    for (int i = 0; i < late.length; i++) {
      join.offer(flow(T0 + i * 60 * S, 50_000 + i, "203.0.113.45", 443, 100 + i, 10), unjoined::add);
    }
    join.offer(flow(T0, 40_000, "198.51.100.9", 443, 1, 1), unjoined::add);
    assertThat(unjoined).as("a flow no connection shares a 5-tuple with goes straight on").hasSize(1);
    assertThat(c.joined()).as("held until settled").isZero();

    join.finish(unjoined::add);
    assertThat(join.clocks()).containsExactly(
        new ClockOffset("WS02.corp.example", 6, 6, offset + 1_500_000L, 5_500_000L, 5));
    assertThat(c.joined()).isEqualTo(6);
    assertThat(c.bytesOut()).isEqualTo(100 + 101 + 102 + 103 + 104 + 105);
    assertThat(unjoined).hasSize(1);

    InitiatorChannel later = channel("WS02.corp.example");
    connect(join, later, T0 + DAYS + offset, 50_100);
    join.offer(flow(T0 + DAYS + 9 * S, 50_100, "203.0.113.45", 443, 7, 7), unjoined::add);
    assertThat(later.joined()).as("after settling, at once: 9 s is within spread 5.5 s + TimeWindow 5 s").isEqualTo(1);
  }

  @Test
  void reusedPortsDoNotDriveTheEstimate() {
    FlowJoin join = new FlowJoin(5 * S, 3, 600 * S, 1000);
    InitiatorChannel c = channel("ws02");
    long offset = 176 * S;
    for (int i = 0; i < 3; i++) {
      connect(join, c, T0 + i * 60 * S + offset, 50_000 + i);
      join.offer(flow(T0 + i * 60 * S, 50_000 + i, "203.0.113.45", 443, 1, 1), unjoined::add);
    }
    // Port 123 reused: two connections an hour apart and their two flows, 3 hours off.
    for (int i = 0; i < 2; i++) {
      connect(join, c, T0 + i * 3600 * S, 123);
      connect(join, c, T0 + i * 3600 * S + 600 * S, 124);
    }
    for (int i = 0; i < 4; i++) {
      join.offer(flow(T0 + i * 3600 * S - 3 * 3600 * S, 123, "203.0.113.45", 443, 1, 1), unjoined::add);
    }
    // One connection, two flows on its tuple: which one is it? Not a match either.
    connect(join, c, T0 + 7200 * S, 125);
    join.offer(flow(T0 + 7200 * S - 9000 * S, 125, "203.0.113.45", 443, 1, 1), unjoined::add);
    join.offer(flow(T0 + 7200 * S - 9100 * S, 125, "203.0.113.45", 443, 1, 1), unjoined::add);
    join.settle(unjoined::add);
    assertThat(join.clocks()).containsExactly(new ClockOffset("ws02", 3, 3, offset, 0, 3));
  }

  @Test
  void theRecordsOfOneConnectionInTwoLogsAreOneMatch() {
    FlowJoin join = new FlowJoin(5 * S, 1, 600 * S, 1000);
    InitiatorChannel sysmon = channel("ws02");
    InitiatorChannel security = channel("ws02");
    connect(join, security, T0 - 68_403 * S, 50_000);
    connect(join, sysmon, T0 - 68_401 * S, 50_000);
    join.offer(flow(T0, 50_000, "203.0.113.45", 443, 5, 5), unjoined::add);
    join.finish(unjoined::add);
    assertThat(join.clocks()).containsExactly(new ClockOffset("ws02", 1, 1, -68_403 * S, 0, 1));
    assertThat(security.joined() + sysmon.joined()).isEqualTo(1);
    assertThat(join.ambiguousJoins()).as("the other record was within the tolerance too").isEqualTo(1);
  }

  @Test
  void aHostWithoutEnoughMatchesJoinsAsLoggedAndIsReported() {
    FlowJoin join = new FlowJoin(5 * S, 5, 600 * S, 1000);
    InitiatorChannel c = channel("db01");
    connect(join, c, T0 + 3 * S, 50_000);
    connect(join, c, T0 + 900 * S, 50_001);
    join.offer(flow(T0, 50_000, "203.0.113.45", 443, 5, 5), unjoined::add);
    join.offer(flow(T0 + 700 * S, 50_001, "203.0.113.45", 443, 5, 5), unjoined::add);
    join.finish(unjoined::add);
    assertThat(c.joined()).isEqualTo(1);
    assertThat(unjoined).hasSize(1);
    assertThat(join.clocks()).containsExactly(new ClockOffset("db01", 2, 2, 0, 0, 5));
    assertThat(join.clocks().get(0).describe()).isEqualTo(
        "db01: no clock offset estimated: 2 unambiguous matches within ClockMaxSpread of the median, fewer than"
            + " ClockMinMatches 5; joined as logged");
  }

  @Test
  void heldFlowsAreBoundedPerTuple() {
    FlowJoin join = new FlowJoin(5 * S, 1, 600 * S, 1000);
    InitiatorChannel c = channel("ws02");
    connect(join, c, T0, 50_000);
    for (int i = 0; i < 12; i++) {
      join.offer(flow(T0 + i * S, 50_000, "203.0.113.45", 443, 1, 1), unjoined::add);
    }
    assertThat(unjoined).as("the 4 beyond HELD_PER_CONNECTION * (1 + 1) = 8 go straight on").hasSize(4);
    join.finish(unjoined::add);
    assertThat(c.joined()).isEqualTo(1);
    assertThat(unjoined).hasSize(11);
    assertThat(join.clocks()).as("a tuple of 12 flows is no match").containsExactly(new ClockOffset("ws02", 0, 0, 0, 0, 1));
  }

  @Test
  void reachingTheHeldLimitSettlesEarlyThenFlowsJoinAtOnce() {
    FlowJoin join = new FlowJoin(5 * S, 2, 600 * S, 3);
    InitiatorChannel c = channel("ws02");
    for (int i = 0; i < 4; i++) {
      connect(join, c, T0 + i * 60 * S + 3600 * S, 50_000 + i);
    }
    for (int i = 0; i < 3; i++) {
      join.offer(flow(T0 + i * 60 * S, 50_000 + i, "203.0.113.45", 443, 1, 1), unjoined::add);
    }
    assertThat(join.clocks()).containsExactly(new ClockOffset("ws02", 3, 3, 3600 * S, 0, 2));
    assertThat(c.joined()).isEqualTo(3);
    join.offer(flow(T0 + 180 * S + 4 * S, 50_003, "203.0.113.45", 443, 1, 1), unjoined::add);
    assertThat(c.joined()).isEqualTo(4);
    assertThat(unjoined).isEmpty();
  }
}
