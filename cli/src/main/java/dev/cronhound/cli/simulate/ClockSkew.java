package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A real Windows host and the sensor's Zeek logs of the same days: ACCT01 (10.70.0.21) runs
 * Sysmon, whose clock is 176 s ahead of the sensor (each connection logged 0-3 s after it was
 * made, as Sysmon does), and its host name is {@code ACCT01.pandalab.com} in Sysmon but
 * {@code acct01.pandalab.com} in Security. Planted: a hidden PowerShell beaconing over HTTPS every
 * 270-330 s. Background: Chrome browsing and Windows Update, also in Sysmon. Zeek (conn, dns, ssl,
 * http) goes to {@code zeek/}, the host's records to {@code xml/ACCT01-*.xml} and
 * {@code ndjson/ACCT01-*.ndjson} (Sysmon and Security exported separately, as from two .evtx).
 */
final class ClockSkew extends ScenarioWorld {
  static final String HOST = "10.70.0.21";
  static final String SYSMON_NAME = "ACCT01.pandalab.com";
  static final String SECURITY_NAME = "acct01.pandalab.com";
  static final String RESOLVER = "10.70.0.2";
  static final long OFFSET_SECONDS = 176;
  static final String BEACON_NAME = "cdn.ravenpath.example";
  static final String POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
  static final String CHROME_IMAGE = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
  static final String SVCHOST = "C:\\Windows\\System32\\svchost.exe";
  static final String EXPLORER = "C:\\Windows\\explorer.exe";
  private static final Account USER =
      new Account("PANDALAB", "pgustavo", "S-1-5-21-3940915590-64593676-1414006259-1104", "0x5a6c2f");

  /** One connection the host made, to be logged by Sysmon too. */
  private record Connect(long ts, int srcPort, String dst, int port, String image, long pid,
      String guid, Account user, String hostname) {}

  private final List<Connect> connects = new java.util.ArrayList<>();

  ClockSkew(ScenarioName scenario, long seed, TimeWindow window) {
    super(scenario, seed, window, List.of("10.70.0.0/24"), true);
  }

  @Override
  Path zeekDir(Path out) {
    return out.resolve("zeek");
  }

