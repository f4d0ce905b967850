package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A lab (or breached estate) whose C2 and staging servers sit in RFC 1918 space, 10.50.0.0/16
 * (local nets set): 24 workstations in 10.50.1.0/24, two domain controllers (DNS, Kerberos, LDAP
 * with group-policy refresh every 90-120 min, SMB for SYSVOL), a file server, a print server and
 * two printers that also announce themselves (mDNS, SSDP, NetBIOS broadcast). Planted: an implant
 * beaconing east-west to 10.50.9.14:58443 every 76-104 s, and a staging job on another host
 * uploading 15-40 MB to 10.50.2.31:8000 every 2 h (+/-4 min). A little outbound browsing too.
 */
final class LabInternalC2 extends ScenarioWorld {
  static final String LOCAL_NET = "10.50.0.0/16";
  static final String DC1 = "10.50.0.10";
  static final String DC2 = "10.50.0.11";
  static final String FILES = "10.50.0.20";
  static final String PRINT_SERVER = "10.50.0.25";
  static final String PRINTER1 = "10.50.0.30";
  static final String PRINTER2 = "10.50.0.31";
  static final String C2 = "10.50.9.14";
  static final int C2_PORT = 58443;
  static final String STAGING = "10.50.2.31";
  static final int STAGING_PORT = 8000;
  static final int HOSTS = 24;

  LabInternalC2(ScenarioName scenario, long seed, TimeWindow window) {
    super(scenario, seed, window, List.of(LOCAL_NET), true);
  }

  static String host(int i) {
    return "10.50.1." + (20 + i);
  }

  @Override
  void generate() {
    truth.describe("issue 13 item 2 (east-west analysed by default; multicast and broadcast"
        + " discovery left out) and 3 (prevalence over local hosts)", "core switch span, local_nets 10.50.0.0/16");
    truth.host(DC1, "domain controller, DNS");
    truth.host(DC2, "domain controller, DNS");
    truth.host(FILES, "file server");
    truth.host(PRINT_SERVER, "print server");
    truth.host(PRINTER1, "printer");
    truth.host(PRINTER2, "printer");
    truth.host(C2, "planted: C2 server (compromised lab VM)");
    truth.host(STAGING, "planted: staging server");
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < HOSTS; i++) {
      hosts.add(host(i));
      truth.host(host(i), "workstation");
    }
    SplittableRandom ad = random.split();
    SplittableRandom shares = random.split();
    SplittableRandom print = random.split();
    SplittableRandom web = random.split();
    SplittableRandom planted = random.split();

    for (String h : hosts) {
      SplittableRandom r = ad.split();
      String dc = r.nextBoolean() ? DC1 : DC2;
      // DNS for everything the host does: a Poisson stream, busier by day
      diurnal(r, 20, t -> conn(r, t, h, ephemeral(r), r.nextInt(4) == 0 ? DC2 : DC1, 53, false,
          ConnRecord.SERVICE_DNS, 300 + r.nextInt(3_000), 30 + r.nextInt(30), 60 + r.nextInt(200),
          FlowRecord.State.SF));
      // group policy refresh: 90 min plus a random 0-30 min offset, LDAP then SMB (SYSVOL)
      every(r, 5400, 7200, t -> {
        tcp(r, t, h, dc, 389, ConnRecord.ascii("ldap"), 50_000 + r.nextInt(300_000),
            1_500 + r.nextInt(2_000), 3_000 + r.nextInt(20_000));
        tcp(r, t + 400_000, h, dc, 445, ConnRecord.ascii("smb,gssapi"), 200_000 + r.nextInt(900_000),
            4_000 + r.nextInt(6_000), 8_000 + r.nextInt(40_000));
      });
      // Kerberos: tickets at logon and renewals, irregular
      diurnal(r, 2, t -> tcp(r, t, h, dc, 88, ConnRecord.ascii("krb_tcp"), 2_000 + r.nextInt(30_000),
          1_400 + r.nextInt(400), 1_500 + r.nextInt(900)));
    }
    truth.benign(new ScenarioTruth.Benign("active-directory", "east-west", List.of(HOSTS + " workstations"),
        List.of(DC1, DC2), 389, "ldap", 6300, "LDAP+SMB group-policy refresh every 90-120 min;"
            + " DNS and Kerberos as used", null, "domain traffic of every host"));

