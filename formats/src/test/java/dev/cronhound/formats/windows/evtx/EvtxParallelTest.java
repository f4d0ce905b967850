package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding chunks on 2 or 4 threads yields the same records, problems and counts, in order. */
class EvtxParallelTest {

  static Stream<Path> fixtures() {
    return EvtxFixtures.all().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void sameAsOneThread(Path evtx) {
    EvtxFixtures.Read one = EvtxFixtures.read(evtx, 1);
    for (int threads : new int[] {2, 4}) {
      EvtxFixtures.Read many = EvtxFixtures.read(evtx, threads);
      assertThat(many.records()).containsExactlyElementsOf(one.records());
      assertThat(many.report().problemSamples()).isEqualTo(one.report().problemSamples());
      assertThat(many.report().malformedCount()).isEqualTo(one.report().malformedCount());
      assertThat(many.report().bytes()).isEqualTo(one.report().bytes());
    }
  }
}
