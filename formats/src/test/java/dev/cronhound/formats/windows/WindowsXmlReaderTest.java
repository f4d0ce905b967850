package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms of event XML, hostile DTDs and broken input for {@link WindowsXmlReader}. */
class WindowsXmlReaderTest {

  static final String NS = "http://schemas.microsoft.com/win/2004/08/events/event";

  static String event(long recordId, String data) {
    return "<Event xmlns='" + NS + "'><System><Provider Name='Microsoft-Windows-Sysmon'/>"
        + "<EventID>1</EventID><Version>5</Version>"
        + "<TimeCreated SystemTime='2019-03-18T16:57:52.4333673Z'/>"
        + "<EventRecordID>" + recordId + "</EventRecordID>"
        + "<Execution ProcessID='4860' ThreadID='4516'/>"
        + "<Channel>Microsoft-Windows-Sysmon/Operational</Channel><Computer>host1</Computer>"
        + "<Security UserID='S-1-5-18'/></System><EventData>" + data + "</EventData></Event>";
  }

  @Test
  void readsSystemFieldsAndData() {
    WindowsCapture c = WindowsCapture.xml(event(7, "<Data Name='Image'>C:\\a.exe</Data>"));
    assertThat(c.records()).hasSize(1);
    WindowsRecord r = c.records().get(0);
    assertThat(r.recordId()).isEqualTo(7);
    assertThat(r.timeCreatedMicros()).isEqualTo(1552928272433367L);
    assertThat(r.provider()).isEqualTo("Microsoft-Windows-Sysmon");
    assertThat(r.channel()).isEqualTo("Microsoft-Windows-Sysmon/Operational");
    assertThat(r.computer()).isEqualTo("host1");
    assertThat(r.eventId()).isEqualTo(1);
    assertThat(r.version()).isEqualTo(5);
    assertThat(r.processId()).isEqualTo(4860);
    assertThat(r.threadId()).isEqualTo(4516);
    assertThat(r.userSid()).isEqualTo("S-1-5-18");
    assertThat(r.data()).containsExactly(Map.entry("Image", "C:\\a.exe"));
    assertThat(r.origin().line()).isEqualTo(1);
    assertThat(c.report().recordsByFormat()).containsEntry("windows-xml", 1L);
    assertThat(c.report().bytes()).isEqualTo(event(7, "").length() + "<Data Name='Image'>C:\\a.exe</Data>".length());
  }

  @Test
  void readsWrappedManyPerLineWithDeclarationsAndRenderingInfo() {
    String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<Events>\n"
        + event(1, "") + "\n<?xml version='1.0'?>\n"
        + event(2, "").replace("</Event>", "<RenderingInfo Culture='en-US'><Message>m</Message></RenderingInfo></Event>")
        + event(3, "") + "\n</Events>\n";
    WindowsCapture c = WindowsCapture.xml(xml);
    assertThat(c.records()).extracting(WindowsRecord::recordId).containsExactly(1L, 2L, 3L);
    assertThat(c.records()).extracting(r -> r.origin().line()).containsExactly(3L, 5L, 5L);
    assertThat(c.records().get(1).data()).isEmpty();
    assertThat(c.report().malformedCount()).isZero();
  }

  @Test
  void namesUnnamedDataBinaryAndUserDataLeaves() {
    String xml = event(1, "<Data>a</Data><Data Name='X'>b</Data><Data>c</Data><Binary>0A0B</Binary>")
        + "\n" + event(2, "").replace("<EventData></EventData>",
            "<UserData><Op xmlns='urn:x'><A>1</A><B><A>2</A><C k='v'/></B><A>3</A></Op></UserData>");
    WindowsCapture c = WindowsCapture.xml(xml);
    assertThat(c.records().get(0).data())
        .containsExactly(Map.entry("#1", "a"), Map.entry("X", "b"), Map.entry("#2", "c"),
            Map.entry("Binary", "0A0B"));
    assertThat(c.records().get(1).data())
        .containsExactly(Map.entry("A", "1"), Map.entry("A#2", "2"), Map.entry("C", ""),
            Map.entry("A#3", "3"));
  }

  @Test
  void decodesPredefinedEntitiesAndCharacterReferences() {
    WindowsCapture c = WindowsCapture.xml(
        event(1, "<Data Name='v'>&amp;&lt;&gt;&quot;&apos;&#x41;&#66;  </Data>"));
    assertThat(c.records().get(0).get("v")).isEqualTo("&<>\"'AB  ");
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    byte[] body = (event(1, "<Data Name='P'>\u00ae</Data>") + "\r\n" + event(2, "")).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    System.arraycopy(body, 0, bytes, 2, body.length);
    WindowsCapture c = WindowsCapture.xml(bytes);
    assertThat(c.records()).hasSize(2);
    assertThat(c.records().get(0).get("P")).isEqualTo("\u00ae");
    assertThat(c.records().get(1).origin().line()).isEqualTo(2);
    assertThat(c.report().bytes()).isEqualTo(bytes.length);
  }

