package dev.cronhound.cli.simulate;

/**
 * Sysmon records (schema 4.90, {@code Microsoft-Windows-Sysmon/Operational}) with the fields in
 * the order Sysmon writes them: 1 process create, 3 network connection, 5 process terminated, 22
 * DNS query.
 */
final class SysmonRecords {
  private static final String KEYWORDS = "0x8000000000000000";

  private SysmonRecords() {}

  private static WinRecord record(Workstation h, int id, int version) {
    return new WinRecord(
        EventLogSource.SYSMON, id, version, 4, id, 0, KEYWORDS, h.sysmonPid, "S-1-5-18", null)
        .data("RuleName", "-");
  }

  static WinRecord processCreate(Workstation h, WinProcess p) {
    ImageFacts facts = ImageFacts.of(p.image);
    WinProcess parent = p.parent;
    return record(h, 1, 5)
        .data("UtcTime", SystemTimeText.sysmonUtc(p.start))
        .data("ProcessGuid", p.guid)
        .data("ProcessId", p.pid())
        .data("Image", p.image)
        .data("FileVersion", facts.fileVersion())
        .data("Description", facts.description())
        .data("Product", facts.product())
        .data("Company", facts.company())
        .data("OriginalFileName", facts.originalName())
        .data("CommandLine", p.commandLine)
        .data("CurrentDirectory", p.currentDirectory)
        .data("User", p.account.qualified())
        .data("LogonGuid", h.logonGuid(p.account))
        .data("LogonId", p.account.logonId())
        .data("TerminalSessionId", p.session)
        .data("IntegrityLevel", p.integrity.word())
        .data("Hashes", ImageFacts.hashes(p.image))
        .data("ParentProcessGuid", parent.guid)
        .data("ParentProcessId", parent.pid())
        .data("ParentImage", parent.image)
        .data("ParentCommandLine", parent.commandLine)
        .data("ParentUser", parent.account.qualified());
  }

  static WinRecord processEnd(Workstation h, WinProcess p) {
    return record(h, 5, 3)
        .data("UtcTime", SystemTimeText.sysmonUtc(p.end))
        .data("ProcessGuid", p.guid)
        .data("ProcessId", p.pid())
        .data("Image", p.image)
        .data("User", p.account.qualified());
  }

  /**
   * @param at when the connection was made (host clock; the record is written a little later)
   * @param hostname the name Sysmon resolved for the destination, or null
   */
  static WinRecord networkConnect(
      Workstation h, WinProcess p, long at, int srcPort, String dstIp, int dstPort, String hostname) {
    return record(h, 3, 5)
        .data("UtcTime", SystemTimeText.sysmonUtc(at))
        .data("ProcessGuid", p.guid)
        .data("ProcessId", p.pid())
        .data("Image", p.image)
        .data("User", p.account.qualified())
        .data("Protocol", "tcp")
        .data("Initiated", "true")
        .data("SourceIsIpv6", "false")
        .data("SourceIp", h.ip)
        .data("SourceHostname", h.fqdn)
        .data("SourcePort", srcPort)
        .data("SourcePortName", "-")
        .data("DestinationIsIpv6", "false")
        .data("DestinationIp", dstIp)
        .data("DestinationHostname", hostname == null ? "-" : hostname)
        .data("DestinationPort", dstPort)
        .data("DestinationPortName", portName(dstPort));
  }

  /** @param results Sysmon's {@code QueryResults}: {@code ::ffff:a.b.c.d;} per answer */
  static WinRecord dnsQuery(Workstation h, WinProcess p, long at, String name, String results) {
    return record(h, 22, 5)
        .data("UtcTime", SystemTimeText.sysmonUtc(at))
        .data("ProcessGuid", p.guid)
        .data("ProcessId", p.pid())
        .data("QueryName", name)
        .data("QueryStatus", "0")
        .data("QueryResults", results)
        .data("Image", p.image)
        .data("User", p.account.qualified());
  }

  private static String portName(int port) {
    return switch (port) {
      case 80 -> "http";
      case 443 -> "https";
      default -> "-";
    };
  }
}
