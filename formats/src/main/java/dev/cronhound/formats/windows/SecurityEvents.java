package dev.cronhound.formats.windows;

import static dev.cronhound.formats.windows.EventDataText.account;
import static dev.cronhound.formats.windows.EventDataText.number;
import static dev.cronhound.formats.windows.EventDataText.port;
import static dev.cronhound.formats.windows.EventDataText.text;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import java.util.Map;

/**
 * Security log ({@code Microsoft-Windows-Security-Auditing}) records to events: 4688 process
 * creation, 4689 process exit, 4698-4702 scheduled task created / deleted / enabled / disabled / updated, 5156 WFP
 * connection permitted. Other ids give nothing. See {@code docs/windows-events.md}.
 */
final class SecurityEvents {

  /** 4688 MandatoryLabel SIDs as the words Sysmon uses for IntegrityLevel. */
  private static final Map<String, String> INTEGRITY =
      Map.of(
          "S-1-16-0", "Untrusted",
          "S-1-16-4096", "Low",
          "S-1-16-8192", "Medium",
          "S-1-16-8448", "MediumPlus",
          "S-1-16-12288", "High",
          "S-1-16-16384", "System",
          "S-1-16-20480", "Protected");

  private SecurityEvents() {}

  /** The event for {@code r}, or null when its id is not mapped. */
  static Event map(WindowsRecord r, long ts) {
    return switch (r.eventId()) {
      case 4688 -> processStart(r, ts);
      case 4689 -> new ProcessEnd(ts, r.computer(), pid(number(r, "ProcessId")), text(r, "ProcessName"),
          account(r, "SubjectDomainName", "SubjectUserName"), r.origin());
      case 4698 -> job(r, ts, ScheduledJob.Change.REGISTERED, "TaskContent");
      case 4699 -> job(r, ts, ScheduledJob.Change.DELETED, "TaskContent");
      case 4700 -> job(r, ts, ScheduledJob.Change.ENABLED, "TaskContent");
      case 4701 -> job(r, ts, ScheduledJob.Change.DISABLED, "TaskContent");
      case 4702 -> job(r, ts, ScheduledJob.Change.UPDATED, "TaskContentNew");
      case 5156 -> connection(r, ts);
      default -> null;
    };
  }

  private static ProcessStart processStart(WindowsRecord r, long ts) {
    String user = account(r, "TargetDomainName", "TargetUserName");
    if (user == null) {
      user = account(r, "SubjectDomainName", "SubjectUserName");
    }
    String label = text(r, "MandatoryLabel");
    return new ProcessStart(
        ts,
        r.computer(),
        pid(number(r, "NewProcessId")),
        text(r, "NewProcessName"),
        text(r, "CommandLine"),
        user,
        null,
        null,
        pid(number(r, "ProcessId")),
        text(r, "ParentProcessName"),
        null,
        label == null ? null : INTEGRITY.getOrDefault(label.strip(), label),
        null,
        r.origin());
  }

  private static ScheduledJob job(
      WindowsRecord r, long ts, ScheduledJob.Change change, String contentField) {
    TaskDefinition def = TaskDefinitionXml.parse(r.get(contentField));
    Boolean enabled =
        switch (change) {
          case ENABLED -> Boolean.TRUE;
          case DISABLED -> Boolean.FALSE;
          default -> def.enabled();
        };
    return new ScheduledJob(
        ts,
        r.computer(),
        text(r, "TaskName"),
        change,
        account(r, "SubjectDomainName", "SubjectUserName"),
        def.runAs(),
        def.actions(),
        def.triggers(),
        enabled,
        "Security " + r.eventId(),
        def.author(),
        def.runLevel(),
        def.note(),
        r.origin());
  }

  private static NetworkConnection connection(WindowsRecord r, long ts) {
    String direction = text(r, "Direction");
    boolean outbound =
        direction != null
            && (direction.strip().equals("%%14593") || direction.strip().equalsIgnoreCase("Outbound"));
    return new NetworkConnection(
        ts,
        r.computer(),
        pid(number(r, "ProcessID")),
        text(r, "Application"),
        null,
        protocol(text(r, "Protocol")),
        outbound,
        text(r, "SourceAddress"),
        port(r, "SourcePort"),
        text(r, "DestAddress"),
        port(r, "DestPort"),
        null,
        r.origin());
  }

  /** IANA protocol number as {@code tcp}/{@code udp}, another number as given. */
  static String protocol(String number) {
    if (number == null) {
      return null;
    }
    return switch (number.strip()) {
      case "6" -> "tcp";
      case "17" -> "udp";
      default -> number.strip();
    };
  }

  private static ProcessRef pid(long pid) {
    return pid == -1 ? ProcessRef.UNKNOWN : new ProcessRef(null, pid);
  }
}
