package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Records rendered from template plans equal records walked in full, element by element: every
 * chunk of every fixture (damaged ones too) decoded both ways gives the same records (System
 * fields, data keys in order, value text, origin) and the same problems, with plans shared across
 * the file's chunks as the reader shares them.
 */
class TemplatePlanTest {

  static Stream<Path> fixtures() {
    return EvtxFixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void plannedRecordsEqualFullWalks(Path evtx) throws IOException {
    byte[] file = Files.readAllBytes(evtx);
    TemplatePlans plans = new TemplatePlans();
    int chunks = 0;
    long records = 0;
    for (int at = EvtxFileHeader.SIZE, index = 0; at < file.length; at += EvtxChunk.SIZE, index++) {
      byte[] chunk = Arrays.copyOfRange(file, at, Math.min(file.length, at + EvtxChunk.SIZE));
      EvtxChunk.Result planned = EvtxChunk.decode(chunk, chunk.length, at, index, "f", plans);
      EvtxChunk.Result walked = EvtxChunk.decode(chunk, chunk.length, at, index, "f", null);
      assertThat(planned.records()).containsExactlyElementsOf(walked.records());
      assertThat(planned.problems()).containsExactlyElementsOf(walked.problems());
      chunks++;
      records += planned.records().size();
    }
    assertThat(chunks).isPositive();
    assertThat(records).isEqualTo(EvtxFixtures.read(evtx, 1).records().size());
  }
}
