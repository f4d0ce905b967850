package dev.cronhound.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The list shipped in core's resources parses, and every entry says where the vendor publishes it. */
class ShippedKnownServicesTest {

  static KnownServices shipped() throws Exception {
    try (InputStream in = KnownServices.class.getResourceAsStream("known-services.txt")) {
      assertThat(in).as("known-services.txt next to KnownServices").isNotNull();
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      return KnownServices.parse("known-services.txt", lines);
    }
  }

  @Test
  void everyEntryHasAVendorSourceAndACategory() throws Exception {
    KnownServices s = shipped();
    assertThat(s.entries()).hasSizeGreaterThan(60);
    assertThat(s.entries()).allSatisfy(e -> {
      assertThat(e.source()).as(e.origin()).matches("https?://[^ |]+");
      assertThat(e.vendor()).as(e.origin()).isNotBlank();
      assertThat(e.service()).as(e.origin()).isNotBlank();
      assertThat(e.category()).as(e.origin()).isNotNull();
      assertThat(e.origin()).startsWith("known-services.txt:");
    });
    Set<KnownServiceCategory> used = s.entries().stream().map(KnownService::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(KnownServiceCategory.class)));
    assertThat(used).as("every category has entries").isEqualTo(EnumSet.allOf(KnownServiceCategory.class));
    assertThat(s.entries().stream().map(e -> e.pattern() + " " + e.ports()).distinct().count())
        .as("no entry twice").isEqualTo(s.entries().size());
  }

  @Test
  void theChannelsOfTheIssueAreKnown() throws Exception {
    KnownServices s = shipped();
    assertThat(vendor(s, "settings-win.data.microsoft.com", List.of(), 443)).isEqualTo("Microsoft os_telemetry settings-win.data.microsoft.com");
    assertThat(vendor(s, "v10.events.data.microsoft.com", List.of(), 443)).isEqualTo("Microsoft os_telemetry events.data.microsoft.com");
    assertThat(vendor(s, "fe3cr.delivery.mp.microsoft.com", List.of(), 443)).isEqualTo("Microsoft os_update delivery.mp.microsoft.com");
    assertThat(vendor(s, "au.download.windowsupdate.com", List.of(), 80)).isEqualTo("Microsoft os_update windowsupdate.com");
    assertThat(vendor(s, "eu-v20.wdcp.microsoft.com", List.of(), 443)).isEqualTo("Microsoft antivirus wdcp.microsoft.com");
    assertThat(vendor(s, "epns.eset.com", List.of("38.90.226.10"), 8883)).isEqualTo("ESET antivirus epns.eset.com");
    assertThat(vendor(s, null, List.of("17.57.146.52"), 5223)).isEqualTo("Apple os_push 17.0.0.0/8");
    assertThat(vendor(s, "time.apple.com", List.of("17.253.4.125"), 123)).isEqualTo("Apple time_sync time.apple.com");
    assertThat(vendor(s, "2.pool.ntp.org", List.of(), 123)).isEqualTo("NTP Pool Project time_sync pool.ntp.org");
    assertThat(vendor(s, "r3.o.lencr.org", List.of(), 80)).isEqualTo("Let's Encrypt (ISRG) cert_revocation lencr.org");
    assertThat(vendor(s, "crl3.digicert.com", List.of(), 80)).isEqualTo("DigiCert cert_revocation crl*.digicert.com");
    assertThat(vendor(s, "update.googleapis.com", List.of(), 443)).isEqualTo("Google browser_update update.googleapis.com");
    assertThat(vendor(s, "clients2.google.com", List.of(), 443)).isEqualTo("Google os_telemetry clients*.google.com");
    assertThat(vendor(s, "aus5.mozilla.org", List.of(), 443)).isEqualTo("Mozilla browser_update aus5.mozilla.org");
    assertThat(vendor(s, "motd.ubuntu.com", List.of(), 443)).isEqualTo("Canonical os_telemetry motd.ubuntu.com");
  }

  @Test
  void lookalikesAndOtherPortsAreNotKnown() throws Exception {
    KnownServices s = shipped();
    assertThat(vendor(s, "evil-microsoft.com", List.of(), 443)).isEqualTo("none");
    assertThat(vendor(s, "update.microsoft.com.evil.net", List.of(), 443)).isEqualTo("none");
    assertThat(vendor(s, "windowsupdate.com-cdn.example", List.of(), 443)).isEqualTo("none");
    assertThat(vendor(s, "cdn.bad.example", List.of("203.0.113.10"), 443)).isEqualTo("none");
    assertThat(vendor(s, "epns.eset.com", List.of(), 4444)).isEqualTo("none");
    assertThat(vendor(s, "pool.ntp.org", List.of(), 443)).as("time entries are for NTP").isEqualTo("none");
    assertThat(vendor(s, null, List.of("17.57.146.52"), 4444)).isEqualTo("none");
  }

  static String vendor(KnownServices s, String name, List<String> addresses, int port) {
    return s.match(name, addresses, port).map(e -> e.vendor() + " " + e.category().id() + " " + e.pattern()).orElse("none");
  }
}
