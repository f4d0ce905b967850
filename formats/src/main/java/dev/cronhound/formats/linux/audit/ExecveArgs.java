package dev.cronhound.formats.linux.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The argument vector of an execve, from an event's {@code EXECVE} records: {@code argc=N} and
 * {@code a0}..{@code aN-1}, each quoted text or hex (see {@link AuditRecord#text}). An argument
 * too long for one record comes as {@code aI_len=BYTES} and hex chunks {@code aI[0]=.. aI[1]=..},
 * possibly spread over several EXECVE records of the event; the chunks are joined in index order
 * and decoded together.
 *
 * @param argv the arguments; a missing one is left out (and named in {@code problem})
 * @param problem why the vector is incomplete ({@code argc} larger than the arguments logged, a
 *     chunked argument shorter than its {@code _len}), or null
 */
public record ExecveArgs(List<String> argv, String problem) {

  /** The vector of {@code records} (the EXECVE records of one event, in order). */
  public static ExecveArgs of(List<AuditRecord> records) {
    int argc = -1;
    Map<Integer, String> whole = new TreeMap<>();
    Map<Integer, Long> lens = new TreeMap<>();
    Map<Integer, TreeMap<Integer, String>> chunks = new TreeMap<>();
    for (AuditRecord r : records) {
      String[] f = r.fields();
      for (int i = 0; i + 1 < f.length; i += 2) {
        String k = f[i];
        String v = f[i + 1];
        if (k.equals("argc")) {
          argc = (int) Math.min(number(v), 1 << 20);
          continue;
        }
        if (k.length() < 2 || k.charAt(0) != 'a' || !Character.isDigit(k.charAt(1))) {
          continue;
        }
        int j = 1;
        while (j < k.length() && Character.isDigit(k.charAt(j))) {
          j++;
        }
        int index = (int) Math.min(number(k.substring(1, j)), Integer.MAX_VALUE);
        if (index < 0) {
          continue;
        }
        String rest = k.substring(j);
        if (rest.isEmpty()) {
          String t = AuditRecord.untrusted(v);
          whole.put(index, t == null ? "" : t);
        } else if (rest.equals("_len")) {
          lens.put(index, number(v));
        } else if (rest.startsWith("[") && rest.endsWith("]")) {
          long c = number(rest.substring(1, rest.length() - 1));
          if (c >= 0) {
            chunks.computeIfAbsent(index, x -> new TreeMap<>()).put((int) Math.min(c, Integer.MAX_VALUE), AuditRecord.unquote(v));
          }
        }
      }
    }
    String problem = null;
    for (Map.Entry<Integer, TreeMap<Integer, String>> e : chunks.entrySet()) {
      StringBuilder hex = new StringBuilder();
      e.getValue().values().forEach(hex::append);
      byte[] bytes = HexText.decode(hex);
      if (bytes == null) {
        problem = "EXECVE a" + e.getKey() + ": bad hex in its chunks";
        continue;
      }
      Long len = lens.get(e.getKey());
      if (len != null && len != bytes.length) {
        problem = "EXECVE a" + e.getKey() + "_len=" + len + " but " + bytes.length + " bytes in its chunks";
      }
      whole.putIfAbsent(e.getKey(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
    int n = argc >= 0 ? argc : (whole.isEmpty() ? 0 : ((TreeMap<Integer, String>) whole).lastKey() + 1);
    List<String> argv = new ArrayList<>(Math.min(n, 1024));
    int missing = 0;
    for (int i = 0; i < n; i++) {
      String a = whole.get(i);
      if (a == null) {
        missing++;
      } else {
        argv.add(a);
      }
    }
    if (missing > 0) {
      problem = "EXECVE argc=" + n + " but " + missing + " argument(s) missing";
    }
    return new ExecveArgs(List.copyOf(argv), problem);
  }

  private static long number(String s) {
    if (s == null || s.isEmpty() || s.length() > 18) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
