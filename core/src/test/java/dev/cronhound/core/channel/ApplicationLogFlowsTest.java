package dev.cronhound.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.TlsSession;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApplicationLogFlowsTest {

  static HttpRequest http(long ts, String uid, String src, int sport) {
    return new HttpRequest(ts, uid, src, sport, "203.0.113.7", 80, "GET", "c2.example", "/a", "curl/8", 0, 150, 200,
        new Origin("http.log", (int) (ts / 1000 % 1000)));
  }

  @Test
  void eachUnclaimedUidIsOneFlowAtItsEarliestRecordWithBytesUnknown() {
    ApplicationLogFlows a = new ApplicationLogFlows();
    a.note(http(2_000_000, "Cb", "10.0.0.5", 40001));
    a.note(http(1_500_000, "Cb", "10.0.0.5", 40001)); // keep-alive: an earlier request on the same uid
    a.note(new TlsSession(900_000, "Ca", "10.0.0.5", 40000, "203.0.113.7", 443, "c2.example", "TLSv13", null,
        new Origin("ssl.log", 3)));
    a.note(http(3_000_000, "Cc", "10.0.0.6", 40002));
    a.claim(new Flow(3_000_000, "Cc", "10.0.0.6", 40002, "203.0.113.7", 80, "tcp", "http", 10, 100, 150, "SF",
        new Origin("conn.log", 9)));

    assertThat(a.unclaimed()).isEqualTo(2);
    assertThat(a.claimed()).isEqualTo(1);
    List<Flow> flows = a.drain();
    assertThat(flows).containsExactly(
        new Flow(900_000, "Ca", "10.0.0.5", 40000, "203.0.113.7", 443, "tcp", "ssl", -1, -1, -1, null,
            new Origin("ssl.log", 3)),
        new Flow(1_500_000, "Cb", "10.0.0.5", 40001, "203.0.113.7", 80, "tcp", "http", -1, -1, -1, null,
            new Origin("http.log", 500)));
    assertThat(a.unclaimed()).isZero();
    assertThat(a.drain()).isEmpty();
  }

  @Test
  void tlsAndHttpOfOneConnectionAreOneFlowCarryingBoth() {
    ApplicationLogFlows a = new ApplicationLogFlows();
    a.note(new TlsSession(1_000_000, "Cx", "10.0.0.5", 40000, "203.0.113.7", 443, "c2.example", null, null, null));
    a.note(new HttpRequest(1_200_000, "Cx", "10.0.0.5", 40000, "203.0.113.7", 443, "GET", "c2.example", "/", null,
        -1, -1, -1, null));
    List<Flow> flows = a.drain();
    assertThat(flows).hasSize(1);
    assertThat(flows.get(0).service()).isEqualTo("ssl,http");
    assertThat(flows.get(0).tsMicros()).isEqualTo(1_000_000);
  }

  @Test
  void recordsWithoutUidOrEndsAreNotConnections() {
    ApplicationLogFlows a = new ApplicationLogFlows();
    a.note(http(1, null, "10.0.0.5", 1));
    a.note(http(1, "", "10.0.0.5", 1));
    a.note(http(1, "Cz", null, 1));
    assertThat(a.drain()).isEmpty();
  }

  @Test
  void seenRecordsDropExactRepeatsOnlyWhateverTheOrder() {
    Random rnd = new Random(13);
    for (int round = 0; round < 50; round++) {
      SeenRecords seen = new SeenRecords();
      int distinct = 1 + rnd.nextInt(400);
      int repeats = 0;
      int passed = 0;
      for (int i = 0; i < distinct; i++) {
        Flow f = new Flow(1_000_000L * i, "C" + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36), "10.0.0.1", i,
            "203.0.113.1", 443, "tcp", null, 1, 1, 1, "SF", null);
        int copies = 1 + rnd.nextInt(3);
        for (int c = 0; c < copies; c++) {
          passed += seen.firstTime(f) ? 1 : 0;
        }
        repeats += copies - 1;
        // The same uid in another log, or at another time, is another record.
        assertThat(seen.firstTime(http(f.tsMicros(), f.uid(), "10.0.0.1", i))).isTrue();
      }
      assertThat(passed).isEqualTo(distinct);
      assertThat(seen.dropped()).isEqualTo(repeats);
      Flow noUid = new Flow(5, null, "10.0.0.1", 1, "203.0.113.1", 443, "tcp", null, 1, 1, 1, "SF", null);
      assertThat(seen.firstTime(noUid) && seen.firstTime(noUid)).isTrue();
    }
  }
}