  @Test
  void rejectsExternalEntityWithoutReadingTheFile() {
    String xml = "<?xml version='1.0'?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
        + event(1, "<Data Name='v'>&e;</Data>") + "\n" + event(2, "<Data Name='v'>ok</Data>") + "\n";
    WindowsCapture c = WindowsCapture.xml(xml);
    assertThat(c.problems()).containsExactly("t.xml:2: " + WindowsXmlReader.DTD_REASON);
    assertThat(c.records()).extracting(WindowsRecord::recordId).containsExactly(2L);
    assertThat(c.records().toString()).doesNotContain("root:");
  }

  @Test
  void entityWithoutDtdIsMalformedNotExpanded() {
    WindowsCapture c = WindowsCapture.xml(event(1, "<Data Name='v'>&e;</Data>") + "\n" + event(2, ""));
    assertThat(c.records()).extracting(WindowsRecord::recordId).containsExactly(2L);
    assertThat(c.problems()).singleElement().asString()
        .startsWith("t.xml:1: malformed event XML").contains("\"e\"");
  }

  @Test
  void rejectsExternalDtdWithoutConnecting() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      int port = server.getLocalPort();
      String xml = "<!DOCTYPE Event SYSTEM \"http://127.0.0.1:" + port + "/x.dtd\">\n"
          + event(1, "") + "\n<!DOCTYPE Event SYSTEM \"http://127.0.0.1:1/x.dtd\">\n" + event(2, "")
          + "\n" + event(3, "") + "\n";
      WindowsCapture c = WindowsCapture.xml(xml);
      assertThat(c.problems()).containsExactly(
          "t.xml:1: " + WindowsXmlReader.DTD_REASON, "t.xml:3: " + WindowsXmlReader.DTD_REASON);
      assertThat(c.records()).extracting(WindowsRecord::recordId).containsExactly(3L);
      boolean connected;
      try (Socket s = server.accept()) {
        connected = s != null;
      } catch (SocketTimeoutException e) {
        connected = false;
      }
      assertThat(connected).as("the reader connected to the DTD's URL").isFalse();
    }
  }

  @Test
  void rejectsBillionLaughsFastInFlatMemory() {
    StringBuilder dtd = new StringBuilder("<?xml version='1.0'?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append(" <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n");
    String xml = event(1, "") + "\n" + dtd + event(2, "<Data Name='v'>&lol9;</Data>") + "\n" + event(3, "");
    Instant start = Instant.now();
    WindowsCapture c = WindowsCapture.xml(xml);
    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(2));
    assertThat(c.records()).extracting(WindowsRecord::recordId).containsExactly(1L, 3L);
    assertThat(c.problems()).containsExactly("t.xml:3: " + WindowsXmlReader.DTD_REASON);
  }

  @Test
  void truncatedAndGarbageAreCountedWithLineAndReadingGoesOn() {
    String xml = event(1, "") + "\n"
        + event(2, "<Data Name='a'>x</Data>").substring(0, 200) + "\n"
        + "garbage line <<<>>> &&&\n"
        + event(3, "<Data Name='a'>x</Dta>") + "\n"
        + "<Event xmlns='" + NS + "'><Foo/></Event>\n"
        + event(4, "") + "\n"
        + event(5, "").substring(0, 120);
    WindowsCapture c = WindowsCapture.xml(xml);
    assertThat(c.records()).extracting(WindowsRecord::recordId).containsExactly(1L, 4L);
    assertThat(c.report().malformedCount()).isEqualTo(4);
    assertThat(c.problems()).extracting(p -> p.substring(0, p.indexOf(": ")))
        .containsExactly("t.xml:2", "t.xml:4", "t.xml:5", "t.xml:7");
    assertThat(c.problems().get(2)).endsWith("without EventID, Provider or Channel; skipped");
  }

  @Test
  void nothingButGarbageGivesNothing() {
    WindowsCapture c = WindowsCapture.xml("hello\n{\"a\":1}\n");
    assertThat(c.records()).isEmpty();
    assertThat(c.report().bytes()).isEqualTo(14);
  }

  @Test
  void guidValuesTakeTheContractForm() {
    WindowsCapture c = WindowsCapture.xml(event(1, "<Data Name='a'>{42f11c3b-ccaa-5c8f-0000-0010b4e22700}</Data>"
        + "<Data Name='b'>00000000-0000-0000-0000-00000000000a</Data><Data Name='c'>{42f11c3b-ccaa}</Data>"
        + "<Data Name='d'>x2f11c3b-ccaa-5c8f-0000-0010b4e22700</Data>"));
    assertThat(c.records().get(0).data()).containsExactly(
        Map.entry("a", "{42F11C3B-CCAA-5C8F-0000-0010B4E22700}"),
        Map.entry("b", "{00000000-0000-0000-0000-00000000000A}"),
        Map.entry("c", "{42f11c3b-ccaa}"),
        Map.entry("d", "x2f11c3b-ccaa-5c8f-0000-0010b4e22700"));
  }
}
