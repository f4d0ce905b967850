package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.ReadReport;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deliberately damaged samples of omerbenamram/evtx (see the README beside them): no
 * exception, good records as upstream counts them, every bad chunk or record reported with the
 * file and its byte offset.
 */
class EvtxDamagedFilesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // file, good records, problems reported (upstream evtx-rs ok / err in the comment)
    "2-vss_0-Microsoft-Windows-RemoteDesktopServices-RdpCoreTS%4Operational.evtx, 1949, 30", // 1910/4
    "2-vss_7-System.evtx, 1160, 0", // 1160/0
    "sample_with_a_bad_chunk_magic.evtx, 301, 6", // 270/2
    "Microsoft-Windows-HelloForBusiness%4Operational.evtx, 6, 1", // 6 ok
    "Microsoft-Windows-LanguagePackSetup%4Operational.evtx, 17, 1", // 17 ok
    "Application_no_crc32.evtx, 17, 1", // 17 ok
    // bad header checksum (damaged string cache), records sound: read record by record since
    // issue 12 (was 2170, chunk 0 skipped); evtxexport and evtx-rs read 2261; 1 problem: the checksum
    "security_bad_string_cache.evtx, 2261, 1", // 2261 (evtxexport 2261)
  })
  void readsWhatCanBeRead(String name, int good, int problems) {
    Path file = EvtxFixtures.DIR.resolve("evtx-rs-samples").resolve(name);
    EvtxFixtures.Read r = EvtxFixtures.read(file, 1);
    ReadReport report = r.report();
    assertThat(r.records()).hasSize(good);
    assertThat(report.recordsByFormat().get("evtx")).isEqualTo((long) good);
    assertThat(report.malformedCount()).isEqualTo(problems);
    for (ReadReport.Problem p : report.problemSamples()) {
      assertThat(p.file()).isEqualTo(name);
      assertThat(p.line()).isBetween(0L, (long) report.bytes());
    }
  }
}