  @Override
  void generate() {
    truth.describe("issue 13 item 8 (the endpoint-to-flow join estimates the host's clock offset"
        + " from unambiguous 5-tuples; host names compared case-insensitively)",
        "Zeek on the lab uplink (sensor clock) and the host's own Sysmon and Security logs (host clock)");
    truth.host(HOST, SYSMON_NAME + " (Windows 10, Sysmon; clock +" + OFFSET_SECONDS + " s)");
    truth.host(RESOLVER, "domain controller, DNS");
    truth.fact("host_clock_offset_seconds", Long.toString(OFFSET_SECONDS));
    truth.fact("sysmon_computer", SYSMON_NAME);
    truth.fact("security_computer", SECURITY_NAME);
    truth.fact("planted_image", POWERSHELL);
    SplittableRandom browsing = random.split();
    SplittableRandom updates = random.split();
    SplittableRandom planted = random.split();

    List<Destination> sites = web();
    Zipf rank = new Zipf(sites.size(), 1.0);
    diurnal(browsing, 10, t -> {
      Destination d = sites.get(rank.sample(browsing));
      String ip = lookup(browsing, t - 30_000, HOST, RESOLVER, d);
      for (int i = 0; i < 1 + browsing.nextInt(4); i++) {
        long ts = t + i * (5_000 + browsing.nextLong(400_000));
        long resp = 3_000 + browsing.nextInt(300_000);
        FlowRecord c = d.tls() != null
            ? tls(browsing, ts, HOST, ip, d.port(), d.name(), d.tls(), 200_000 + browsing.nextInt(9_000_000),
                600 + browsing.nextInt(2_000), resp)
            : http(browsing, ts, HOST, ip, d.port(), d.name(), HttpRecord.GET, "/", CHROME, 0, resp, 200,
                TEXT_HTML, 100_000 + browsing.nextInt(2_000_000));
        connects.add(new Connect(ts, c.origP, ip, d.port(), CHROME_IMAGE, 7312, guid(browsing), USER, d.name()));
      }
    });
    Destination wu = destination("fe3cr.delivery.mp.microsoft.com", 443, true, 2);
    every(updates, 20 * 3600, 28 * 3600, t -> {
      String ip = lookup(updates, t - 30_000, HOST, RESOLVER, wu);
      FlowRecord c = tls(updates, t, HOST, ip, 443, wu.name(), wu.tls(), 3_000_000 + updates.nextInt(30_000_000),
          4_000 + updates.nextInt(4_000), 20_000 + updates.nextInt(5_000_000));
      connects.add(new Connect(t, c.origP, ip, 443, SVCHOST, 1288, guid(updates), Account.SYSTEM, wu.name()));
    });
    truth.benign(new ScenarioTruth.Benign("windows-update", "outbound", List.of(HOST), List.of(wu.name()), 443,
        "ssl", 86_400, "about daily", "Microsoft", "svchost.exe (wuauserv)"));
    truth.benign(new ScenarioTruth.Benign("browsing", "outbound", List.of(HOST), List.of("web sites"), 443,
        "ssl", 0, "chrome.exe by day", null, "the user"));

    Destination c2 = destination(BEACON_NAME, 443, true, 1);
    String c2ip = c2.addresses().get(0);
    String psGuid = guid(planted);
    BeatStats stats = every(planted, window.startMicros() + 20 * TimeWindow.MINUTE, window.endMicros(), 270, 330, t -> {
      FlowRecord c = tls(planted, t, HOST, c2ip, 443, BEACON_NAME, c2.tls(), 200_000 + planted.nextInt(500_000),
          700 + planted.nextInt(300), 300 + planted.nextInt(1_500));
      connects.add(new Connect(t, c.origP, c2ip, 443, POWERSHELL, 5924, psGuid, USER, null));
    });
    truth.planted(new ScenarioTruth.Planted("powershell-beacon", HOST, BEACON_NAME, c2ip, List.of(), 443, "ssl",
        "outbound", 300, "uniform 270-330 s", stats,
        "hidden PowerShell started from explorer.exe; its Sysmon 3 records carry the host clock (+176 s)"));
  }

  private static String guid(SplittableRandom r) {
    return String.format("{%08x-%04x-%04x-%04x-%012x}", r.nextInt() & 0xffffffffL, 0x6a1f, 0x6594,
        r.nextInt(0x10000), r.nextLong() & 0xffffffffffffL);
  }

  @Override
  void writeHostLogs(Path out) throws IOException {
    Files.createDirectories(out.resolve("xml"));
    Files.createDirectories(out.resolve("ndjson"));
    long offset = OFFSET_SECONDS * TimeWindow.SECOND;
    long end = window.endMicros() + offset;
    SplittableRandom r = random.split();
    try (EndpointLog sysmon = new EndpointLog(SYSMON_NAME, end, r.split(),
            out.resolve("xml/ACCT01-sysmon.xml"), out.resolve("ndjson/ACCT01-sysmon.ndjson"));
        EndpointLog security = new EndpointLog(SECURITY_NAME, end, r.split(),
            out.resolve("xml/ACCT01-security.xml"), out.resolve("ndjson/ACCT01-security.ndjson"))) {
      long psStart = window.startMicros() + 19 * TimeWindow.MINUTE + offset;
      String psCommand = "\"" + POWERSHELL + "\" -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoA";
      sysmon.at(psStart, () -> processCreate(psStart, connectsOf(POWERSHELL).guid(), 5924, POWERSHELL,
          psCommand, USER, "Medium", EXPLORER, 4012));
      security.at(psStart, () -> new WinRecord(EventLogSource.SECURITY, 4688, 2, 0, 13312, 0,
              "0x8020000000000000", 4, null, null)
          .data("SubjectUserSid", USER.sid()).data("SubjectUserName", USER.name())
          .data("SubjectDomainName", USER.domain()).data("SubjectLogonId", USER.logonId())
          .data("NewProcessId", "0x1724").data("NewProcessName", POWERSHELL)
          .data("TokenElevationType", "%%1938").data("ProcessId", "0xfac").data("CommandLine", psCommand)
          .data("TargetUserSid", "S-1-0-0").data("TargetUserName", "-").data("TargetDomainName", "-")
          .data("TargetLogonId", "0x0").data("ParentProcessName", EXPLORER)
          .data("MandatoryLabel", "S-1-16-8192"));
      for (Connect c : connects) {
        long at = c.ts() + offset;
        long logged = at + r.nextLong(3 * TimeWindow.SECOND);
        sysmon.at(logged, () -> networkConnect(c, at));
        security.at(at + r.nextLong(200_000), () -> connectionPermitted(c));
      }
    }
  }

