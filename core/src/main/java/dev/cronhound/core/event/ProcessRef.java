package dev.cronhound.core.event;

/**
 * The identity of one process on one host, as a sensor names it. Not an event: process, network,
 * file and job events carry it so they can be joined to the process start that created it.
 *
 * <p>Prefer {@code guid} for joins where present: pids are reused, GUIDs are not.
 *
 * @param guid the sensor's unique process id, or null when the source has none. Windows: Sysmon
 *     {@code ProcessGuid} / {@code ParentProcessGuid}, normalized to upper-case in braces
 *     ({@code {42F11C3B-CCAA-5C8F-0000-0010B4E22700}}); the all-zero GUID Sysmon logs for an
 *     unknown process becomes null. Security-log events have none. Linux/macOS sensors that give
 *     a unique process key (e.g. an audit session + start time) may fill it later.
 * @param pid the operating system's process id (Sysmon {@code ProcessId}, Security 4688 {@code
 *     NewProcessId} read from hex, Security 5156 {@code ProcessID}), or -1 when unknown
 */
public record ProcessRef(String guid, long pid) {

  /** A process nothing is known about. */
  public static final ProcessRef UNKNOWN = new ProcessRef(null, -1);

  /** True when neither a GUID nor a pid is known. */
  public boolean isUnknown() {
    return guid == null && pid == -1;
  }
}
