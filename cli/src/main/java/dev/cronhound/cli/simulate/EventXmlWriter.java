package dev.cronhound.cli.simulate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Windows event XML the way {@code wevtutil qe LOG /f:xml /e:Events} prints it: an {@code
 * <Events>} wrapper around one {@code <Event xmlns='...'>} element per line, {@code <System>}
 * first, then {@code <EventData>} of named {@code <Data>} elements. Text is escaped ({@code &},
 * {@code <}, {@code >}; a carriage return as {@code &#13;} so that a parser gives back exactly the
 * value written), attributes are single-quoted as {@code wevtutil} writes them.
 */
final class EventXmlWriter implements Closeable {
  private static final String NS = "http://schemas.microsoft.com/win/2004/08/events/event";

  private final Writer out;
  private final StringBuilder line = new StringBuilder(2048);

  EventXmlWriter(Path file) throws IOException {
    out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Events>\n");
  }

  void write(WinRecord r) throws IOException {
    StringBuilder s = line;
    s.setLength(0);
    s.append("<Event xmlns='").append(NS).append("'><System>");
    s.append("<Provider Name='").append(r.source.provider());
    s.append("' Guid='").append(r.source.guid()).append("'/>");
    s.append("<EventID>").append(r.eventId).append("</EventID>");
    s.append("<Version>").append(r.version).append("</Version>");
    s.append("<Level>").append(r.level).append("</Level>");
    s.append("<Task>").append(r.task).append("</Task>");
    s.append("<Opcode>").append(r.opcode).append("</Opcode>");
    s.append("<Keywords>").append(r.keywords).append("</Keywords>");
    s.append("<TimeCreated SystemTime='");
    s.append(SystemTimeText.systemTime(r.time, r.tick)).append("'/>");
    s.append("<EventRecordID>").append(r.recordId).append("</EventRecordID>");
    s.append("<Correlation/>");
    s.append("<Execution ProcessID='").append(r.executionPid);
    s.append("' ThreadID='").append(r.threadId).append("'/>");
    s.append("<Channel>").append(r.source.channel()).append("</Channel>");
    s.append("<Computer>");
    text(s, r.computer);
    s.append("</Computer>");
    if (r.userSid == null) {
      s.append("<Security/>");
    } else {
      s.append("<Security UserID='").append(r.userSid).append("'/>");
    }
    s.append("</System>");
    if (r.eventDataName == null) {
      s.append("<EventData>");
    } else {
      s.append("<EventData Name='").append(r.eventDataName).append("'>");
    }
    for (int i = 0; i < r.names.size(); i++) {
      s.append("<Data Name='").append(r.names.get(i)).append("'>");
      text(s, r.values.get(i));
      s.append("</Data>");
    }
    s.append("</EventData></Event>\n");
    out.append(s);
  }

  /** Appends {@code value} as XML character data. */
  static void text(StringBuilder s, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '\r' -> s.append("&#13;");
        default -> s.append(c);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.write("</Events>\n");
    } finally {
      out.close();
    }
  }
}
