package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.WindowsRecordJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

  /**
   * One reader for a whole run, every fixture (damaged ones too) read twice, the JSON lines
   * rendered on the workers: the same bytes and problems, in the same order, as one thread.
   */
  @Test
  void oneReaderAcrossFilesRendersTheSameLines() throws IOException {
    List<Path> files = new ArrayList<>(EvtxFixtures.all());
    files.addAll(EvtxFixtures.all());
    byte[] header = new byte[100]; // a file too short for its header: a problem between files
    files.add(1, null);
    Run one = run(files, header, 1);
    assertThat(one.report.malformedCount()).isPositive();
    for (int threads : new int[] {2, 3}) {
      Run many = run(files, header, threads);
      assertThat(many.json).isEqualTo(one.json);
      assertThat(many.report.problemSamples()).isEqualTo(one.report.problemSamples());
      assertThat(many.report.malformedCount()).isEqualTo(one.report.malformedCount());
      assertThat(many.report.totalRecords()).isEqualTo(one.report.totalRecords());
    }
  }

  private record Run(String json, ReadReport report) {}

  private static Run run(List<Path> files, byte[] shortFile, int threads) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadReport report = new ReadReport();
    try (EvtxReader reader = new EvtxReader(threads);
        WindowsRecordJson json = new WindowsRecordJson(out)) {
      for (Path f : files) {
        byte[] b = f == null ? shortFile : Files.readAllBytes(f);
        String name = f == null ? "short.evtx" : f.getFileName().toString();
        reader.readFile(new ByteArrayInputStream(b), name, json, report);
      }
      reader.finish();
    }
    return new Run(out.toString("UTF-8"), report);
  }
}
