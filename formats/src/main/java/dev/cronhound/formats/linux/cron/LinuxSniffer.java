package dev.cronhound.formats.linux.cron;

import dev.cronhound.formats.InputFormat;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Recognises the Linux inputs from their first bytes (already decompressed) and path:
 *
 * <ul>
 *   <li><b>journald-export</b>: the first line starts {@code __CURSOR=} or {@code
 *       __REALTIME_TIMESTAMP=};
 *   <li><b>journald-json</b>: the first line is a JSON object with a {@code "__REALTIME_TIMESTAMP"}
 *       key;
 *   <li><b>syslog</b>: of the first non-blank lines (up to five, the prefix's last line only when
 *       complete) the first and more than half parse as {@link SyslogLine}s;
 *   <li><b>linux-jobs</b>: a {@code .timer} file or a {@code [Timer]} section; or a crontab by path
 *       ({@link CrontabPlace}); or, whatever the name, text whose first lines that are not blank,
 *       comments or settings (up to five) are all crontab job lines, with at least one.
 * </ul>
 */
public final class LinuxSniffer {

  private static final int LINES = 5;

  private LinuxSniffer() {}

  /** The Linux format of {@code prefix[0, length)} named {@code name} (may be null), or empty. */
  public static Optional<InputFormat> sniff(byte[] prefix, int length, String name) {
    String text = new String(prefix, 0, length, StandardCharsets.UTF_8);
    if (text.startsWith("__CURSOR=") || text.startsWith("__REALTIME_TIMESTAMP=")) {
      return Optional.of(InputFormat.JOURNALD_EXPORT);
    }
    String first = text.lines().findFirst().orElse("");
    if (first.startsWith("{") && first.contains("\"__REALTIME_TIMESTAMP\"")) {
      return Optional.of(InputFormat.JOURNALD_JSON);
    }
    String[] lines = text.split("\n", -1);
    // when the prefix is full, its last line may be cut off
    int complete = length < prefix.length ? lines.length : lines.length - 1;
    if (mostMatch(lines, complete)) {
      return Optional.of(InputFormat.SYSLOG);
    }
    boolean timer = name != null && name.endsWith(".timer");
    if (timer || text.contains("\n[Timer]") || text.startsWith("[Timer]")) {
      return Optional.of(InputFormat.LINUX_JOBS);
    }
    if (name != null && CrontabPlace.named(name)) {
      return Optional.of(InputFormat.LINUX_JOBS);
    }
    boolean system = name != null && CrontabPlace.of(name).system();
    if (allMatch(lines, complete, l -> crontabLine(l, system))) {
      return Optional.of(InputFormat.LINUX_JOBS);
    }
    return Optional.empty();
  }

  private interface LineTest {
    /** TRUE: counts; FALSE: fails the sniff; null: passed over. */
    Boolean test(String line);
  }

  private static boolean allMatch(String[] lines, int complete, LineTest t) {
    int seen = 0;
    for (int i = 0; i < complete && seen < LINES; i++) {
      Boolean r = t.test(strip(lines[i]));
      if (r == null) {
        continue;
      }
      if (!r) {
        return false;
      }
      seen++;
    }
    return seen > 0;
  }

  private static boolean mostMatch(String[] lines, int complete) {
    int seen = 0;
    int parsed = 0;
    for (int i = 0; i < complete && seen < LINES; i++) {
      String l = strip(lines[i]);
      if (l.isBlank()) {
        continue;
      }
      boolean ok = SyslogLine.parse(l, SyslogTime.startingIn(ZoneOffset.UTC, 2000)) != null;
      if (seen++ == 0 && !ok) {
        return false;
      }
      parsed += ok ? 1 : 0;
    }
    return seen > 0 && parsed * 2 > seen;
  }

  private static Boolean crontabLine(String l, boolean system) {
    CrontabLine c = CrontabLine.parse(l, system);
    return switch (c.kind()) {
      case BLANK, VARIABLE -> null;
      case JOB -> Boolean.TRUE;
      case MALFORMED -> Boolean.FALSE;
    };
  }

  private static String strip(String l) {
    return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
  }
}
