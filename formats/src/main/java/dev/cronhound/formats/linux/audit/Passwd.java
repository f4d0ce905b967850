package dev.cronhound.formats.linux.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * User names by uid from a {@code passwd} file ({@code name:x:uid:gid:gecos:home:shell}), to name
 * the {@code uid}, {@code euid} and {@code auid} of audit records as {@code ausearch -i} does. Take
 * the file from the host that wrote the log; this machine's accounts may differ. Lines that are
 * blank, comments, or without a numeric uid are skipped; the first name for a uid wins (as {@code
 * getpwuid}).
 */
public final class Passwd {

  /** The uid auditd logs for "not set" ({@code (uid_t) -1}; ausearch prints {@code unset}). */
  public static final long UNSET = 4294967295L;

  /** No names: every uid stays a number. */
  public static final Passwd NONE = new Passwd(Map.of());

  private final Map<Long, String> names;

  private Passwd(Map<Long, String> names) {
    this.names = names;
  }

  public static Passwd read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static Passwd read(InputStream in) throws IOException {
    Map<Long, String> names = new HashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(":", -1);
      if (f.length < 3 || f[0].isEmpty()) {
        continue;
      }
      try {
        names.putIfAbsent(Long.parseLong(f[2]), f[0]);
      } catch (NumberFormatException e) {
        // not an account line
      }
    }
    return new Passwd(Map.copyOf(names));
  }

  /** The name of {@code uid} (decimal text as logged), or null when not in the file or not a uid. */
  public String name(String uid) {
    if (uid == null || names.isEmpty()) {
      return null;
    }
    try {
      return names.get(Long.parseLong(uid));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True for an unset id ({@code 4294967295}, or {@code -1} as some writers log it). */
  public static boolean isUnset(String uid) {
    return uid == null || uid.equals("4294967295") || uid.equals("-1");
  }
}
