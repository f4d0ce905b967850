package dev.cronhound.core.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownServicesTest {

  static final KnownServices LIST = KnownServices.parse("site.txt", List.of(
      "# a comment",
      "",
      "microsoft.com | * | os_update | Microsoft | everything | https://example.test/ms",
      "update.microsoft.com | * | os_update | Microsoft | Windows Update | https://example.test/wu",
      "crl*.digicert.com | 80,443 | cert_revocation | DigiCert | CRLs | https://example.test/dc",
      "*.push.apple.com | * | os_push | Apple | APNs | https://example.test/apns",
      "epns.eset.com | 8883,443 | antivirus | ESET | push | https://example.test/eset#ports",
      "17.0.0.0/8 | 5223 | os_push | Apple | APNs block | https://example.test/apple",
      "2620:149:a44::/48 | * | os_push | Apple | APNs v6 | https://example.test/apple6"));

  static String pattern(Optional<KnownService> s) {
    return s.map(KnownService::pattern).orElse("none");
  }

  @Test
  void suffixMatchesOnLabelBoundariesOnly() {
    assertThat(pattern(LIST.match("microsoft.com", List.of(), 443))).isEqualTo("microsoft.com");
    assertThat(pattern(LIST.match("login.microsoft.com", List.of(), 443))).isEqualTo("microsoft.com");
    assertThat(pattern(LIST.match("evil-microsoft.com", List.of(), 443))).isEqualTo("none");
    assertThat(pattern(LIST.match("evilmicrosoft.com", List.of(), 443))).isEqualTo("none");
    assertThat(pattern(LIST.match("update.microsoft.com.evil.net", List.of(), 443))).isEqualTo("none");
    assertThat(pattern(LIST.match("microsoft.com.evil.net", List.of(), 443))).isEqualTo("none");
    assertThat(pattern(LIST.match("com", List.of(), 443))).isEqualTo("none");
  }

  @Test
  void theMostSpecificEntryWins() {
    assertThat(pattern(LIST.match("fe3.delivery.update.microsoft.com", List.of(), 443))).isEqualTo("update.microsoft.com");
    assertThat(pattern(LIST.match("update.microsoft.com", List.of(), 443))).isEqualTo("update.microsoft.com");
    assertThat(pattern(LIST.match("www.microsoft.com", List.of(), 443))).isEqualTo("microsoft.com");
  }

  @Test
  void caseAndTrailingDotDoNotMatter() {
    assertThat(pattern(LIST.match("SETTINGS.Update.Microsoft.COM.", List.of(), 443))).isEqualTo("update.microsoft.com");
    assertThat(pattern(LIST.match("  Epns.ESET.com.  ", List.of(), 8883))).isEqualTo("epns.eset.com");
    assertThat(DomainPattern.parse("Update.Microsoft.COM.").toString()).isEqualTo("update.microsoft.com");
  }

  @Test
  void aStarMatchesWithinOneLabel() {
    assertThat(pattern(LIST.match("crl3.digicert.com", List.of(), 80))).isEqualTo("crl*.digicert.com");
    assertThat(pattern(LIST.match("crl.digicert.com", List.of(), 80))).isEqualTo("crl*.digicert.com");
    assertThat(pattern(LIST.match("ocsp.digicert.com", List.of(), 80))).isEqualTo("none");
    assertThat(pattern(LIST.match("1-courier.push.apple.com", List.of(), 5223))).isEqualTo("*.push.apple.com");
    assertThat(pattern(LIST.match("push.apple.com", List.of(), 5223))).as("* needs a label").isEqualTo("none");
  }

  @Test
  void portsLimitAnEntry() {
    assertThat(pattern(LIST.match("epns.eset.com", List.of(), 8883))).isEqualTo("epns.eset.com");
    assertThat(pattern(LIST.match("epns.eset.com", List.of(), 22))).isEqualTo("none");
    assertThat(pattern(LIST.match("crl4.digicert.com", List.of(), 8080))).isEqualTo("none");
  }

  @Test
  void addressesMatchPublishedBlocks() {
    assertThat(pattern(LIST.match(null, List.of("203.0.113.9", "17.57.144.20"), 5223))).isEqualTo("17.0.0.0/8");
    assertThat(pattern(LIST.match(null, List.of("17.57.144.20"), 443))).as("port").isEqualTo("none");
    assertThat(pattern(LIST.match(null, List.of("18.0.0.1"), 5223))).isEqualTo("none");
    assertThat(pattern(LIST.match(null, List.of("2620:149:a44::10"), 443))).isEqualTo("2620:149:a44::/48");
    assertThat(pattern(LIST.match("17.1.2.3", List.of(), 5223))).as("a name that is an address").isEqualTo("17.0.0.0/8");
    assertThat(pattern(LIST.match("cdn.bad.example", List.of("17.1.2.3"), 5223)))
        .as("an unknown name on a vendor block: the block decides").isEqualTo("17.0.0.0/8");
    assertThat(pattern(LIST.match(null, List.of("not-an-ip", "-"), 5223))).isEqualTo("none");
  }

  @Test
  void entriesKeepWhereTheyCameFrom() {
    KnownService e = LIST.match("epns.eset.com", List.of(), 8883).orElseThrow();
    assertThat(e.origin()).isEqualTo("site.txt:7");
    assertThat(e.source()).isEqualTo("https://example.test/eset#ports");
    assertThat(e.ports()).containsExactly(8883, 443);
    assertThat(e.category()).isEqualTo(KnownServiceCategory.ANTIVIRUS);
    assertThat(e.vendor()).isEqualTo("ESET");
    assertThat(e.service()).isEqualTo("push");
  }

  @Test
  void badLinesAreReportedAsFileAndLine() {
    List<String> lines = List.of(
        "# header",
        "microsoft.com | * | os_update | Microsoft | ok | https://example.test",
        "microsoft.com | * | os_update | Microsoft | https://example.test",
        "com | * | os_update | Everyone | tld | https://example.test",
        "evil.*.com | * | os_update | X | y | https://example.test",
        "update.*.com | * | os_update | X | y | https://example.test",
        "good.example | 99999 | os_update | X | y | https://example.test",
        "good.example | * | screensaver | X | y | https://example.test",
        "10.0.0.0/33 | * | os_update | X | y | https://example.test",
        "good.example | * | os_update |  | y | https://example.test",
        "good.example | * | os_update | X | y |  ",
        "bad_label!.example | * | os_update | X | y | https://example.test");
    assertThatThrownBy(() -> KnownServices.parse("mine.txt", lines))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.join("\n",
            "mine.txt:3: expected 6 fields 'pattern | ports | category | vendor | service | source', found 5",
            "mine.txt:4: domain pattern 'com' has one label: it would match a whole top-level domain",
            "mine.txt:5: domain pattern 'evil.*.com': a * is allowed only left of the last two labels",
            "mine.txt:6: domain pattern 'update.*.com': a * is allowed only left of the last two labels",
            "mine.txt:7: bad port '99999' (a number 0-65535, a comma-separated list, or *)",
            "mine.txt:8: unknown category 'screensaver' (one of os_update, os_telemetry, os_push, antivirus, time_sync, cert_revocation, browser_update)",
            "mine.txt:9: prefix length out of range in 10.0.0.0/33",
            "mine.txt:10: empty vendor",
            "mine.txt:11: empty source",
            "mine.txt:12: domain pattern 'bad_label!.example' has an empty or bad label 'bad_label!'"));
  }

  @Test
  void aSiteListGoesFirstOnEqualSpecificity() {
    KnownServices site = KnownServices.parse("site.txt", List.of(
        "update.microsoft.com | * | os_update | Contoso | our WSUS upstream | https://intranet.example/wsus"));
    KnownServices both = LIST.extendedBy(site);
    assertThat(both.match("x.update.microsoft.com", List.of(), 443).orElseThrow().vendor()).isEqualTo("Contoso");
    assertThat(both.entries()).hasSize(LIST.entries().size() + 1);
    assertThat(KnownServices.NONE.match("update.microsoft.com", List.of("17.1.1.1"), 5223)).isEmpty();
  }

  @Test
  void theModifierNamesVendorServiceCategoryAndEntry() {
    KnownServiceModifier m = new KnownServiceModifier(LIST, KnownServiceTunables.DEFAULTS);
    var part = m.part("epns.eset.com", List.of("38.90.226.10"), 8883).orElseThrow();
    assertThat(part.name()).isEqualTo("known_service");
    assertThat(part.role()).isEqualTo(dev.cronhound.core.finding.ScorePart.Role.MULTIPLIER);
    assertThat(part.value()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(part.note()).isEqualTo("ESET push (antivirus): entry epns.eset.com port 8883,443, site.txt:7");
    assertThat(m.part("cdn.bad.example", List.of("203.0.113.10"), 443)).isEmpty();
    assertThat(KnownServiceModifier.OFF.part("epns.eset.com", List.of(), 8883)).isEmpty();
    assertThat(new KnownServiceModifier(LIST, new KnownServiceTunables(0)).part("epns.eset.com", List.of(), 8883)
        .orElseThrow().value()).isEqualTo(1.0);
    assertThatThrownBy(() -> new KnownServiceTunables(1.5)).hasMessage("KnownServiceDiscount must be in [0, 1]");
  }
}
