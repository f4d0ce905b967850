package dev.cronhound.formats.windows;

import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ReadReport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;

/**
 * Reads Windows event XML as {@code wevtutil qe /f:xml}, {@code Get-WinEvent | % { $_.ToXml() }}
 * and Event Viewer "Save as XML" write it (schema {@code
 * http://schemas.microsoft.com/win/2004/08/events/event}, the rendering of {@code EvtRender}):
 *
 * <pre>
 * &lt;Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'&gt;&lt;System&gt;
 *   &lt;Provider Name='Microsoft-Windows-Sysmon' Guid='{5770385f-...}'/&gt;&lt;EventID&gt;1&lt;/EventID&gt;
 *   &lt;Version&gt;5&lt;/Version&gt;...&lt;TimeCreated SystemTime='2019-03-18T16:57:52.4333673Z'/&gt;
 *   &lt;EventRecordID&gt;32&lt;/EventRecordID&gt;&lt;Execution ProcessID='4860' ThreadID='4516'/&gt;
 *   &lt;Channel&gt;Microsoft-Windows-Sysmon/Operational&lt;/Channel&gt;&lt;Computer&gt;host&lt;/Computer&gt;
 *   &lt;Security UserID='S-1-5-18'/&gt;&lt;/System&gt;
 *   &lt;EventData&gt;&lt;Data Name='Image'&gt;C:\...&lt;/Data&gt;...&lt;/EventData&gt;&lt;/Event&gt;
 * </pre>
 *
 * The file may hold one event or many: wrapped in {@code <Events>} or not (then it is not one
 * well-formed document), one per line or pretty-printed, with or without {@code <?xml?>}
 * declarations (even between events). Encoding: UTF-8, or UTF-16 with a byte-order mark (what
 * PowerShell 5 redirection writes). Each {@code <Event>} is cut out ({@link EventXmlChunks}) and
 * parsed on its own with StAX ({@link EventXmlParser}); the whole file is never held.
 *
 * <p>Yields one {@link WindowsRecord} per event, origin line = the line of its {@code <Event}.
 * Ignored: {@code RenderingInfo}, System fields other than those of {@link WindowsRecord},
 * attributes of UserData elements, anything between events.
 *
 * <p>Malformed input is counted and reported as {@code file:line: reason} and skipped; reading
 * resumes at the next {@code <Event}: an event that is not well-formed, is cut short or has no
 * System fields; an event over {@link EventXmlChunks#MAX_EVENT_CHARS} chars; and every {@code
 * <!DOCTYPE}: DTDs are never parsed (no external entity is fetched, no entity is expanded), the
 * DTD and the event after it are skipped with one problem at the DTD's line.
 */
public final class WindowsXmlReader {

  static final String FORMAT = "windows-xml";
  static final String DTD_REASON =
      "DTD not allowed (external entities and entity expansion are disabled); record skipped";

  private WindowsXmlReader() {}

  /** Streams every {@code <Event>} of {@code in}; never throws for bad content; does not close in. */
  public static void read(InputStream in, String file, WindowsRecordSink sink, ReadReport report) {
    CountingStream counted = new CountingStream(in);
    WindowsRecordBuilder b = new WindowsRecordBuilder();
    EventXmlParser parser = new EventXmlParser();
    long records = 0;
    boolean skipNext = false;
    try {
      EventXmlChunks chunks = new EventXmlChunks(decode(counted));
      EventXmlChunks.Kind kind;
      while ((kind = chunks.next()) != EventXmlChunks.Kind.END) {
        long line = chunks.line();
        if (kind == EventXmlChunks.Kind.DTD) {
          report.malformed(file, line, DTD_REASON);
          skipNext = true;
          continue;
        }
        if (skipNext) {
          skipNext = false;
          continue;
        }
        if (chunks.tooLong()) {
          report.malformed(
              file, line, "event longer than " + EventXmlChunks.MAX_EVENT_CHARS + " chars; skipped");
          continue;
        }
        b.clear();
        try {
          parser.parse(chunks.text(), b);
        } catch (XMLStreamException e) {
          String where = e.getLocation() == null || e.getLocation().getLineNumber() < 1
              ? ""
              : " (at line " + (line + e.getLocation().getLineNumber() - 1) + ")";
          report.malformed(
              file, line, "malformed event XML" + where + ": " + reason(e) + "; record skipped");
          continue;
        } catch (RuntimeException e) { // the JDK parser's internal errors on hostile input
          report.malformed(file, line, "malformed event XML: " + oneLine(String.valueOf(e)));
          continue;
        }
        if (b.eventId < 0 && b.provider == null && b.channel == null) {
          report.malformed(file, line, "<Event> without EventID, Provider or Channel; skipped");
          continue;
        }
        sink.accept(b.build(new Origin(file, line)));
        records++;
      }
    } catch (IOException e) {
      report.malformed(file, 0, "read error: " + oneLine(String.valueOf(e.getMessage())));
    } finally {
      report.records(FORMAT, records);
      report.bytesRead(counted.count);
    }
  }

  /** UTF-8 unless a byte-order mark says UTF-16; undecodable bytes become U+FFFD. */
  private static Reader decode(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = 0;
    while (n < 3) {
      int r = p.read(head, n, 3 - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (n >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (n >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (n == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
      skip = 3;
    }
    if (n > skip) {
      p.unread(head, skip, n - skip);
    }
    return new InputStreamReader(p, cs);
  }

  private static String reason(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    return oneLine(i >= 0 ? m.substring(i + 9) : m);
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count++;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
