package dev.cronhound.core.correlate;

import static dev.cronhound.core.correlate.EndpointEvents.S;
import static dev.cronhound.core.correlate.EndpointEvents.T0;
import static dev.cronhound.core.correlate.EndpointEvents.flow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.channel.NamedBy;
import dev.cronhound.core.event.Origin;
import org.junit.jupiter.api.Test;

class FlowJoinTest {

  private final FlowJoin join = new FlowJoin(5 * S);

  private static InitiatorChannel channel(String image) {
    return new InitiatorChannel(new InitiatorKey("ws02", null, image, image, null), "203.0.113.45", null, NamedBy.ADDRESS);
  }

  private static int connect(InitiatorChannel c, long t) {
    return c.add(t, "10.20.0.12", "203.0.113.45", 443, NamedBy.ADDRESS, null, "C:\\" + c.key().imageName(), null,
        null, null, new Origin("sysmon.xml", 1));
  }

  @Test
  void aFlowJoinsTheConnectionOfItsFiveTupleClosestInTimeAndRecordsTheAmbiguity() {
    InitiatorChannel a = channel("a.exe");
    InitiatorChannel b = channel("b.exe");
    join.expect("tcp", "10.20.0.12", 50000, "203.0.113.45", 443, T0, a, connect(a, T0));
    join.expect("tcp", "10.20.0.12", 50000, "203.0.113.45", 443, T0 + 3 * S, b, connect(b, T0 + 3 * S));

    assertThat(join.join(flow(T0 + 2 * S, 50000, "203.0.113.45", 443, 1000, 10))).isTrue();
    assertThat(b.bytesOut()).isEqualTo(1000);
    assertThat(b.ambiguous()).isEqualTo(1);
    assertThat(a.bytesOut()).isEqualTo(-1);
    assertThat(join.ambiguousJoins()).isEqualTo(1);

    assertThat(join.join(flow(T0 + 2 * S, 50000, "203.0.113.45", 443, 7, 3))).as("the other one is left").isTrue();
    assertThat(a.bytesOut()).isEqualTo(7);
    assertThat(a.ambiguous()).isZero();
    assertThat(join.join(flow(T0 + 2 * S, 50000, "203.0.113.45", 443, 7, 3))).as("each takes one flow").isFalse();
    assertThat(join.waiting()).isZero();
  }

  @Test
  void noJoinOutsideTheTimeWindowOrOnAnotherTuple() {
    InitiatorChannel a = channel("a.exe");
    join.expect("tcp", "10.20.0.12", 50000, "203.0.113.45", 443, T0, a, connect(a, T0));

    assertThat(join.join(flow(T0 + 6 * S, 50000, "203.0.113.45", 443, 1, 1))).isFalse();
    assertThat(join.join(flow(T0, 50001, "203.0.113.45", 443, 1, 1))).isFalse();
    assertThat(join.join(flow(T0, 50000, "203.0.113.46", 443, 1, 1))).isFalse();
    assertThat(join.join(flow(T0 - 5 * S, 50000, "203.0.113.45", 443, 1, 1))).isTrue();
  }

  @Test
  void waitingConnectionsExpire() {
    InitiatorChannel a = channel("a.exe");
    join.expect("tcp", "10.20.0.12", 50000, "203.0.113.45", 443, T0, a, connect(a, T0));
    join.expect("tcp", "10.20.0.12", 50001, "203.0.113.45", 443, T0 + 100 * S, a, connect(a, T0 + 100 * S));

    join.expire(T0 + 50 * S);
    assertThat(join.waiting()).isEqualTo(1);
    assertThat(join.join(flow(T0, 50000, "203.0.113.45", 443, 1, 1))).isFalse();
  }

  @Test
  void connectionsWithoutASourceJoinByDestinationAndTimeAndLearnTheHostsAddress() {
    InitiatorChannel web = new InitiatorChannel(new InitiatorKey("web01", null, "curl", "curl", null), "203.0.113.80", null, NamedBy.ADDRESS);
    InitiatorChannel db = new InitiatorChannel(new InitiatorKey("db01", null, "curl", "curl", null), "203.0.113.80", null, NamedBy.ADDRESS);
    join.expectWithoutSource(null, "web01", "203.0.113.80", 443, T0, web, connect(web, T0));
    join.expectWithoutSource(null, "db01", "203.0.113.80", 443, T0 + 600 * S, db, connect(db, T0 + 600 * S));
    join.expectWithoutSource(null, "web01", "203.0.113.80", 443, T0 + 900 * S, web, connect(web, T0 + 900 * S));
    join.expectWithoutSource(null, "db01", "203.0.113.80", 443, T0 + 901 * S, db, connect(db, T0 + 901 * S));

    assertThat(join.join(new dev.cronhound.core.event.Flow(T0 + S, "C1", "10.30.0.11", 50000, "203.0.113.80", 443, "tcp",
        null, S, 100, 1, "SF", new Origin("conn.log", 1)))).isTrue();
    assertThat(join.join(new dev.cronhound.core.event.Flow(T0 + 600 * S, "C2", "10.30.0.12", 50001, "203.0.113.80", 443, "tcp",
        null, S, 200, 1, "SF", new Origin("conn.log", 2)))).isTrue();
    // web01 is 10.30.0.11 and db01 10.30.0.12 now: two connections a second apart go to the right host
    assertThat(join.join(new dev.cronhound.core.event.Flow(T0 + 901 * S, "C3", "10.30.0.11", 50002, "203.0.113.80", 443, "tcp",
        null, S, 300, 1, "SF", new Origin("conn.log", 3)))).isTrue();
    assertThat(join.join(new dev.cronhound.core.event.Flow(T0 + 900 * S, "C4", "10.30.0.12", 50003, "203.0.113.80", 443, "tcp",
        null, S, 400, 1, "SF", new Origin("conn.log", 4)))).isTrue();
    assertThat(web.bytesOut()).isEqualTo(400);
    assertThat(db.bytesOut()).isEqualTo(600);
    assertThat(join.ambiguousJoins()).isZero();
    assertThat(join.waiting()).isZero();
  }
}