  private Connect connectsOf(String image) {
    for (Connect c : connects) {
      if (c.image().equals(image)) {
        return c;
      }
    }
    throw new IllegalStateException(image);
  }

  private static WinRecord sysmon(int id, int version) {
    return new WinRecord(EventLogSource.SYSMON, id, version, 4, id, 0, "0x8000000000000000", 3012,
        "S-1-5-18", null).data("RuleName", "-");
  }

  private static WinRecord processCreate(long at, String guid, long pid, String image, String command,
      Account user, String integrity, String parentImage, long parentPid) {
    return sysmon(1, 5)
        .data("UtcTime", SystemTimeText.sysmonUtc(at))
        .data("ProcessGuid", guid)
        .data("ProcessId", pid)
        .data("Image", image)
        .data("FileVersion", "10.0.19041.3996 (WinBuild.160101.0800)")
        .data("Description", "Windows PowerShell")
        .data("Product", "Microsoft® Windows® Operating System")
        .data("Company", "Microsoft Corporation")
        .data("OriginalFileName", "PowerShell.EXE")
        .data("CommandLine", command)
        .data("CurrentDirectory", "C:\\Users\\" + user.name() + "\\")
        .data("User", user.qualified())
        .data("LogonGuid", "{6a1f6594-2b1c-6594-2f6c-5a0000000000}")
        .data("LogonId", user.logonId())
        .data("TerminalSessionId", 1)
        .data("IntegrityLevel", integrity)
        .data("Hashes", "SHA256=DE96A6E69944335375DC1AC238336066889D9FFC7D73628EF4FE1B1B160AB32C")
        .data("ParentProcessGuid", "{6a1f6594-2a01-6594-1b00-000000000a00}")
        .data("ParentProcessId", parentPid)
        .data("ParentImage", parentImage)
        .data("ParentCommandLine", parentImage)
        .data("ParentUser", user.qualified());
  }

  /** Security 5156, the Windows Filtering Platform's record of the same connection. */
  private static WinRecord connectionPermitted(Connect c) {
    String device = "\\device\\harddiskvolume3" + c.image().substring(2).toLowerCase(java.util.Locale.ROOT);
    return new WinRecord(EventLogSource.SECURITY, 5156, 1, 0, 12810, 0, "0x8020000000000000", 4, null, null)
        .data("ProcessID", c.pid())
        .data("Application", device)
        .data("Direction", "%%14593")
        .data("SourceAddress", HOST)
        .data("SourcePort", c.srcPort())
        .data("DestAddress", c.dst())
        .data("DestPort", c.port())
        .data("Protocol", "6")
        .data("FilterRTID", 70_215)
        .data("LayerName", "%%14611")
        .data("LayerRTID", "48")
        .data("RemoteUserID", "S-1-0-0")
        .data("RemoteMachineID", "S-1-0-0");
  }

  private static WinRecord networkConnect(Connect c, long at) {
    return sysmon(3, 5)
        .data("UtcTime", SystemTimeText.sysmonUtc(at))
        .data("ProcessGuid", c.guid())
        .data("ProcessId", c.pid())
        .data("Image", c.image())
        .data("User", c.user().qualified())
        .data("Protocol", "tcp")
        .data("Initiated", "true")
        .data("SourceIsIpv6", "false")
        .data("SourceIp", HOST)
        .data("SourceHostname", SYSMON_NAME)
        .data("SourcePort", c.srcPort())
        .data("SourcePortName", "-")
        .data("DestinationIsIpv6", "false")
        .data("DestinationIp", c.dst())
        .data("DestinationHostname", c.hostname() == null ? "-" : c.hostname())
        .data("DestinationPort", c.port())
        .data("DestinationPortName", c.port() == 443 ? "https" : c.port() == 80 ? "http" : "-");
  }
}
