package dev.cronhound.formats.windows;

import dev.cronhound.formats.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises Windows event logs from their first bytes (already decompressed):
 *
 * <ul>
 *   <li><b>EVTX</b>: the file header magic {@code ElfFile\0};
 *   <li><b>event XML</b>: after an optional byte-order mark and white space, markup ({@code <}) and
 *       an {@code <Event} element somewhere in the prefix ({@code wevtutil qe /f:xml}, {@code
 *       ToXml()}, Event Viewer exports, with or without {@code <Events>});
 *   <li><b>Windows JSON</b>: a first record line that is a JSON object naming Winlogbeat / Elastic
 *       Agent's {@code winlog} fields, or a flattened event's {@code EventID} and {@code Channel}
 *       (NXLog, OTRF Security-Datasets), and no Zeek {@code ts} key.
 * </ul>
 */
public final class WindowsSniffer {

  private static final byte[] EVTX_MAGIC = "ElfFile\0".getBytes(StandardCharsets.US_ASCII);

  private WindowsSniffer() {}

  /** The Windows format of {@code prefix[0, length)}, or empty when it is not one. */
  public static Optional<InputFormat> sniff(byte[] prefix, int length) {
    if (length >= EVTX_MAGIC.length
        && Arrays.equals(prefix, 0, EVTX_MAGIC.length, EVTX_MAGIC, 0, EVTX_MAGIC.length)) {
      return Optional.of(InputFormat.EVTX);
    }
    int s = 0;
    if (length >= 3 && (prefix[0] & 0xff) == 0xef && (prefix[1] & 0xff) == 0xbb && (prefix[2] & 0xff) == 0xbf) {
      s = 3;
    }
    while (s < length && isSpace(prefix[s])) {
      s++;
    }
    if (s >= length) {
      return Optional.empty();
    }
    if (prefix[s] == '<') {
      return contains(prefix, s, length, "<Event") ? Optional.of(InputFormat.WINDOWS_XML) : Optional.empty();
    }
    if (prefix[s] == '{') {
      int e = s;
      while (e < length && prefix[e] != '\n') {
        e++;
      }
      boolean winlog = contains(prefix, s, e, "\"winlog\"") || contains(prefix, s, e, "\"winlog.");
      boolean flattened = contains(prefix, s, e, "\"EventID\"") && contains(prefix, s, e, "\"Channel\"");
      boolean zeek = contains(prefix, s, e, "\"ts\"");
      if ((winlog || flattened) && !zeek) {
        return Optional.of(InputFormat.WINDOWS_JSON);
      }
    }
    return Optional.empty();
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  private static boolean contains(byte[] b, int s, int e, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
    for (int i = s; i + n.length <= e; i++) {
      if (Arrays.equals(b, i, i + n.length, n, 0, n.length)) {
        return true;
      }
    }
    return false;
  }
}
