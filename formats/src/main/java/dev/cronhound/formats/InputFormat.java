package dev.cronhound.formats;

import java.util.Optional;

/**
 * The input formats cronhound can read, by the id a user names on the command line ({@code --format
 * zeek-tsv}). An open list: later sources (EVTX, auditd, ...) add constants here.
 */
public enum InputFormat {
  /** Zeek ASCII logs: tab-separated values under {@code #separator}/{@code #fields} headers. */
  ZEEK_TSV("zeek-tsv", "Zeek ASCII logs (conn, dns, ssl, http): #separator/#fields headers, tab-separated"),
  /** Zeek JSON logs: one JSON object per line, stock or RockNSM field names. */
  ZEEK_JSON("zeek-json", "Zeek JSON logs (conn, dns, ssl, http): one object per line, stock or RockNSM names"),
  /** Windows event log files ({@code .evtx}): binary chunks of BinXML records. */
  EVTX("evtx", "Windows event log files (.evtx): Sysmon, Security, Task Scheduler, any channel"),
  /** Windows event XML: {@code <Event>} elements as wevtutil, Get-WinEvent or Event Viewer print them. */
  WINDOWS_XML("windows-xml", "Windows event XML: <Event> elements (wevtutil qe /f:xml, ToXml(), Event Viewer)"),
  /** Windows events as JSON lines: Winlogbeat / Elastic Agent ({@code winlog.*}) or flattened (NXLog). */
  WINDOWS_JSON("windows-json", "Windows events as JSON lines: Winlogbeat / Elastic Agent winlog.*, or flattened (NXLog, OTRF)"),
  /** Syslog files: RFC 3164, ISO-stamped (rsyslog, syslog-ng) or RFC 5424 lines; cron runs. */
  SYSLOG("syslog", "Syslog files (RFC 3164, rsyslog/syslog-ng ISO stamps, RFC 5424): cron, anacron and systemd timer runs"),
  /** The systemd journal as {@code journalctl -o json}: one object per line. */
  JOURNALD_JSON("journald-json", "systemd journal as JSON lines (journalctl -o json): cron, anacron and systemd timer runs"),
  /** The systemd journal as {@code journalctl -o export}: KEY=value lines, entries blank-separated. */
  JOURNALD_EXPORT("journald-export", "systemd journal export format (journalctl -o export): cron, anacron and systemd timer runs"),
  /** Linux scheduled-job definitions: crontabs and systemd {@code .timer} units. */
  LINUX_JOBS("linux-jobs", "Linux scheduled jobs: crontabs (/etc/crontab, /etc/cron.d/*, /var/spool/cron/...) and systemd .timer units (+ the .service beside them)"),
  /** Linux audit logs: raw {@code type=... msg=audit(...)} records, plain or after a syslog prefix. */
  AUDITD("auditd", "Linux audit logs (type=... msg=audit(...)): /var/log/audit/audit.log, ausearch --raw, via syslog");

  private final String id;
  private final String description;

  InputFormat(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** True for the Windows event forms (EVTX, event XML, Windows JSON). */
  public boolean isWindows() {
    return this == EVTX || this == WINDOWS_XML || this == WINDOWS_JSON;
  }

  /** True for the Linux forms (syslog, the journal, crontabs and timers). */
  public boolean isLinux() {
    return this == SYSLOG || this == JOURNALD_JSON || this == JOURNALD_EXPORT || this == LINUX_JOBS || this == AUDITD;
  }

  /** One line for people: what the format is and who writes it. */
  public String description() {
    return description;
  }

  /** The stable, lower-case name used on the command line and in read reports. */
  public String id() {
    return id;
  }

  /** The format with this {@link #id()}, matched exactly. */
  public static Optional<InputFormat> byId(String id) {
    for (InputFormat f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
