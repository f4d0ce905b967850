package dev.cronhound.formats.windows;

import java.util.Map;

/**
 * The Winlogbeat / Elastic Agent (ECS) dialect of Windows event JSON, as documented in Elastic's
 * field reference ("Windows Event Log fields emitted by Winlogbeat", {@code
 * https://www.elastic.co/guide/en/beats/winlogbeat/current/exported-fields-winlog.html}): the
 * event's System fields under {@code winlog.*}, its EventData under {@code winlog.event_data}, its
 * UserData under {@code winlog.user_data}. Keys arrive already flattened with {@code .} (nested
 * objects and dotted keys read the same).
 *
 * <table>
 * <caption>fields read</caption>
 * <tr><td>eventId</td><td>{@code winlog.event_id}, else {@code event.code}</td></tr>
 * <tr><td>recordId</td><td>{@code winlog.record_id}</td></tr>
 * <tr><td>time</td><td>{@code @timestamp} (Winlogbeat sets it to the event's TimeCreated; with
 *     Beats 7 it is rounded to milliseconds)</td></tr>
 * <tr><td>provider, channel, computer</td><td>{@code winlog.provider_name}, {@code
 *     winlog.channel}, {@code winlog.computer_name}</td></tr>
 * <tr><td>processId, threadId</td><td>{@code winlog.process.pid}, {@code
 *     winlog.process.thread.id}</td></tr>
 * <tr><td>userSid, version</td><td>{@code winlog.user.identifier}, {@code winlog.version}</td></tr>
 * <tr><td>data</td><td>{@code winlog.event_data.X} gives {@code X}; {@code winlog.user_data.a.b}
 *     gives the leaf name {@code b} ({@code xml_name}, the wrapper element's name, is
 *     skipped)</td></tr>
 * </table>
 *
 * Everything else ({@code event.*}, {@code host.*}, {@code winlog.keywords}, {@code
 * winlog.opcode}, {@code message}, ...) is ignored.
 */
final class WinlogbeatFields {

  private static final String EVENT_DATA = "winlog.event_data.";
  private static final String USER_DATA = "winlog.user_data.";

  private WinlogbeatFields() {}

  /** True when the flattened object carries Winlogbeat's {@code winlog.*} fields. */
  static boolean matches(Map<String, String> flat) {
    return flat.containsKey("winlog.event_id")
        || flat.containsKey("winlog.channel")
        || flat.containsKey("winlog.provider_name");
  }

  static void fill(Map<String, String> flat, WindowsRecordBuilder b) {
    String id = flat.get("winlog.event_id");
    b.eventId = WindowsRecordBuilder.intOr(id != null ? id : flat.get("event.code"));
    b.recordId = WindowsRecordBuilder.longOr(flat.get("winlog.record_id"));
    b.timeCreatedMicros = WindowsTime.micros(flat.get("@timestamp"));
    b.provider = flat.get("winlog.provider_name");
    b.channel = flat.get("winlog.channel");
    b.computer = flat.get("winlog.computer_name");
    b.processId = WindowsRecordBuilder.longOr(flat.get("winlog.process.pid"));
    b.threadId = WindowsRecordBuilder.longOr(flat.get("winlog.process.thread.id"));
    b.userSid = flat.get("winlog.user.identifier");
    b.version = WindowsRecordBuilder.intOr(flat.get("winlog.version"));
    for (Map.Entry<String, String> e : flat.entrySet()) {
      String k = e.getKey();
      if (k.startsWith(EVENT_DATA) && k.length() > EVENT_DATA.length()) {
        b.put(k.substring(EVENT_DATA.length()), e.getValue());
      } else if (k.startsWith(USER_DATA) && k.length() > USER_DATA.length()) {
        String leaf = k.substring(k.lastIndexOf('.') + 1);
        if (!k.equals(USER_DATA + "xml_name") && !leaf.isEmpty()) {
          b.put(leaf, e.getValue());
        }
      }
    }
  }
}
