package dev.cronhound.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.windows.WindowsRecord;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link WindowsRecordJson} (written by hand) produces exactly the bytes the Jackson rendering it
 * replaced does ({@link JacksonWindowsRecordJson}), on random records whose strings mix ASCII,
 * control characters, quotes and backslashes, Latin-1, U+0085/U+2028/U+2029, other BMP text,
 * paired and unpaired surrogates; and every line parses back to the record's strings.
 */
class WindowsRecordJsonProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static LongStream seeds() {
    return LongStream.range(0, 25);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameBytesAsJackson(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream hand = new ByteArrayOutputStream();
    ByteArrayOutputStream jackson = new ByteArrayOutputStream();
    ByteArrayOutputStream batched = new ByteArrayOutputStream();
    try (WindowsRecordJson a = new WindowsRecordJson(hand);
        JacksonWindowsRecordJson b = new JacksonWindowsRecordJson(jackson);
        WindowsRecordJson c = new WindowsRecordJson(batched)) {
      List<WindowsRecord> batch = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        WindowsRecord r = record(random);
        a.accept(r);
        b.accept(r);
        // rendered a batch at a time (as on EVTX decoding threads), mixed with single records
        if (i % 50 == 7) {
          c.prepare(batch).run();
          batch.clear();
          c.accept(r);
        } else {
          batch.add(r);
        }
        String line = WindowsRecordJson.toJson(r);
        JsonNode parsed = MAPPER.readTree(line);
        assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
        for (Map.Entry<String, String> e : r.data().entrySet()) {
          assertThat(parsed.get("data").get(e.getKey()).asText()).isEqualTo(e.getValue());
        }
      }
      c.prepare(batch).run();
    }
    assertThat(hand.toString("UTF-8")).isEqualTo(jackson.toString("UTF-8"));
    assertThat(batched.toByteArray()).isEqualTo(hand.toByteArray());
    assertThat(hand.toByteArray()).isEqualTo(jackson.toByteArray());
  }

  private static WindowsRecord record(SplittableRandom random) {
    Map<String, String> data = new LinkedHashMap<>();
    int fields = random.nextInt(0, 12);
    for (int i = 0; i < fields; i++) {
      data.put(text(random, 12) + "#" + i, text(random, 60));
    }
    return new WindowsRecord(
        random.nextInt(3) == 0 ? -1 : random.nextInt(3) == 0 ? random.nextLong() : random.nextLong(0, Long.MAX_VALUE),
        random.nextInt(4) == 0 ? WindowsRecord.NO_TIME : random.nextLong(0, 4_102_444_800_000_000L),
        maybe(random, 30),
        maybe(random, 30),
        maybe(random, 20),
        random.nextInt(-1, 70_000),
        random.nextInt(-1, 10),
        random.nextInt(20) == 0 ? Long.MIN_VALUE : random.nextLong(-1, 1L << 32),
        random.nextInt(20) == 0 ? Long.MAX_VALUE : random.nextLong(-1, 1L << 32),
        maybe(random, 20),
        data,
        new Origin(text(random, 10), random.nextLong(0, 1L << 40)));
  }

  private static String maybe(SplittableRandom random, int max) {
    return random.nextInt(4) == 0 ? null : text(random, max);
  }

  private static final char[] SPECIAL = {
    '"', '\\', '\b', '\t', '\n', '\f', '\r', 0, 0x1F, 0x7F, 0x85, 0xA0, 0xE9, 0x7FF, 0x800, 0x2028,
    0x2029, 0xFFFF, 0xFEFF, '<', '/', '\''
  };

  private static String text(SplittableRandom random, int max) {
    int len = random.nextInt(0, max + 1);
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        sb.append((char) random.nextInt(0x20, 0x7F));
      } else if (kind == 5) {
        sb.append(SPECIAL[random.nextInt(SPECIAL.length)]);
      } else if (kind == 6) {
        sb.append((char) random.nextInt(0, 0x20));
      } else if (kind == 7) {
        sb.appendCodePoint(random.nextInt(0x10000, 0x110000)); // a surrogate pair
      } else if (kind == 8) {
        sb.append((char) random.nextInt(0xD800, 0xE000)); // an unpaired half
      } else {
        sb.append((char) random.nextInt(0x80, 0x10000));
      }
    }
    return sb.toString();
  }
}
