package dev.cronhound.cli.simulate;

/**
 * Security log records ({@code Microsoft-Windows-Security-Auditing}): 4688 process creation (pids
 * in hex, as Windows logs them), 4698 scheduled task created, 5156 WFP connection permitted (pid in
 * decimal, the image as an NT device path).
 */
final class SecurityRecords {
  private static final String AUDIT_SUCCESS = "0x8020000000000000";
  private static final String NOBODY_SID = "S-1-0-0";

  private SecurityRecords() {}

  /**
   * 4688: the subject is the creator's account (LocalSystem appears as the machine account), the
   * target the new process's account when it differs from the creator's.
   */
  static WinRecord processCreate(Workstation h, WinProcess p) {
    Account creator = h.asSubject(p.parent.account);
    WinRecord r =
        new WinRecord(EventLogSource.SECURITY, 4688, 2, 0, 13312, 0, AUDIT_SUCCESS, 4, null, null);
    subject(r, creator)
        .data("NewProcessId", hex(p.pid()))
        .data("NewProcessName", p.image)
        .data("TokenElevationType", p.integrity.elevation())
        .data("ProcessId", hex(p.parent.pid()))
        .data("CommandLine", p.commandLine);
    if (p.account.equals(p.parent.account)) {
      r.data("TargetUserSid", NOBODY_SID)
          .data("TargetUserName", "-")
          .data("TargetDomainName", "-")
          .data("TargetLogonId", "0x0");
    } else {
      Account target = h.asSubject(p.account);
      r.data("TargetUserSid", target.sid())
          .data("TargetUserName", target.name())
          .data("TargetDomainName", target.domain())
          .data("TargetLogonId", target.logonId());
    }
    return r.data("ParentProcessName", p.parent.image).data("MandatoryLabel", p.integrity.sid());
  }

  static WinRecord taskCreated(Workstation h, Account actor, String taskName, String content) {
    WinRecord r =
        new WinRecord(
            EventLogSource.SECURITY, 4698, 0, 0, 12804, 0, AUDIT_SUCCESS, h.lsassPid, null, null);
    return subject(r, h.asSubject(actor)).data("TaskName", taskName).data("TaskContent", content);
  }

  static WinRecord connectionPermitted(
      Workstation h, WinProcess p, int srcPort, String dstIp, int dstPort, long filterId) {
    return new WinRecord(
            EventLogSource.SECURITY, 5156, 1, 0, 12810, 0, AUDIT_SUCCESS, 4, null, null)
        .data("ProcessID", p.pid())
        .data("Application", p.devicePath())
        .data("Direction", "%%14593")
        .data("SourceAddress", h.ip)
        .data("SourcePort", srcPort)
        .data("DestAddress", dstIp)
        .data("DestPort", dstPort)
        .data("Protocol", "6")
        .data("FilterRTID", filterId)
        .data("LayerName", "%%14611")
        .data("LayerRTID", "48")
        .data("RemoteUserID", NOBODY_SID)
        .data("RemoteMachineID", NOBODY_SID);
  }

  private static WinRecord subject(WinRecord r, Account a) {
    return r.data("SubjectUserSid", a.sid())
        .data("SubjectUserName", a.name())
        .data("SubjectDomainName", a.domain())
        .data("SubjectLogonId", a.logonId());
  }

  private static String hex(long pid) {
    return "0x" + Long.toHexString(pid);
  }
}
