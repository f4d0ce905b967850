package dev.cronhound.formats.windows;

import java.util.Map;
import java.util.Set;

/**
 * The flattened dialect of Windows event JSON, as NXLog's {@code im_msvistalog} writes it and as
 * the OTRF Security-Datasets ship it: System fields and EventData names side by side at the top
 * level.
 *
 * <pre>
 * {"SourceName":"Microsoft-Windows-Sysmon","EventID":1,"Channel":"Microsoft-Windows-Sysmon/Operational",
 *  "Hostname":"WORKSTATION5.theshire.local","TimeCreated":"2020-12-19T06:59:28.410Z",
 *  "Image":"C:\\Windows\\System32\\schtasks.exe","CommandLine":"...",...}
 * </pre>
 *
 * <table>
 * <caption>fields read</caption>
 * <tr><td>eventId</td><td>{@code EventID}</td></tr>
 * <tr><td>recordId</td><td>{@code RecordNumber}, else {@code EventRecordID}</td></tr>
 * <tr><td>provider</td><td>{@code SourceName}, else {@code ProviderName}</td></tr>
 * <tr><td>channel</td><td>{@code Channel}</td></tr>
 * <tr><td>computer</td><td>{@code Hostname} (the event's Computer in NXLog), else {@code host}
 *     (in NXLog-via-Logstash data {@code host} is the sending collector, e.g. a WEC server)</td></tr>
 * <tr><td>processId, threadId</td><td>{@code ExecutionProcessID}; {@code ExecutionThreadID}, else
 *     {@code ThreadID}</td></tr>
 * <tr><td>userSid, version</td><td>{@code UserID}, {@code Version}</td></tr>
 * </table>
 *
 * <p><b>Time</b>, first that applies: (1) {@code TimeCreated} with a zone (the OTRF 2020-12
 * export: the event's own UTC time, ms precision); (2) NXLog's {@code EventTime}, which is the
 * event's time in the <em>collector's local zone without a zone suffix</em>, corrected by the
 * collector's offset inferred from the same record's {@code EventReceivedTime} (local, no zone)
 * and {@code @timestamp} (UTC, stamped by Logstash on receipt): the difference rounded to the
 * nearest 15 minutes, accepted when within 14 h (assumes the pipeline delay is under 7.5 min);
 * (3) {@code @timestamp} (receipt time: seconds late, but UTC); (4) none. A zone-less time is
 * never read as UTC. Sysmon's {@code UtcTime} stays an ordinary data field.
 *
 * <p><b>Not data</b>: {@link #SYSTEM_KEYS} (System fields and NXLog / Logstash metadata) never go
 * into {@code data}. {@code EventType} is NXLog metadata when its value is one of NXLog's ({@code
 * INFO}, {@code AUDIT_SUCCESS}, ...), otherwise it is Sysmon's EventData field of that name
 * ({@code SetValue}, {@code CreateKey}, ...). Every other top-level key is data, in input order.
 */
final class FlattenedEventFields {

  /** Top-level keys that are System fields or collector/pipeline metadata, not EventData. */
  static final Set<String> SYSTEM_KEYS =
      Set.of(
          // System fields
          "EventID", "Channel", "SourceName", "ProviderName", "ProviderGuid", "RecordNumber",
          "EventRecordID", "ExecutionProcessID", "ExecutionThreadID", "ThreadID", "UserID",
          "Version", "Level", "Task", "Opcode", "OpcodeValue", "Keywords", "ActivityID",
          "RelatedActivityID", "TimeCreated", "Qualifiers",
          // NXLog im_msvistalog metadata
          "Hostname", "EventTime", "EventReceivedTime", "SeverityValue", "Severity",
          "EventTypeOrignal", "EventTypeOriginal", "Category", "SourceModuleName",
          "SourceModuleType", "AccountName", "AccountType", "Domain", "Message",
          "ERROR_EVT_UNRESOLVED",
          // Logstash / Elastic pipeline metadata
          "@timestamp", "@version", "tags", "port", "host", "type");

  /** NXLog's EventType values (its severity names), told apart from Sysmon's EventType data. */
  private static final Set<String> NXLOG_EVENT_TYPES =
      Set.of("INFO", "AUDIT_SUCCESS", "AUDIT_FAILURE", "WARNING", "ERROR", "CRITICAL", "VERBOSE");

  private static final long QUARTER_HOUR_MICROS = 15L * 60 * 1_000_000;
  private static final long MAX_OFFSET_MICROS = 14L * 3600 * 1_000_000;

  private FlattenedEventFields() {}

  static boolean matches(Map<String, String> flat) {
    return flat.containsKey("EventID");
  }

  static void fill(Map<String, String> flat, WindowsRecordBuilder b) {
    b.eventId = WindowsRecordBuilder.intOr(flat.get("EventID"));
    b.recordId = WindowsRecordBuilder.longOr(first(flat, "RecordNumber", "EventRecordID"));
    b.provider = first(flat, "SourceName", "ProviderName");
    b.channel = flat.get("Channel");
    b.computer = first(flat, "Hostname", "host");
    b.processId = WindowsRecordBuilder.longOr(flat.get("ExecutionProcessID"));
    b.threadId = WindowsRecordBuilder.longOr(first(flat, "ExecutionThreadID", "ThreadID"));
    b.userSid = flat.get("UserID");
    b.version = WindowsRecordBuilder.intOr(flat.get("Version"));
    b.timeCreatedMicros = time(flat);
    for (Map.Entry<String, String> e : flat.entrySet()) {
      String k = e.getKey();
      if (isData(k, e.getValue())) {
        b.put(k, e.getValue());
      }
    }
  }

  private static boolean isData(String key, String value) {
    int dot = key.indexOf('.');
    String top = dot > 0 ? key.substring(0, dot) : key;
    if (SYSTEM_KEYS.contains(top)) {
      return false;
    }
    return !(key.equals("EventType") && NXLOG_EVENT_TYPES.contains(value));
  }

  static long time(Map<String, String> flat) {
    long t = WindowsTime.micros(flat.get("TimeCreated"));
    if (t != WindowsRecord.NO_TIME) {
      return t;
    }
    long stamp = WindowsTime.micros(flat.get("@timestamp"));
    long eventLocal = WindowsTime.localMicros(flat.get("EventTime"));
    long receivedLocal = WindowsTime.localMicros(flat.get("EventReceivedTime"));
    if (stamp != WindowsRecord.NO_TIME
        && eventLocal != WindowsRecord.NO_TIME
        && receivedLocal != WindowsRecord.NO_TIME
        && !hasZone(flat.get("EventTime"))) {
      long offset = Math.round((double) (stamp - receivedLocal) / QUARTER_HOUR_MICROS) * QUARTER_HOUR_MICROS;
      if (Math.abs(offset) <= MAX_OFFSET_MICROS) {
        return eventLocal + offset;
      }
    }
    long zoned = WindowsTime.micros(flat.get("EventTime"));
    return zoned != WindowsRecord.NO_TIME ? zoned : stamp;
  }

  private static boolean hasZone(String s) {
    return WindowsTime.micros(s) != WindowsRecord.NO_TIME;
  }

  private static String first(Map<String, String> flat, String a, String b) {
    String v = flat.get(a);
    return v != null ? v : flat.get(b);
  }
}
