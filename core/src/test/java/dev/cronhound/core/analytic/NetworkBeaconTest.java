package dev.cronhound.core.analytic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.channel.ChannelTable;
import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.context.KnownServiceModifier;
import dev.cronhound.core.context.KnownServiceTunables;
import dev.cronhound.core.context.KnownServices;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.TlsSession;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.finding.Severity;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NetworkBeaconTest {

  static final long T0 = 1_767_571_200_000_000L; // 2026-01-05T00:00:00Z (Monday)
  static final long S = 1_000_000L;

  int line;

  Flow flow(long ts, String uid, String src, String dst, int port, long out) {
    return flow(ts, uid, src, dst, port, out, 500);
  }

  Flow flow(long ts, String uid, String src, String dst, int port, long out, long in) {
    return new Flow(ts, uid, src, 40000, dst, port, "tcp", "ssl", S, out, in, "SF", new Origin("conn.log", ++line));
  }

  ChannelTable estate(SplittableRandom r) {
    ChannelTable t = new ChannelTable(ChannelTunables.DEFAULTS, 1.0, Long.MIN_VALUE, Long.MAX_VALUE);
    // 10.0.0.5: beacon every 300 s with 30% jitter to an SNI-named host, 2 days
    long now = T0;
    int n = 0;
    while (now < T0 + 2 * 86400 * S) {
      String uid = "CB" + n++;
      t.accept(new TlsSession(now, uid, "10.0.0.5", 40000, "203.0.113.10", 443, "cdn.bad.example", "TLSv12", null, new Origin("ssl.log", n)));
      t.accept(flow(now, uid, "10.0.0.5", "203.0.113.10", 443, 900 + r.nextInt(50)));
      now += (long) (300 * S * (1 - 0.3 * r.nextDouble()));
    }
    // 10.0.0.6: irregular browsing to a site (Poisson, mean 300 s)
    now = T0;
    while (now < T0 + 2 * 86400 * S) {
      t.accept(flow(now, null, "10.0.0.6", "198.51.100.20", 443, 2000 + r.nextInt(4000)));
      now += (long) (-300 * S * Math.log(1 - r.nextDouble()));
    }
    // every host: NTP every 1024 s to the same server (regular but prevalent)
    for (int h = 5; h <= 14; h++) {
      for (long ts = T0 + h * S; ts < T0 + 2 * 86400 * S; ts += 1024 * S) {
        t.accept(flow(ts, null, "10.0.0." + h, "192.0.2.123", 123, 48, 48));
      }
    }
    return t;
  }

  @Test
  void jitteredBeaconRanksFirstWithItsWhy() {
    ChannelTable t = estate(new SplittableRandom(42));
    NetworkBeacon.Result r = NetworkBeacon.analyze(t, RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty());
    Finding top = r.findings().get(0);
    assertThat(top.host()).isEqualTo("10.0.0.5");
    assertThat(top.destination().domain()).isEqualTo("cdn.bad.example");
    assertThat(top.destination().namedBy()).isEqualTo("tls_sni");
    assertThat(top.destination().port()).isEqualTo(443);
    assertThat(top.periodSeconds()).isBetween(230.0, 280.0);
    assertThat(top.score()).isGreaterThan(0.75);
    assertThat(top.severity()).isIn(Severity.HIGH, Severity.CRITICAL);
    assertThat(top.technique()).containsExactly("T1029", "T1020", "T1071");
    assertThat(top.scoreParts()).extracting(ScorePart::name)
        .containsExactly("dispersion", "skew", "histogram", "coverage", "time_of_day", "size", "download", "time_sync", "chance", "prevalence");
    assertThat(top.evidence().timestampsMicros()).hasSize(20);
    assertThat(top.evidence().logRefs()).hasSize(4).allSatisfy(ref -> assertThat(ref).startsWith("conn.log:"));
    assertThat(top.silenceWith()).extracting(Finding.Silencer::how).first().isEqualTo("--allow-dest cdn.bad.example");
    assertThat(top.title()).startsWith("10.0.0.5 -> cdn.bad.example:443 every 4m");
  }

  @Test
  void poissonBrowsingAndPrevalentNtpScoreLow() {
    NetworkBeacon.Result r = NetworkBeacon.analyze(estate(new SplittableRandom(7)), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty());
    List<Finding> others = r.findings().subList(1, r.findings().size());
    assertThat(others).isNotEmpty().allSatisfy(f -> assertThat(f.score()).as(f.title()).isLessThan(0.5));
    Finding ntp = others.stream().filter(f -> f.destination().port() == 123).findFirst().orElseThrow();
    ScorePart prevalence = ntp.scoreParts().get(ntp.scoreParts().size() - 1);
    assertThat(prevalence.value()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(prevalence.note()).isEqualTo("10 of 10 local hosts talk to this destination");
    ScorePart timeSync = ntp.scoreParts().stream().filter(p -> p.name().equals("time_sync")).findFirst().orElseThrow();
    assertThat(timeSync.role()).isEqualTo(ScorePart.Role.MULTIPLIER);
    assertThat(timeSync.value()).as(timeSync.note()).isEqualTo(0.5);
  }

  @Test
  void channelsWhosePrevalenceAloneKeepsThemUnderTheReportingScoreAreNotScored() {
    NetworkBeacon.Result all = NetworkBeacon.analyze(estate(new SplittableRandom(3)), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty());
    NetworkBeacon.Result reported = NetworkBeacon.analyze(estate(new SplittableRandom(3)), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty(), 0.5);
    assertThat(reported.belowByPrevalence()).as("the 10 NTP channels: multiplier 0.1").isEqualTo(10);
    assertThat(reported.scored()).isEqualTo(all.scored() - 10);
    assertThat(reported.findings()).extracting(Finding::title)
        .isEqualTo(all.findings().stream().filter(f -> f.score() >= 0.5).map(Finding::title).toList());
  }

  @Test
  void theBestChannelUnderTheReportingScoreIsKeptAsAFinding() {
    NetworkBeacon.Result all = NetworkBeacon.analyze(estate(new SplittableRandom(3)), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty());
    double top = all.findings().get(0).score();
    NetworkBeacon.Result none = NetworkBeacon.analyze(estate(new SplittableRandom(3)), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty(), top + 0.01);
    assertThat(none.findings()).isEmpty();
    assertThat(none.bestBelow()).isNotNull();
    assertThat(none.bestBelow().title()).isEqualTo(all.findings().get(0).title());
    assertThat(none.bestBelow().score()).isEqualTo(top);
    assertThat(all.bestBelow()).as("everything reported: nothing below").isNull();
  }

  @Test
  void allowlistedDestinationIsSilencedAndCounted() {
    NetworkBeacon.Result r = NetworkBeacon.analyze(estate(new SplittableRandom(1)), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS,
        new DestinationAllowlist(List.of("*.bad.example")));
    assertThat(r.findings()).noneMatch(f -> "cdn.bad.example".equals(f.destination().domain()));
    assertThat(r.silenced()).isEqualTo(1);
  }

  @Test
  void dailyJobAtTheSameTimeIsDescribedAsDaily() {
    ChannelTable t = new ChannelTable(ChannelTunables.DEFAULTS, 1.0, Long.MIN_VALUE, Long.MAX_VALUE);
    SplittableRandom r = new SplittableRandom(5);
    for (int day = 0; day < 14; day++) {
      if (day == 4 || day == 9) {
        continue;
      }
      long start = T0 + day * 86400 * S + (2 * 3600 + 13 * 60) * S + r.nextInt(120) * S;
      for (int i = 0; i < 5; i++) {
        t.accept(flow(start + i * 15 * S, null, "10.0.0.9", "203.0.113.77", 443, 5_000_000));
      }
    }
    Finding f = NetworkBeacon.analyze(t, RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS, DestinationAllowlist.empty()).findings().get(0);
    assertThat(f.count()).isEqualTo(12);
    assertThat(f.evidence().schedule()).startsWith("daily at 02:1");
    assertThat(f.evidence().connections()).isEqualTo(60);
    assertThat(f.bytesOut()).isEqualTo(60 * 5_000_000L);
    assertThat(f.score()).isGreaterThan(0.8);
  }

  /** One host polling {@code sni} every 300 s (10% jitter) for a day, small constant answers. */
  ChannelTable polling(String sni) {
    ChannelTable t = new ChannelTable(ChannelTunables.DEFAULTS, 1.0, Long.MIN_VALUE, Long.MAX_VALUE);
    SplittableRandom r = new SplittableRandom(11);
    long now = T0;
    int n = 0;
    while (now < T0 + 86400 * S) {
      String uid = "CK" + n++;
      t.accept(new TlsSession(now, uid, "10.0.0.7", 40000, "20.42.65.90", 443, sni, "TLSv13", null, new Origin("ssl.log", n)));
      t.accept(flow(now, uid, "10.0.0.7", "20.42.65.90", 443, 1200, 600));
      now += (long) (300 * S * (1 - 0.1 * r.nextDouble()));
    }
    return t;
  }

  static final KnownServiceModifier KNOWN = new KnownServiceModifier(
      KnownServices.parse("known-services.txt", List.of(
          "# test list",
          "settings-win.data.microsoft.com | * | os_telemetry | Microsoft | Windows settings | https://example.test/ms")),
      KnownServiceTunables.DEFAULTS);

  @Test
  void aKnownVendorChannelIsLoweredByANamedModifierNotSilenced() {
    Finding off = NetworkBeacon.analyze(polling("settings-win.data.microsoft.com"), RhythmTunables.DEFAULTS,
        BeaconTunables.DEFAULTS, DestinationAllowlist.empty(), KnownServiceModifier.OFF, 0).findings().get(0);
    NetworkBeacon.Result r = NetworkBeacon.analyze(polling("settings-win.data.microsoft.com"), RhythmTunables.DEFAULTS,
        BeaconTunables.DEFAULTS, DestinationAllowlist.empty(), KNOWN, 0);
    assertThat(r.findings()).hasSize(1);
    assertThat(r.silenced()).isZero();
    Finding on = r.findings().get(0);
    ScorePart known = on.scoreParts().get(on.scoreParts().size() - 1);
    assertThat(known.name()).isEqualTo("known_service");
    assertThat(known.role()).isEqualTo(ScorePart.Role.MULTIPLIER);
    assertThat(known.value()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(known.note()).isEqualTo(
        "Microsoft Windows settings (os_telemetry): entry settings-win.data.microsoft.com, known-services.txt:2");
    assertThat(off.scoreParts()).extracting(ScorePart::name).doesNotContain("known_service");
    assertThat(off.score()).as("a regular poller").isGreaterThan(0.6);
    assertThat(on.score()).isCloseTo(off.score() * 0.3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(on.rhythmScore()).isEqualTo(off.rhythmScore());
    assertThat(on.silenceWith().get(0)).isEqualTo(off.silenceWith().get(0));
    assertThat(on.silenceWith().get(0).how()).isEqualTo("--allow-dest settings-win.data.microsoft.com");
    assertThat(on.title()).isEqualTo(off.title());
  }

  @Test
  void anUnknownDestinationHasNoKnownServicePart() {
    Finding f = NetworkBeacon.analyze(polling("cdn.bad.example"), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS,
        DestinationAllowlist.empty(), KNOWN, 0).findings().get(0);
    Finding off = NetworkBeacon.analyze(polling("cdn.bad.example"), RhythmTunables.DEFAULTS, BeaconTunables.DEFAULTS,
        DestinationAllowlist.empty(), KnownServiceModifier.OFF, 0).findings().get(0);
    assertThat(f.scoreParts()).extracting(ScorePart::name)
        .containsExactly("dispersion", "skew", "histogram", "coverage", "time_of_day", "size", "download", "time_sync", "chance", "prevalence");
    assertThat(f.score()).isEqualTo(off.score());
  }

  @Test
  void theKnownServiceDiscountKeepsAKnownChannelBelowTheReportingScore() {
    NetworkBeacon.Result r = NetworkBeacon.analyze(polling("settings-win.data.microsoft.com"), RhythmTunables.DEFAULTS,
        BeaconTunables.DEFAULTS, DestinationAllowlist.empty(), KNOWN, 0.6);
    assertThat(r.findings()).isEmpty();
    assertThat(r.scored()).isEqualTo(1);
  }
}
