package dev.cronhound.formats.windows;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import java.util.Locale;

/**
 * Turns Windows records into normalized events and passes them on: each record gives at most one
 * event. The record's source decides who reads it: {@link SysmonEvents} ({@code
 * Microsoft-Windows-Sysmon}), {@link SecurityEvents} ({@code Microsoft-Windows-Security-Auditing}),
 * {@link TaskSchedulerEvents} ({@code Microsoft-Windows-TaskScheduler}); the provider name decides,
 * or when it is missing the channel. Records of other sources or ids, and records without any
 * time, are counted as unmapped: they are not errors. Field by field: {@code
 * docs/windows-events.md}.
 */
public final class WindowsEventMapper implements WindowsRecordSink {

  private enum Source {
    SYSMON,
    SECURITY,
    TASK_SCHEDULER,
    OTHER
  }

  private final EventSink sink;
  private long mapped;
  private long unmapped;

  public WindowsEventMapper(EventSink sink) {
    this.sink = sink;
  }

  @Override
  public void accept(WindowsRecord record) {
    Event event = map(record);
    if (event == null) {
      unmapped++;
    } else {
      mapped++;
      sink.accept(event);
    }
  }

  /** The event {@code record} maps to, or null when it maps to none. */
  public static Event map(WindowsRecord record) {
    long ts = EventDataText.time(record);
    if (ts == WindowsRecord.NO_TIME) {
      return null;
    }
    return switch (source(record)) {
      case SYSMON -> SysmonEvents.map(record, ts);
      case SECURITY -> SecurityEvents.map(record, ts);
      case TASK_SCHEDULER -> TaskSchedulerEvents.map(record, ts);
      case OTHER -> null;
    };
  }

  /** Records that gave an event. */
  public long mapped() {
    return mapped;
  }

  /** Records that gave none (other sources, unmapped ids, no time). */
  public long unmapped() {
    return unmapped;
  }

  private static Source source(WindowsRecord r) {
    String provider = r.provider();
    if (provider != null && !provider.isBlank()) {
      return switch (provider.strip().toLowerCase(Locale.ROOT)) {
        case "microsoft-windows-sysmon" -> Source.SYSMON;
        case "microsoft-windows-security-auditing" -> Source.SECURITY;
        case "microsoft-windows-taskscheduler" -> Source.TASK_SCHEDULER;
        default -> Source.OTHER;
      };
    }
    String channel = r.channel() == null ? "" : r.channel().strip().toLowerCase(Locale.ROOT);
    return switch (channel) {
      case "microsoft-windows-sysmon/operational" -> Source.SYSMON;
      case "security" -> Source.SECURITY;
      case "microsoft-windows-taskscheduler/operational" -> Source.TASK_SCHEDULER;
      default -> Source.OTHER;
    };
  }
}