    for (String h : hosts) {
      SplittableRandom r = shares.split();
      diurnal(r, 3 + r.nextInt(5), t -> tcp(r, t, h, FILES, 445, ConnRecord.ascii("smb"),
          1_000_000 + r.nextLong(600 * TimeWindow.SECOND), 2_000 + r.nextInt(400_000),
          5_000 + r.nextInt(8_000_000)));
    }
    truth.benign(new ScenarioTruth.Benign("file-shares", "east-west", List.of(HOSTS + " workstations"),
        List.of(FILES), 445, "smb", 0, "opened and saved during working hours", null, "home drives"));

    for (String h : hosts) {
      SplittableRandom r = print.split();
      diurnal(r, 0.15, t -> tcp(r, t, h, PRINT_SERVER, 445, ConnRecord.ascii("smb"),
          500_000 + r.nextInt(3_000_000), 40_000 + r.nextInt(2_000_000), 2_000 + r.nextInt(3_000)));
    }
    for (String p : List.of(PRINTER1, PRINTER2)) {
      SplittableRandom r = print.split();
      diurnal(r, 1.5, t -> tcp(r, t, PRINT_SERVER, p, 9100, null, 1_000_000 + r.nextInt(20_000_000),
          40_000 + r.nextInt(2_000_000), 0));
      every(r, 118, 122, t -> conn(r, t, p, 5353, "224.0.0.251", 5353, false, ConnRecord.ascii("dns"),
          -1, 310 + r.nextInt(20), -1, FlowRecord.State.S0));
      every(r, 178, 182, t -> conn(r, t, p, 1900 + r.nextInt(2), "239.255.255.250", 1900, false, null,
          -1, 290 + r.nextInt(40), -1, FlowRecord.State.S0));
      every(r, 715, 725, t -> conn(r, t, p, 137, "10.50.255.255", 137, false, ConnRecord.ascii("dns"),
          -1, 50, -1, FlowRecord.State.S0));
    }
    truth.benign(new ScenarioTruth.Benign("printing", "east-west", List.of(HOSTS + " workstations", PRINT_SERVER),
        List.of(PRINT_SERVER, PRINTER1, PRINTER2), 9100, "-", 0, "print jobs as people print", null,
        "spooler to printers"));
    truth.benign(new ScenarioTruth.Benign("printer-discovery", "east-west", List.of(PRINTER1, PRINTER2),
        List.of("224.0.0.251", "239.255.255.250", "10.50.255.255"), 5353, "dns", 120,
        "mDNS every 120 s, SSDP every 180 s, NetBIOS broadcast every 720 s", null,
        "multicast and broadcast service discovery: not a transfer destination"));

    for (int i = 0; i < HOSTS; i += 3) {
      browse(web.split(), host(i), DC1, 3, CHROME);
    }

    String implant = host(planted.nextInt(HOSTS));
    String stager;
    do {
      stager = host(planted.nextInt(HOSTS));
    } while (stager.equals(implant));
    TlsProfile c2Tls = TlsProfile.draw(planted);
    BeatStats c2 = every(planted, 76, 104, t -> tls(planted, t, implant, C2, C2_PORT, null, c2Tls,
        40_000 + planted.nextInt(200_000), 250 + planted.nextInt(200), 90 + planted.nextInt(120)));
    truth.planted(new ScenarioTruth.Planted("internal-c2", implant, C2, C2, List.of(), C2_PORT, "ssl",
        "east-west", 90, "uniform 76-104 s", c2, "TLS without SNI from an implant to a lab VM on a high port"));

    String from = stager;
    BeatStats staging = new BeatStats();
    for (long slot = window.startMicros() + 47 * TimeWindow.MINUTE; slot < window.endMicros();
        slot += 2 * TimeWindow.HOUR) {
      long t = slot + planted.nextLong(8 * TimeWindow.MINUTE) - 4 * TimeWindow.MINUTE;
      long body = 15_000_000 + planted.nextLong(25_000_000);
      http(planted, t, from, STAGING, STAGING_PORT, STAGING + ":" + STAGING_PORT, HttpRecord.POST,
          "/upload", "python-requests/2.31.0", body, 17, 200, ScenarioWorld.JSON,
          body * TimeWindow.SECOND / (30_000_000 + planted.nextLong(40_000_000)));
      staging.beat(t, 1);
    }
    truth.planted(new ScenarioTruth.Planted("internal-staging", from, STAGING, STAGING, List.of(),
        STAGING_PORT, "http", "east-west", 7200, "every 2 h +/-4 min", staging,
        "HTTP POST of 15-40 MB to an internal staging host"));
  }
}
