package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/**
 * The second line of defence: even if a DTD reached {@link EventXmlParser} (the chunker never hands
 * it one), the StAX factory neither fetches nor expands anything.
 */
class EventXmlParserTest {

  private static void parse(String xml) throws XMLStreamException {
    new EventXmlParser().parse(xml, new WindowsRecordBuilder());
  }

  @Test
  void refusesInternalSubsetEntities() {
    assertThatThrownBy(() -> parse("<!DOCTYPE Event [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<Event><System><EventID>1</EventID></System><EventData><Data>&e;</Data></EventData></Event>"))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  void refusesExternalDtdWithoutConnecting() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String xml = "<!DOCTYPE Event SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x.dtd\">"
          + "<Event><System><EventID>1</EventID></System></Event>";
      assertThatThrownBy(() -> parse(xml)).isInstanceOf(XMLStreamException.class);
      boolean connected;
      try (Socket s = server.accept()) {
        connected = s != null;
      } catch (SocketTimeoutException e) {
        connected = false;
      }
      assertThat(connected).isFalse();
    }
  }

  @Test
  void stopsAtTheEndOfTheFirstEvent() throws XMLStreamException {
    WindowsRecordBuilder b = new WindowsRecordBuilder();
    new EventXmlParser().parse("<Event><System><EventID>4</EventID></System></Event></Events>junk<", b);
    assertThat(b.eventId).isEqualTo(4);
  }
}
