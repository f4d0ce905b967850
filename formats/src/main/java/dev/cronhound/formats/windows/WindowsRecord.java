package dev.cronhound.formats.windows;

import dev.cronhound.core.event.Origin;
import java.util.Map;

/**
 * One Windows event record as every Windows reader yields it, whatever the form it came in (EVTX
 * binary, event XML, Winlogbeat / Elastic Agent JSON): the {@code <System>} fields cronhound uses
 * and the event's {@code EventData} or {@code UserData} as name -> value text. The mapping to
 * normalized events ({@link WindowsEventMapper}) reads only this, so the three forms of the same
 * event map to the same events.
 *
 * <p><b>Value text</b> (the same in every form, as Windows renders event XML): strings as they
 * are; signed and unsigned integers in decimal; HexInt32/HexInt64 as {@code 0x} + lower-case hex
 * without padding; GUIDs as {@code {8-4-4-4-12}} upper-case in braces; SIDs as {@code S-1-...};
 * FILETIME and SYSTEMTIME as ISO-8601 UTC with 7 fraction digits ({@code
 * 2019-03-08T23:33:27.1234567Z}); binary as upper-case hex; booleans as {@code true}/{@code false};
 * arrays as their elements' text joined with {@code ,}; a NULL or empty value as {@code ""}.
 *
 * <p><b>Keys</b>: {@code <Data Name="X">} gives {@code X}; an unnamed {@code <Data>} gives {@code
 * #1}, {@code #2}, ... by position among the unnamed ones; {@code <Binary>} gives {@code Binary};
 * under {@code UserData} each leaf element gives its local name (a repeated name gets {@code #2},
 * {@code #3}, ... appended).
 *
 * @param recordId EventRecordID, or -1 when missing
 * @param timeCreatedMicros TimeCreated SystemTime, epoch microseconds UTC (100 ns ticks truncated),
 *     or {@link #NO_TIME}
 * @param provider Provider Name ({@code Microsoft-Windows-Sysmon}), or null
 * @param channel Channel ({@code Microsoft-Windows-Sysmon/Operational}, {@code Security}), or null
 * @param computer Computer (the host's name as Windows logs it), or null
 * @param eventId EventID (without qualifiers), or -1
 * @param version event Version, or -1
 * @param processId Execution ProcessID (of the logging process, not the subject), or -1
 * @param threadId Execution ThreadID, or -1
 * @param userSid Security UserID, or null
 * @param data EventData/UserData name -> value text, in document order (unmodifiable: an {@link
 *     EventDataMap}, copied from the map given unless it is one)
 * @param origin file and, for EVTX, the byte offset of the record; for XML and JSON the line
 */
public record WindowsRecord(
    long recordId,
    long timeCreatedMicros,
    String provider,
    String channel,
    String computer,
    int eventId,
    int version,
    long processId,
    long threadId,
    String userSid,
    Map<String, String> data,
    Origin origin) {

  /** Marks a record without a readable TimeCreated. */
  public static final long NO_TIME = Long.MIN_VALUE;

  public WindowsRecord {
    data = EventDataMap.copyOf(data);
  }

  /** The data fields, in order, with indexed access ({@link EventDataMap#key}). */
  public EventDataMap eventData() {
    return (EventDataMap) data;
  }

  /** The value of data field {@code name}, or null when the record does not carry it. */
  public String get(String name) {
    return data.get(name);
  }
}
