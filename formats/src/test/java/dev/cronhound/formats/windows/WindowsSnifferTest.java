package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowsSnifferTest {

  private static Optional<InputFormat> sniff(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return WindowsSniffer.sniff(b, b.length);
  }

  @Test
  void evtxByItsFileHeaderMagic() {
    byte[] header = new byte[4096];
    System.arraycopy("ElfFile\0".getBytes(StandardCharsets.US_ASCII), 0, header, 0, 8);
    assertThat(WindowsSniffer.sniff(header, header.length)).contains(InputFormat.EVTX);
    assertThat(WindowsSniffer.sniff(header, 7)).isEmpty();
  }

  @Test
  void eventXmlWithOrWithoutDeclarationOrWrapper() {
    String event = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System/></Event>";
    assertThat(sniff(event)).contains(InputFormat.WINDOWS_XML);
    assertThat(sniff("\uFEFF<?xml version=\"1.0\"?>\n<Events>\n" + event)).contains(InputFormat.WINDOWS_XML);
    assertThat(sniff("  \r\n" + event)).contains(InputFormat.WINDOWS_XML);
    assertThat(sniff("<plist version=\"1.0\"><dict/></plist>")).isEmpty();
  }

  @Test
  void winlogbeatAndFlattenedJsonButNotZeek() {
    assertThat(sniff("{\"@timestamp\":\"2024-01-01T00:00:00Z\",\"winlog\":{\"event_id\":1}}\n"))
        .contains(InputFormat.WINDOWS_JSON);
    assertThat(sniff("{\"winlog.event_id\":\"3\",\"winlog.channel\":\"Security\"}\n"))
        .contains(InputFormat.WINDOWS_JSON);
    assertThat(sniff("{\"EventID\":4698,\"Channel\":\"Security\",\"Hostname\":\"WS5\"}\n"))
        .contains(InputFormat.WINDOWS_JSON);
    assertThat(sniff("{\"ts\":1.5,\"uid\":\"C1\",\"EventID\":1,\"Channel\":\"x\"}\n")).isEmpty();
    assertThat(sniff("{\"EventID\":4698}\n")).as("an EventID alone is not enough").isEmpty();
  }

  @Test
  void nothingFromEmptyOrBlankInput() {
    assertThat(WindowsSniffer.sniff(new byte[0], 0)).isEmpty();
    assertThat(sniff(" \n\t")).isEmpty();
  }
}
