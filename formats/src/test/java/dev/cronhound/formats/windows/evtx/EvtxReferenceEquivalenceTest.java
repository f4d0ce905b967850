package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.formats.windows.WindowsRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record the reference reader (python-evtx, normalized by {@code normalize.py}, see the
 * README beside the fixtures) renders must come out of {@link EvtxReader} at the same byte offset
 * with the same EventRecordID, EventID, TimeCreated (to the microsecond), Provider, Channel,
 * Computer and EventData/UserData, in order. Where the reference rendered every record (no {@code
 * .reference-errors.txt}), the record counts must be equal too.
 */
class EvtxReferenceEquivalenceTest {

  /** python-evtx drops these (and XML parsing turns CR LF and CR into LF, done here too). */
  private static final Pattern RESTRICTED =
      Pattern.compile("[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F]");

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> fixtures() {
    return EvtxFixtures.all().stream()
        .filter(p -> Files.exists(expected(p)));
  }

  private static Path expected(Path evtx) {
    String n = evtx.getFileName().toString();
    return evtx.resolveSibling(n.substring(0, n.length() - 5) + ".expected.jsonl");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void matchesReference(Path evtx) throws IOException {
    List<WindowsRecord> ours = EvtxFixtures.read(evtx, 1).records();
    Map<Long, WindowsRecord> byOffset = new HashMap<>();
    ours.forEach(r -> byOffset.put(r.origin().line(), r));
    List<String> lines = Files.readAllLines(expected(evtx));
    long previous = -1;
    for (String line : lines) {
      JsonNode e = JSON.readTree(line);
      long offset = e.get("offset").asLong();
      assertThat(offset).isGreaterThan(previous);
      previous = offset;
      WindowsRecord r = byOffset.get(offset);
      String where = evtx.getFileName() + " @" + offset;
      assertThat(r).as(where).isNotNull();
      assertThat(r.recordId()).as(where).isEqualTo(EvtxRecordFields.parse(e.get("EventRecordID").asText(), r.recordId()));
      assertThat(r.eventId()).as(where).isEqualTo((int) EvtxRecordFields.parse(e.get("EventID").asText(), -1));
      assertThat(text(r.provider())).as(where).isEqualTo(e.path("provider").asText(""));
      assertThat(text(r.channel())).as(where).isEqualTo(e.path("Channel").asText(""));
      assertThat(text(r.computer())).as(where).isEqualTo(e.path("Computer").asText(""));
      String time = e.path("TimeCreated").asText("");
      if (!time.isEmpty()) { // empty only in garbage the reference renders from damaged chunks
        Instant t = Instant.parse(time).truncatedTo(ChronoUnit.MICROS);
        long micros = t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
        assertThat(r.timeCreatedMicros()).as(where).isEqualTo(micros);
      }
      Map<String, String> want = new java.util.LinkedHashMap<>();
      e.get("data").forEach(kv -> want.put(kv.get(0).asText(), kv.get(1).asText()));
      Map<String, String> got = new java.util.LinkedHashMap<>();
      r.data().forEach((k, v) -> got.put(k, RESTRICTED.matcher(v.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("")));
      assertThat(got).as(where).containsExactlyEntriesOf(want);
    }
    String n = evtx.getFileName().toString();
    // A damaged file: the reference stops early in damaged chunks where we resynchronise.
    boolean damaged = n.equals("sample_with_a_bad_chunk_magic.evtx");
    if (!damaged && !Files.exists(evtx.resolveSibling(n.substring(0, n.length() - 5) + ".reference-errors.txt"))) {
      assertThat(ours).as(n).hasSize(lines.size());
    }
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
