package dev.cronhound.formats.linux.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code PROCTITLE} record's {@code proctitle}: the process's {@code /proc/PID/cmdline} (the
 * kernel logs at most 128 bytes), quoted when it is one plain argument, else hex of the
 * NUL-separated arguments.
 */
public final class ProcTitle {

  private ProcTitle() {}

  /** The arguments of a raw {@code proctitle} value; empty when absent or not decodable. */
  public static List<String> argv(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null || AuditRecord.isNull(raw)) {
      return out;
    }
    if (AuditRecord.quoted(raw)) {
      out.add(raw.substring(1, raw.length() - 1));
      return out;
    }
    byte[] b = HexText.decode(raw);
    if (b == null) {
      return out;
    }
    int s = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == 0) {
        if (i < b.length || i > s) {
          out.add(new String(b, s, i - s, StandardCharsets.UTF_8));
        }
        s = i + 1;
      }
    }
    return out;
  }
}
