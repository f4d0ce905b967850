package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.windows.evtx.EvtxReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two evtx-crate XML renderings are records of the EVTX reader's {@code security.evtx} sample (the
 * same upstream repository): read as XML and as EVTX they give equal records, origin aside. This
 * covers the GUID form ({@code LogonGuid}: bare in the evtx crate's XML, braced upper-case in the
 * contract). Skipped when the EVTX sample is not in the tree.
 */
class WindowsXmlEvtxEquivalenceTest {

  static final Path WINDOWS = Path.of("src", "test", "resources", "windows");
  static final Path SECURITY_EVTX = WINDOWS.resolve("evtx/evtx-rs-samples/security.evtx");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"event_xml_sample.xml, 1", "event_xml_sample_with_string_with_trailing_spaces.xml, 2260"})
  void xmlRenderingEqualsTheEvtxRecord(String xmlFile, long recordId) throws IOException {
    assumeTrue(Files.exists(SECURITY_EVTX), "EVTX sample not present");
    WindowsRecord fromXml = WindowsCapture.file(WINDOWS.resolve("xml/evtx-rs").resolve(xmlFile)).records().get(0);
    List<WindowsRecord> fromEvtx = new ArrayList<>();
    try (InputStream in = Files.newInputStream(SECURITY_EVTX)) {
      EvtxReader.read(in, "security.evtx", r -> {
        if (r.recordId() == recordId) {
          fromEvtx.add(r);
        }
      }, new ReadReport());
    }
    assertThat(fromEvtx).hasSize(1);
    assertThat(WindowsCapture.withoutOrigin(fromXml)).isEqualTo(WindowsCapture.withoutOrigin(fromEvtx.get(0)));
  }
}
