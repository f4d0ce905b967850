package dev.cronhound.formats.windows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses the text of one {@code <Event>} element (see {@link EventXmlChunks}) with the JDK's StAX
 * parser into a {@link WindowsRecordBuilder}. Reads {@code System} (Provider@Name, EventID,
 * Version, TimeCreated@SystemTime, EventRecordID, Execution@ProcessID/@ThreadID, Channel, Computer,
 * Security@UserID), {@code EventData} ({@code Data}, {@code Binary}) and the leaf elements under
 * {@code UserData}; skips everything else ({@code RenderingInfo}, Level, Task, Keywords,
 * Correlation, attributes of UserData elements). Namespaces are ignored: elements match by local
 * name.
 *
 * <p>The factory refuses DTDs and external entities ({@link XMLInputFactory#SUPPORT_DTD} false,
 * {@link XMLInputFactory#IS_SUPPORTING_EXTERNAL_ENTITIES} false, no external DTD or schema access):
 * a reference to any entity but the five predefined ones is an error, never a fetch or an
 * expansion. Character references are decoded.
 *
 * <p>Value text: as written, except that a value of only whitespace containing a line break is
 * read as empty (pretty-printers such as the evtx crate write an empty element as {@code
 * <Data>\n  </Data>}); System fields are trimmed.
 */
final class EventXmlParser {

  private static final XMLInputFactory FACTORY = newFactory();

  private final List<Frame> stack = new ArrayList<>();
  private int depth;

  /** One open element at depth >= 3 (inside System, EventData or UserData). */
  private static final class Frame {
    String name;
    String dataName;
    final StringBuilder text = new StringBuilder();
    boolean hasChild;
  }

  static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's own, whatever the classpath
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entity not allowed: " + systemId);
        });
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String name, Object value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // a StAX implementation without this property: the two properties above still hold
    }
  }

  /**
   * Fills {@code b} from {@code xml}, which starts with {@code <Event}; stops at the end of that
   * element (what follows is not looked at).
   *
   * @throws XMLStreamException when the event is not well-formed or uses a DTD or entity
   */
  void parse(String xml, WindowsRecordBuilder b) throws XMLStreamException {
    stack.clear();
    depth = 0;
    String section = null;
    XMLStreamReader x = FACTORY.createXMLStreamReader(new StringReader(xml));
    try {
      while (x.hasNext()) {
        int ev = x.next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            String name = x.getLocalName();
            if (depth == 1) {
              if (!name.equals("Event")) {
                throw new XMLStreamException("root element is <" + name + ">, not <Event>");
              }
            } else if (depth == 2) {
              section = name;
            } else if (isRead(section)) {
              if (!stack.isEmpty()) {
                stack.get(stack.size() - 1).hasChild = true;
              }
              Frame f = new Frame();
              f.name = name;
              if (depth == 3 && section.equals("System")) {
                systemAttributes(x, name, b);
              } else if (depth == 3 && section.equals("EventData") && name.equals("Data")) {
                f.dataName = attribute(x, "Name");
              }
              stack.add(f);
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!stack.isEmpty()) {
              stack.get(stack.size() - 1).text.append(x.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (depth >= 3 && isRead(section)) {
              Frame f = stack.remove(stack.size() - 1);
              close(section, f, b);
            }
            depth--;
            if (depth == 0) {
              return;
            }
          }
          case XMLStreamConstants.DTD ->
              throw new XMLStreamException("DTD not allowed");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new XMLStreamException("entity reference &" + x.getLocalName() + "; not allowed");
          default -> {}
        }
      }
      throw new XMLStreamException("event ends before </Event>");
    } finally {
      x.close();
    }
  }

  private static boolean isRead(String section) {
    return "System".equals(section) || "EventData".equals(section) || "UserData".equals(section);
  }

  private void close(String section, Frame f, WindowsRecordBuilder b) {
    switch (section) {
      case "System" -> {
        if (depth != 3) {
          return;
        }
        String t = f.text.toString().trim();
        switch (f.name) {
          case "EventID" -> b.eventId = WindowsRecordBuilder.intOr(t);
          case "Version" -> b.version = WindowsRecordBuilder.intOr(t);
          case "EventRecordID" -> b.recordId = WindowsRecordBuilder.longOr(t);
          case "Channel" -> b.channel = t;
          case "Computer" -> b.computer = t;
          default -> {}
        }
      }
      case "EventData" -> {
        if (depth != 3) {
          return;
        }
        if (f.name.equals("Data")) {
          if (f.dataName != null) {
            b.put(f.dataName, value(f.text));
          } else {
            b.putUnnamed(value(f.text));
          }
        } else if (f.name.equals("Binary")) {
          b.put("Binary", value(f.text));
        }
      }
      default -> { // UserData: leaves by local name
        if (!f.hasChild) {
          b.put(f.name, value(f.text));
        }
      }
    }
  }

  private static void systemAttributes(XMLStreamReader x, String name, WindowsRecordBuilder b) {
    switch (name) {
      case "Provider" -> b.provider = attribute(x, "Name");
      case "TimeCreated" -> b.timeCreatedMicros = WindowsTime.micros(attribute(x, "SystemTime"));
      case "Execution" -> {
        b.processId = WindowsRecordBuilder.longOr(attribute(x, "ProcessID"));
        b.threadId = WindowsRecordBuilder.longOr(attribute(x, "ThreadID"));
      }
      case "Security" -> b.userSid = attribute(x, "UserID");
      default -> {}
    }
  }

  private static String attribute(XMLStreamReader x, String local) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals(local)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  /** Element text as written, but pretty-printing whitespace (blank with a line break) is empty. */
  static String value(CharSequence text) {
    boolean newline = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        newline = true;
      } else if (c != ' ' && c != '\t') {
        return text.toString();
      }
    }
    return newline ? "" : text.toString();
  }
}
