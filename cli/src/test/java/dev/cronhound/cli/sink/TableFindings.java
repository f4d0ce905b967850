package dev.cronhound.cli.sink;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import java.util.List;

/** Fixed findings for the table's tests: short and long hosts and destinations, IPv6, an initiator. */
final class TableFindings {

  private TableFindings() {}

  static Finding beacon(String host, String ip, String domain, int port, String direction, double score,
      long beats, String schedule, double prevalence, long bytesOut) {
    return finding("BEACON", host, ip, domain, port, direction, score, beats, schedule, prevalence, bytesOut, null);
  }

  static Finding finding(String analytic, String host, String ip, String domain, int port, String direction,
      double score, long beats, String schedule, double prevalence, long bytesOut, Finding.Initiator initiator) {
    return new Finding(
        analytic,
        List.of("T1029"),
        host + " -> " + (domain != null ? domain : ip),
        score,
        Severity.of(score, 0.4, 0.6, 0.9),
        host,
        new Finding.Source(host),
        new Finding.Destination(ip, domain, port, domain == null ? "address" : "tls_sni", List.of(ip), null),
        initiator,
        1_767_571_200_000_000L,
        1_767_657_600_000_000L,
        beats,
        300,
        0.1,
        bytesOut,
        1000,
        List.of(new ScorePart("dispersion", 0.9, 0.3, "MAD"),
            ScorePart.multiplier("download", 1, "mostly sends"),
            ScorePart.multiplier("prevalence", prevalence, "hosts")),
        new Finding.Evidence(List.of(), List.of(), (int) beats, beats, 0, schedule, List.of(), List.of()),
        List.of(),
        direction,
        score);
  }

  /** Eight findings: network and endpoint, IPv4 and IPv6, short and long names, every direction. */
  static List<Finding> all() {
    Finding.Initiator task = new Finding.Initiator("\\Microsoft\\Windows\\Maintenance\\CacheSync", "TaskScheduler 129",
        null, null, null, "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "powershell -nop", "CORP\\bob",
        "Medium", List.of());
    Finding.Initiator image = new Finding.Initiator(null, null, null, null, null, "C:\\Users\\bob\\AppData\\svcupd.exe",
        null, null, null, List.of());
    return List.of(
        finding("AN1118", "WS02.corp.example", "203.0.113.9", "sync.cachecdn-updates.net", 443, "outbound", 0.934,
            148, "every 1h (jitter 3%)", 1, 248_700_000L, task),
        beacon("10.10.0.12", "198.51.100.7", "cdn-telemetry.example-c2.net", 443, "outbound", 0.91, 288,
            "every 5m (jitter 12%)", 1, 1_234_567L),
        beacon("2001:db8:85a3:1234:5678:8a2e:370:7334", "2001:db8:ffff:abcd:ef01:2345:6789:abcd", null, 8443,
            "outbound", 0.88, 1204, "every 10m (jitter 5%)", 0.85, 52_000L),
        beacon("10.10.0.15", "192.0.2.44",
            "telemetry-upload.eu-west-3.storage-accelerator.very-long-subdomain.example.co.uk", 443, "outbound", 0.81,
            7, "daily at 02:13 UTC (jitter 1%)", 1, 3_900_000_000L),
        finding("AN1113", "WS04.corp.example", "192.0.2.88", null, 8443, "outbound", 0.77, 957,
            "every 10m (jitter 8%)", 0.9, 100_500_000L, image),
        beacon("203.0.113.50", "10.20.0.5", null, 80, "inbound", 0.7, 864, "every 5m (jitter 20%)", 0.41, -1),
        beacon("10.20.0.7", "10.20.0.9", "stage.corp.example", 445, "east-west", 0.64, 30, "every 2h (jitter 9%)",
            1, 80_000_000L),
        beacon("10.10.0.200", "151.101.2.132", "security.debian.org", 80, "outbound", 0.61, 14,
            "every 11h50m (jitter 2%)", 0.73, 9_900L));
  }
}
