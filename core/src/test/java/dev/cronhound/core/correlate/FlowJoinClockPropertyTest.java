package dev.cronhound.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.channel.NamedBy;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random clock offsets (-7 days .. +7 days) and spreads (a connection logged up to a couple of
 * minutes late, or a little early), on hosts whose ports are also reused (tuples seen twice on one
 * side, with differences far from the offset, as many as the true matches): the estimate is within
 * the spread of the true offset, every connection joins its own flow, the decoys do not move it.
 */
class FlowJoinClockPropertyTest {

  private static final long S = 1_000_000L;
  private static final long T0 = 1_767_571_200L * S;
  private static final long WEEK = 7 * 86_400 * S;

  private record Host(String name, String ip, long offset, long spread, InitiatorChannel real, InitiatorChannel decoy) {}

  @Test
  void theEstimateIsWithinTheSpreadAndEveryConnectionJoinsItsFlow() {
    Random random = new Random(13);
    for (int trial = 0; trial < 300; trial++) {
      FlowJoin join = new FlowJoin(5 * S, 5, 600 * S, 1 << 20);
      List<Host> hosts = new ArrayList<>();
      List<Flow> flows = new ArrayList<>();
      long[] expectedOut = new long[4];
      int[] expectedJoins = new int[4];
      int hostCount = 1 + random.nextInt(4);
      int background = 0;
      for (int h = 0; h < hostCount; h++) {
        long offset = (long) ((random.nextDouble() * 2 - 1) * WEEK);
        long spread = random.nextInt(4) == 0 ? 0 : (long) (random.nextDouble() * 120 * S);
        String ip = "10.20.0." + (10 + h);
        Host host = new Host("ws" + h + ".corp.example", ip, offset, spread, channel("ws" + h + ".corp.example"),
            channel("ws" + h + ".corp.example"));
        hosts.add(host);
        int n = 5 + random.nextInt(60);
        int port = 49_152 + random.nextInt(1000);
        long t = T0 + random.nextInt(86_400) * S;
        for (int i = 0; i < n; i++) {
          t += (1 + random.nextInt(600)) * S;
          port += 1 + random.nextInt(5);
          // Sysmon logs late, by up to the spread; the Security log a little early, by up to a fifth of it.
          long late = spread == 0 ? 0 : (long) (random.nextDouble() * 1.2 * spread) - spread / 5;
          long bytes = 1_000L * (h + 1) + i;
          connect(join, host.real(), host.ip(), port, t + offset + late);
          flows.add(flow(t, host.ip(), port, bytes));
          expectedOut[h] += bytes;
          expectedJoins[h]++;
        }
        // Decoys, as many as the true matches: a port reused (two connections far apart, two flows)
        // or a flow repeated on one connection's tuple, each hours off the true offset.
        for (int i = 0; i < n; i++) {
          int p = 20_000 + i;
          long td = T0 + random.nextInt(86_400) * S;
          long wrong = offset + (3 + random.nextInt(20)) * 3600 * S;
          connect(join, host.decoy(), host.ip(), p, td + wrong);
          if (random.nextBoolean()) {
            connect(join, host.decoy(), host.ip(), p, td + wrong + 7200 * S);
          }
          flows.add(flow(td, host.ip(), p, 1));
          flows.add(flow(td - 3 * 3600 * S, host.ip(), p, 1));
        }
        for (int i = 0; i < 20; i++) {
          flows.add(flow(T0 + random.nextInt(86_400) * S, host.ip(), 30_000 + i, 1));
          background++;
        }
      }
      Collections.shuffle(flows, random);
      List<dev.cronhound.core.event.Event> unjoined = new ArrayList<>();
      for (Flow f : flows) {
        join.offer(f, unjoined::add);
      }
      join.finish(unjoined::add);

      List<ClockOffset> clocks = join.clocks();
      assertThat(clocks).hasSize(hostCount);
      for (int h = 0; h < hostCount; h++) {
        Host host = hosts.get(h);
        ClockOffset c = clocks.get(h);
        String where = "trial " + trial + " host " + h + " offset " + host.offset() + " spread " + host.spread();
        assertThat(c.host()).isEqualTo(host.name());
        assertThat(c.estimated()).as(where).isTrue();
        assertThat(c.used()).as(where).isEqualTo(expectedJoins[h]);
        assertThat(Math.abs(c.offsetMicros() - host.offset())).as(where).isLessThanOrEqualTo(host.spread());
        assertThat(c.spreadMicros()).as(where).isLessThanOrEqualTo(2 * host.spread());
        assertThat(host.real().joined()).as(where).isEqualTo(expectedJoins[h]);
        assertThat(host.real().bytesOut()).as(where).isEqualTo(expectedOut[h]);
        assertThat(host.decoy().joined()).as(where + ": decoys hours off stay unjoined").isZero();
      }
      assertThat(unjoined).hasSize(flows.size() - java.util.Arrays.stream(expectedJoins).sum());
      assertThat(background).isPositive();
    }
  }

  private static InitiatorChannel channel(String host) {
    InitiatorChannel c = new InitiatorChannel(new InitiatorKey(host, null, "a.exe", "a.exe", null), "203.0.113.45",
        null, NamedBy.ADDRESS);
    c.hostName(host);
    return c;
  }

  private static void connect(FlowJoin join, InitiatorChannel c, String ip, int port, long t) {
    int i = c.add(t, ip, "203.0.113.45", 443, NamedBy.ADDRESS, null, "C:\\a.exe", null, null, null,
        new Origin("sysmon.json", 1));
    join.expect("tcp", ip, port, "203.0.113.45", 443, t, c, i);
  }

  private static Flow flow(long t, String ip, int port, long out) {
    return new Flow(t, "C" + port, ip, port, "203.0.113.45", 443, "tcp", "ssl", 2 * S, out, 10, "SF",
        new Origin("conn.log", 1));
  }
}
