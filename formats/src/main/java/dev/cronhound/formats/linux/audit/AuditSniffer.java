package dev.cronhound.formats.linux.audit;

import dev.cronhound.formats.InputFormat;
import java.util.Optional;

/**
 * Recognises a raw audit log from its first bytes: the first non-blank line is an audit record as
 * {@link AuditLine} reads it (starts with {@code type=}, with {@code node=NAME type=}, or with a
 * syslog prefix before {@code type=}; then the {@code audit(SECONDS.MILLIS:SERIAL)} stamp). A
 * first line cut by the end of the prefix is judged on what is there.
 */
public final class AuditSniffer {

  private AuditSniffer() {}

  public static Optional<InputFormat> sniff(byte[] prefix, int length) {
    int s = 0;
    while (s < length && (prefix[s] == '\n' || prefix[s] == '\r' || prefix[s] == ' ' || prefix[s] == '\t')) {
      s++;
    }
    int e = s;
    while (e < length && prefix[e] != '\n') {
      e++;
    }
    if (e > s && prefix[e - 1] == '\r') {
      e--;
    }
    if (e == s) {
      return Optional.empty();
    }
    AuditLine line = new AuditLine();
    if (line.parse(prefix, s, e, 1) != null || stampSeen(prefix, s, e)) {
      return Optional.of(InputFormat.AUDITD);
    }
    return Optional.empty();
  }

  /**
   * A record that fails a field check (bad hex) still shows the format: {@code type=} then an
   * {@code audit(} stamp.
   */
  private static boolean stampSeen(byte[] b, int s, int e) {
    String text = new String(b, s, Math.min(e - s, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
    int t = text.startsWith("type=") ? 0 : text.indexOf(" type=");
    return t >= 0 && text.substring(t).matches("(?s) ?type=\\S+ (msg=)?audit\\(\\d+\\.\\d{3}:\\d+\\).*");
  }
}
