package dev.cronhound.formats.windows;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a stream of event XML into one piece of text per {@code <Event>}, so that each can be
 * parsed on its own although the file as a whole is not one well-formed document (several
 * top-level events, repeated {@code <?xml?>} declarations, a half-written event). A piece runs from
 * {@code <Event} to the next {@code <Event} or {@code <!DOCTYPE}; whatever lies between events
 * ({@code <Events>} wrappers, declarations, garbage) is not kept. A {@code <!DOCTYPE} is a piece of
 * its own kind, {@link Kind#DTD}, so that no DTD ever reaches the XML parser; its text is not
 * kept. Memory is bounded by {@link #MAX_EVENT_CHARS}: a longer event is skipped and flagged.
 *
 * <p>Known limit: an {@code <Event} or {@code <!DOCTYPE} inside a comment or CDATA section of an
 * event also cuts there (Windows never writes either inside an event).
 */
final class EventXmlChunks {

  /** What {@link #next()} found. */
  enum Kind {
    EVENT,
    DTD,
    END
  }

  /** The longest event kept, in chars. */
  static final int MAX_EVENT_CHARS = 16 << 20;

  private static final char[] EVENT = "<Event".toCharArray();
  private static final char[] DOCTYPE = "<!DOCTYPE".toCharArray();

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long line = 1;

  private final StringBuilder text = new StringBuilder();
  private boolean tooLong;
  private long startLine;

  EventXmlChunks(Reader in) {
    this.in = in;
  }

  /** The text of the last {@link Kind#EVENT}, or null when it was {@link #tooLong()}. */
  String text() {
    return tooLong ? null : text.toString();
  }

  /** The 1-based line where the last piece starts. */
  long line() {
    return startLine;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** Skips to the next {@code <Event} or {@code <!DOCTYPE} and reads up to the one after it. */
  Kind next() throws IOException {
    text.setLength(0);
    tooLong = false;
    Kind kind = findBoundary(false);
    if (kind == Kind.END) {
      return Kind.END;
    }
    startLine = line;
    boolean keep = kind == Kind.EVENT;
    // consume the marker itself so the scan below does not stop on it
    int markerLength = kind == Kind.EVENT ? EVENT.length : DOCTYPE.length;
    for (int i = 0; i < markerLength; i++) {
      take(keep);
    }
    findBoundary(keep);
    return kind;
  }

  /** Advances to the next boundary (not consuming it), keeping the chars passed if asked. */
  private Kind findBoundary(boolean keep) throws IOException {
    while (true) {
      if (pos + DOCTYPE.length + 1 > limit && !fill()) {
        if (pos >= limit) {
          return Kind.END;
        }
      }
      if (pos >= limit) {
        return Kind.END;
      }
      char c = buf[pos];
      if (c == '<') {
        if (matches(EVENT) && pos + EVENT.length < limit && isNameEnd(buf[pos + EVENT.length])) {
          return Kind.EVENT;
        }
        if (matches(DOCTYPE)) {
          return Kind.DTD;
        }
      }
      take(keep);
    }
  }

  private void take(boolean keep) {
    char c = buf[pos++];
    if (c == '\n') {
      line++;
    }
    if (keep && !tooLong) {
      if (text.length() >= MAX_EVENT_CHARS) {
        tooLong = true;
        text.setLength(0);
        text.trimToSize();
      } else {
        text.append(c);
      }
    }
  }

  private boolean matches(char[] marker) {
    if (pos + marker.length > limit) {
      return false;
    }
    for (int i = 0; i < marker.length; i++) {
      if (buf[pos + i] != marker[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameEnd(char c) {
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** Tops up the buffer; false when nothing more can be read. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    boolean read = false;
    while (limit < buf.length) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        break;
      }
      limit += n;
      read = true;
      if (limit > DOCTYPE.length + 1) {
        break;
      }
    }
    return read;
  }
}
