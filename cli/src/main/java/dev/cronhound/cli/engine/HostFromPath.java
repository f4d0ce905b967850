package dev.cronhound.cli.engine;

import java.util.Locale;
import java.util.Set;

/**
 * The host a log file belongs to when its records do not say (auditd without {@code node=}, crontab
 * files, timer units): the nearest directory above the file whose name is not a log or config
 * directory, as a collection kept one directory per host has it ({@code triage/web01/audit.log},
 * {@code triage/web01/etc/cron.d/backup} -> {@code web01}); a zip archive is a folder but not a
 * host ({@code triage/web01/logs.zip/audit.log} -> {@code web01}). Null for stdin and a bare file name.
 */
public final class HostFromPath {

  /** Directory names that are part of a log or config layout, never a host. */
  private static final Set<String> LAYOUT = Set.of(
      "audit", "log", "logs", "var", "etc", "spool", "cron", "crontabs", "cron.d", "cron.daily",
      "cron.hourly", "cron.weekly", "cron.monthly", "systemd", "system", "user", "journal", "syslog",
      "xml", "ndjson", "json", "evtx", "zeek", "sysmon", "security", "tmp", ".", "..");

  private HostFromPath() {}

  public static String of(String fileName) {
    if (fileName == null || fileName.equals("-")) {
      return null;
    }
    String[] parts = fileName.replace('\\', '/').split("/");
    for (int i = parts.length - 2; i >= 0; i--) {
      String dir = parts[i];
      String lower = dir.toLowerCase(Locale.ROOT);
      if (!dir.isEmpty() && !LAYOUT.contains(lower) && !lower.endsWith(".zip")) {
        return dir;
      }
    }
    return null;
  }
}
