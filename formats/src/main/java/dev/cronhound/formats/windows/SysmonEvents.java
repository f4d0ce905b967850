package dev.cronhound.formats.windows;

import static dev.cronhound.formats.windows.EventDataText.port;
import static dev.cronhound.formats.windows.EventDataText.process;
import static dev.cronhound.formats.windows.EventDataText.text;

import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.FileActivity;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import java.util.ArrayList;
import java.util.List;

/**
 * Sysmon ({@code Microsoft-Windows-Sysmon/Operational}) records to events: 1 process create, 3
 * network connection, 5 process terminated, 11 file create, 22 DNS query, 23 and 26 file delete.
 * Other ids give nothing. See {@code docs/windows-events.md}.
 */
final class SysmonEvents {

  private SysmonEvents() {}

  /** The event for {@code r}, or null when its id is not mapped. */
  static Event map(WindowsRecord r, long ts) {
    String host = r.computer();
    ProcessRef process = process(r, "ProcessGuid", "ProcessId");
    return switch (r.eventId()) {
      case 1 ->
          new ProcessStart(
              ts,
              host,
              process,
              text(r, "Image"),
              text(r, "CommandLine"),
              text(r, "User"),
              null,
              text(r, "CurrentDirectory"),
              process(r, "ParentProcessGuid", "ParentProcessId"),
              text(r, "ParentImage"),
              text(r, "ParentCommandLine"),
              text(r, "IntegrityLevel"),
              text(r, "Hashes"),
              r.origin());
      case 3 ->
          new NetworkConnection(
              ts,
              host,
              process,
              text(r, "Image"),
              text(r, "User"),
              text(r, "Protocol"),
              "true".equalsIgnoreCase(String.valueOf(text(r, "Initiated")).strip()),
              text(r, "SourceIp"),
              port(r, "SourcePort"),
              text(r, "DestinationIp"),
              port(r, "DestinationPort"),
              text(r, "DestinationHostname"),
              r.origin());
      case 5 -> new ProcessEnd(ts, host, process, text(r, "Image"), text(r, "User"), r.origin());
      case 11 -> file(r, ts, process, FileActivity.Action.CREATE);
      case 23, 26 -> file(r, ts, process, FileActivity.Action.DELETE);
      case 22 ->
          new DnsQuery(
              ts,
              host,
              process,
              text(r, "Image"),
              text(r, "User"),
              text(r, "QueryName"),
              text(r, "QueryStatus"),
              answers(text(r, "QueryResults")),
              r.origin());
      default -> null;
    };
  }

  private static FileActivity file(
      WindowsRecord r, long ts, ProcessRef process, FileActivity.Action action) {
    return new FileActivity(
        ts,
        r.computer(),
        process,
        text(r, "Image"),
        text(r, "User"),
        text(r, "TargetFilename"),
        action,
        r.origin());
  }

  /**
   * Sysmon's {@code QueryResults} ({@code type:  5 edge.example;::ffff:1.2.3.4;10.0.0.1;}) as a
   * list: split at {@code ;}, blanks dropped, {@code type: N value} entries as their value, an
   * IPv4-mapped {@code ::ffff:a.b.c.d} as {@code a.b.c.d}, anything else as logged.
   */
  static List<String> answers(String results) {
    List<String> out = new ArrayList<>();
    if (results == null) {
      return out;
    }
    for (String part : results.split(";")) {
      String a = part.strip();
      if (a.isEmpty() || a.equals("-")) {
        continue;
      }
      if (a.startsWith("type:")) {
        String rest = a.substring(5).strip();
        int space = rest.indexOf(' ');
        a = space < 0 ? rest : rest.substring(space + 1).strip();
      } else if (a.regionMatches(true, 0, "::ffff:", 0, 7) && a.indexOf('.') > 0) {
        a = a.substring(7);
      }
      if (!a.isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }
}
