package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * One Windows event record as both writers render it: the {@code <System>} fields and the named
 * {@code <Data>} values of {@code <EventData>}, in document order. The log that writes it fills in
 * the time, record id, computer and thread; the record builders ({@link SysmonRecords}, {@link
 * SecurityRecords}, {@link TaskSchedulerRecords}) fill in the rest.
 */
final class WinRecord {
  final EventLogSource source;
  final int eventId;
  final int version;
  final int level;
  final int task;
  final int opcode;
  final String keywords;
  final long executionPid;
  final String userSid;
  /** {@code <EventData Name=...>}, as Task Scheduler writes it, or null. */
  final String eventDataName;

  final List<String> names = new ArrayList<>();
  final List<String> values = new ArrayList<>();

  /** TimeCreated, epoch microseconds; the seventh fraction digit ({@link #tick}) is extra. */
  long time;

  int tick;
  long recordId;
  long threadId;
  String computer;

  WinRecord(
      EventLogSource source,
      int eventId,
      int version,
      int level,
      int task,
      int opcode,
      String keywords,
      long executionPid,
      String userSid,
      String eventDataName) {
    this.source = source;
    this.eventId = eventId;
    this.version = version;
    this.level = level;
    this.task = task;
    this.opcode = opcode;
    this.keywords = keywords;
    this.executionPid = executionPid;
    this.userSid = userSid;
    this.eventDataName = eventDataName;
  }

  /** Appends {@code <Data Name="name">value</Data>}; null is written as an empty value. */
  WinRecord data(String name, String value) {
    names.add(name);
    values.add(value == null ? "" : value);
    return this;
  }

  WinRecord data(String name, long value) {
    return data(name, Long.toString(value));
  }
}
