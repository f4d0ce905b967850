package dev.cronhound.formats.linux.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one line into an {@link AuditRecord}. The record starts at the first {@code type=} that
 * begins the line or follows a space, so whatever comes before it is allowed: nothing ({@code
 * audit.log}, {@code ausearch --raw}), {@code node=NAME } (auditd's {@code name_format}), or a
 * syslog prefix ({@code Jan  5 02:15:01 host audispd: }, {@code 2024-01-05T02:15:01+00:00 host
 * audisp-syslog: node=web1 }, {@code kernel: audit: }). After {@code type=NAME} comes the stamp,
 * {@code msg=audit(SECONDS.MILLIS:SERIAL)} or (kernel to syslog) {@code audit(...)}, an optional
 * {@code :}, then space-separated {@code key=value} fields. Words without {@code =} (as in {@code
 * DAEMON_START ... auditd start, ver=3.0.9}) are skipped.
 *
 * <p>Problems (the line is then not a record): no {@code type=} at all; no stamp or a stamp cut
 * short ({@code truncated}); a quoted value without its closing quote (a record cut off mid-value);
 * bad hex where auditd writes hex (see {@link #checkHex}); a {@code SOCKADDR} that {@link SockAddr}
 * cannot decode.
 */
final class AuditLine {

  private static final byte GS = 0x1d;

  private final List<String> fields = new ArrayList<>(64);
  private final List<String> enriched = new ArrayList<>();
  private String problem;

  /** Why the last {@link #parse} returned null. */
  String problem() {
    return problem;
  }

  /** The record on {@code b[start, end)}, or null (see {@link #problem()}). */
  AuditRecord parse(byte[] b, int start, int end, long line) {
    problem = null;
    int t = findType(b, start, end);
    if (t < 0) {
      return fail("no type= field (not an audit record)");
    }
    String node = node(b, start, t);
    int p = t + 5;
    int typeEnd = p;
    while (typeEnd < end && b[typeEnd] != ' ') {
      typeEnd++;
    }
    if (typeEnd == p) {
      return fail("empty type=");
    }
    String type = typeName(b, p, typeEnd);
    p = typeEnd;
    while (p < end && b[p] == ' ') {
      p++;
    }
    if (startsWith(b, p, end, "msg=")) {
      p += 4;
    }
    if (!startsWith(b, p, end, "audit(")) {
      return fail(p >= end ? "truncated record: no audit(...) stamp" : "no audit(...) stamp after type=" + type);
    }
    p += 6;
    long sec = 0;
    int digits = 0;
    for (; p < end && isDigit(b[p]) && digits < 12; p++, digits++) {
      sec = sec * 10 + (b[p] - '0');
    }
    if (digits == 0 || p >= end || b[p] != '.') {
      return stampProblem(p, end);
    }
    p++;
    int millis = 0;
    digits = 0;
    for (; p < end && isDigit(b[p]) && digits < 4; p++, digits++) {
      millis = millis * 10 + (b[p] - '0');
    }
    if (digits != 3 || p >= end || b[p] != ':') {
      return stampProblem(p, end);
    }
    p++;
    long serial = 0;
    digits = 0;
    for (; p < end && isDigit(b[p]) && digits < 11; p++, digits++) {
      serial = serial * 10 + (b[p] - '0');
    }
    if (digits == 0 || p >= end || b[p] != ')') {
      return stampProblem(p, end);
    }
    p++;
    if (p < end && b[p] == ':') {
      p++;
    }
    fields.clear();
    enriched.clear();
    int stop = fields(b, p, end, fields);
    if (stop < 0) {
      return null;
    }
    if (stop < end && fields(b, stop + 1, end, enriched) < 0) {
      return null;
    }
    AuditRecord r =
        new AuditRecord(
            type,
            node,
            sec,
            millis,
            serial,
            line,
            fields.toArray(new String[0]),
            enriched.isEmpty() ? new String[0] : enriched.toArray(new String[0]));
    return check(r) ? r : null;
  }

  private AuditRecord stampProblem(int p, int end) {
    return fail(p >= end ? "truncated record: audit(...) stamp cut off" : "bad audit(...) stamp");
  }

  private AuditRecord fail(String reason) {
    problem = reason;
    return null;
  }

  /**
   * Reads {@code key=value} fields from {@code p} into {@code out}; returns where it stopped (the
   * index of a {@code \x1d}, or {@code end}), or -1 with {@link #problem} set.
   */
  private int fields(byte[] b, int p, int end, List<String> out) {
    while (true) {
      while (p < end && b[p] == ' ') {
        p++;
      }
      if (p >= end || b[p] == GS) {
        return p;
      }
      int k = p;
      while (p < end && b[p] != '=' && b[p] != ' ' && b[p] != GS) {
        p++;
      }
      if (p >= end || b[p] != '=') {
        continue; // a bare word
      }
      String key = new String(b, k, p - k, StandardCharsets.ISO_8859_1);
      p++;
      if (p < end && (b[p] == '"' || b[p] == '\'')) {
        byte q = b[p];
        int close = p + 1;
        while (close < end && b[close] != q) {
          close++;
        }
        if (close >= end) {
          problem = "truncated record: unterminated quoted value of " + key;
          return -1;
        }
        if (q == '\'') {
          if (fields(b, p + 1, close, out) < 0) {
            return -1;
          }
        } else {
          out.add(key);
          out.add(new String(b, p, close + 1 - p, StandardCharsets.UTF_8));
        }
        p = close + 1;
      } else {
        int v = p;
        while (p < end && b[p] != ' ' && b[p] != GS) {
          p++;
        }
        out.add(key);
        out.add(new String(b, v, p - v, StandardCharsets.UTF_8));
      }
    }
  }

  /** Type-specific checks; false with {@link #problem} set when the record is unusable. */
  private boolean check(AuditRecord r) {
    String bad =
        switch (r.type()) {
          case "SYSCALL" -> checkHex(r, "exe") + checkHex(r, "comm");
          case "CWD" -> checkHex(r, "cwd");
          case "PATH" -> checkHex(r, "name");
          case "PROCTITLE" -> checkHex(r, "proctitle");
          case "EXECVE" -> checkExecve(r);
          case "SOCKADDR" -> checkSockAddr(r);
          default -> "";
        };
    if (!bad.isEmpty()) {
      problem = bad;
      return false;
    }
    return true;
  }

  /**
   * "" when the untrusted-string field {@code key} is absent, quoted, {@code (null)}/{@code
   * (none)}/{@code ?}, or even-length hex; otherwise the problem.
   */
  static String checkHex(AuditRecord r, String key) {
    String raw = r.raw(key);
    if (raw == null || AuditRecord.quoted(raw) || AuditRecord.isNull(raw)) {
      return "";
    }
    return HexText.decode(raw) == null ? "bad hex in " + r.type() + " " + key : "";
  }

  private static String checkExecve(AuditRecord r) {
    String[] f = r.fields();
    for (int i = 0; i + 1 < f.length; i += 2) {
      String k = f[i];
      if (k.length() > 1 && k.charAt(0) == 'a' && isDigit((byte) k.charAt(1)) && !k.endsWith("_len")) {
        String raw = f[i + 1];
        if (!AuditRecord.quoted(raw) && !AuditRecord.isNull(raw) && HexText.decode(raw) == null) {
          return "bad hex in EXECVE " + k;
        }
      }
    }
    return "";
  }

  private static String checkSockAddr(AuditRecord r) {
    String raw = r.raw("saddr");
    if (raw == null) {
      return "truncated record: SOCKADDR without saddr";
    }
    SockAddr.Result s = SockAddr.parse(raw);
    return s.problem() == null ? "" : s.problem();
  }

  private static int findType(byte[] b, int start, int end) {
    for (int i = start; i + 5 <= end; i++) {
      if (b[i] == 't' && b[i + 1] == 'y' && b[i + 2] == 'p' && b[i + 3] == 'e' && b[i + 4] == '='
          && (i == start || b[i - 1] == ' ')) {
        return i;
      }
    }
    return -1;
  }

  /** The {@code node=NAME} word right before {@code type=} at {@code t}, or null. */
  private static String node(byte[] b, int start, int t) {
    int e = t;
    while (e > start && b[e - 1] == ' ') {
      e--;
    }
    int s = e;
    while (s > start && b[s - 1] != ' ') {
      s--;
    }
    if (e - s > 5 && startsWith(b, s, e, "node=")) {
      return new String(b, s + 5, e - s - 5, StandardCharsets.UTF_8);
    }
    return null;
  }

  private static String typeName(byte[] b, int s, int e) {
    boolean numeric = e - s <= 6;
    for (int i = s; i < e && numeric; i++) {
      numeric = isDigit(b[i]);
    }
    if (numeric) {
      return RecordTypes.name(Integer.parseInt(new String(b, s, e - s, StandardCharsets.ISO_8859_1)));
    }
    return new String(b, s, e - s, StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] b, int p, int end, String s) {
    if (end - p < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[p + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
