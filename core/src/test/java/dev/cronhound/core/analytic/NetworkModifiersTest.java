package dev.cronhound.core.analytic;

import static dev.cronhound.core.analytic.Views.H;
import static dev.cronhound.core.analytic.Views.S;
import static dev.cronhound.core.analytic.Views.T0;
import static dev.cronhound.core.analytic.Views.every;
import static dev.cronhound.core.analytic.Views.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cronhound.core.channel.Direction;
import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.finding.ScorePart;
import dev.cronhound.core.rhythm.RhythmTunables;
import dev.cronhound.core.tuning.DestinationAllowlist;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The context modifiers with exact values: prevalence by direction, the min-hosts rule, download, coverage. */
class NetworkModifiersTest {

  static final BeaconTunables T = BeaconTunables.DEFAULTS;
  static final long[] BEATS = every(T0, 300, 20);

  static ChannelView ch(String host, String dest, Direction d) {
    return view(host, dest, 443, d, BEATS, 100, 100);
  }

  @Test
  void outboundPrevalenceCountsLocalHostsTalkingToTheDestination() {
    List<ChannelView> cs = List.of(ch("10.0.0.1", "c2.example", Direction.OUTBOUND),
        ch("10.0.0.2", "c2.example", Direction.OUTBOUND), ch("10.0.0.3", "c2.example", Direction.OUTBOUND),
        ch("10.0.0.4", "other.example", Direction.OUTBOUND));
    Prevalence p = Prevalence.of(cs);
    assertThat(p.hostsOf(cs.get(0))).isEqualTo(3);
    ScorePart part = Prevalence.part(Direction.OUTBOUND, 3, 8, T);
    assertThat(part.value()).isCloseTo(1 - 0.9 * 2 / 7, within(1e-12));
    assertThat(part.note()).isEqualTo("3 of 8 local hosts talk to this destination");
    assertThat(part.role()).isEqualTo(ScorePart.Role.MULTIPLIER);
  }

  @Test
  void inboundPrevalenceIsTheShareOfLocalHostsTheExternalClientPollsNotEveryExternalAddress() {
    List<ChannelView> cs = new ArrayList<>();
    // the controller polls one local server; 50 scanners hit the same server too
    cs.add(ch("198.51.100.7", "10.0.0.80", Direction.INBOUND));
    for (int i = 1; i <= 50; i++) {
      cs.add(ch("203.0.113." + i, "10.0.0.80", Direction.INBOUND));
    }
    // one scanner sweeps four local hosts
    for (int i = 1; i <= 4; i++) {
      cs.add(ch("192.0.2.66", "10.0.0." + i, Direction.INBOUND));
    }
    Prevalence p = Prevalence.of(cs);
    assertThat(p.hostsOf(cs.get(0))).isEqualTo(1);
    assertThat(Prevalence.value(p.hostsOf(cs.get(0)), 10, T)).isEqualTo(1.0);
    ChannelView sweep = cs.get(cs.size() - 1);
    assertThat(p.hostsOf(sweep)).isEqualTo(4);
    ScorePart part = Prevalence.part(Direction.INBOUND, 4, 10, T);
    assertThat(part.value()).isCloseTo(1 - 0.9 * 3 / 9, within(1e-12));
    assertThat(part.note()).isEqualTo("this external client talks to 4 of 10 local hosts");
  }

  @Test
  void eastWestPrevalenceCountsLocalHostsTalkingToTheLocalDestination() {
    List<ChannelView> cs = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      cs.add(ch("10.0.0." + i, "10.0.9.9", Direction.EAST_WEST));
    }
    // an outbound channel to the same address is another population
    cs.add(ch("10.0.0.6", "10.0.9.9", Direction.OUTBOUND));
    Prevalence p = Prevalence.of(cs);
    assertThat(p.hostsOf(cs.get(0))).isEqualTo(5);
    assertThat(p.hostsOf(cs.get(5))).isEqualTo(1);
    ScorePart part = Prevalence.part(Direction.EAST_WEST, 5, 10, T);
    assertThat(part.value()).isCloseTo(0.6, within(1e-12));
    assertThat(part.note()).isEqualTo("5 of 10 local hosts talk to this local destination");
  }

  @Test
  void prevalenceDoesNotApplyBelowPrevalenceMinHosts() {
    ScorePart office = Prevalence.part(Direction.OUTBOUND, 2, 2, T);
    assertThat(office.value()).isEqualTo(1.0);
    assertThat(office.note()).isEqualTo("2 of 2 local hosts talk to this destination: not applied under 5 local hosts (PrevalenceMinHosts)");
    assertThat(Prevalence.value(4, 4, T)).isEqualTo(1.0);
    assertThat(Prevalence.value(5, 5, T)).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void downloadSparesAHeartbeatWithSmallSteadyAnswers() {
    // HTTP 200 with 400-byte answers to 100-byte requests every 300 s: 20% up
    ChannelView heartbeat = view("10.0.0.5", "203.0.113.10", 80, Direction.OUTBOUND, BEATS, 100, 400);
    ScorePart p = DownloadShape.part(heartbeat.bytesOut(), heartbeat.bytesIn(), heartbeat.episodes(), T);
    assertThat(p.value()).isEqualTo(1.0);
    assertThat(p.note()).isEqualTo("2.0 KiB out, 7.8 KiB in over the channel (20% up): it mostly receives, but small steady"
        + " answers (median 400 B in per beat, MAD 0%) are a heartbeat's replies, not a download");
  }

  @Test
  void downloadLowersLargeOrVaryingAnswers() {
    ChannelView update = view("10.0.0.5", "updates.example", 443, Direction.OUTBOUND, BEATS, 250_000, 1_000_000);
    ScorePart large = DownloadShape.part(update.bytesOut(), update.bytesIn(), update.episodes(), T);
    assertThat(large.value()).isCloseTo(0.8, within(1e-12));
    assertThat(large.note()).endsWith("it mostly receives large or varying answers (median 976.6 KiB in per beat, MAD 0%): an update check, a download");
    long[] in = new long[BEATS.length];
    for (int i = 0; i < in.length; i++) {
      in[i] = i % 2 == 0 ? 200 : 600;
    }
    ChannelView varying = view("10.0.0.5", "203.0.113.10", 443, Direction.OUTBOUND, BEATS, Views.filled(BEATS.length, 100), in, Map.of());
    ScorePart v = DownloadShape.part(varying.bytesOut(), varying.bytesIn(), varying.episodes(), T);
    assertThat(v.value()).isCloseTo(0.8, within(1e-12));
    assertThat(v.note()).contains("(median 400 B in per beat, MAD 50%)");
  }

  @Test
  void coverageIsMeasuredOverTheActiveSpanWithinTheObservedSpan() {
    // a C2 address active 6 h (every 600 s) in a 171 h window; the source is observed throughout
    ChannelView c = view("10.0.0.5", "203.0.113.10", 447, Direction.OUTBOUND, every(T0 + 50 * H, 600, 37), 300, 300);
    NetworkBeacon.Result r = NetworkBeacon.analyze(Views.input(List.of(c), List.of(), 1, T0, T0 + 171 * H),
        RhythmTunables.DEFAULTS, T, DestinationAllowlist.empty(), 0);
    ScorePart coverage = part(r.findings().get(0), "coverage");
    assertThat(coverage.value()).isEqualTo(1.0);
    assertThat(coverage.note()).isEqualTo("beats in 37 of 37 period-long slots while active (6.0 h of a 171.0 h window)");
    // the same source observed only from hour 48 to hour 60: its window is those 12 h
    NetworkBeacon.Input seen = new NetworkBeacon.Input(List.of(c), List.of(), 1,
        a -> new long[] {T0 + 48 * H, T0 + 60 * H}, T0, T0 + 171 * H);
    ScorePart clipped = part(NetworkBeacon.analyze(seen, RhythmTunables.DEFAULTS, T, DestinationAllowlist.empty(), 0)
        .findings().get(0), "coverage");
    assertThat(clipped.note()).isEqualTo("beats in 37 of 37 period-long slots while active (6.0 h of a 12.0 h window)");
    // a missed beat in the middle is one empty slot of 38
    long[] gap = every(T0, 600, 38);
    long[] missed = new long[37];
    System.arraycopy(gap, 0, missed, 0, 18);
    System.arraycopy(gap, 19, missed, 18, 19);
    ChannelView m = view("10.0.0.5", "203.0.113.10", 447, Direction.OUTBOUND, missed, 300, 300);
    ScorePart one = part(NetworkBeacon.analyze(Views.input(List.of(m), List.of(), 1, T0, T0 + 171 * H),
        RhythmTunables.DEFAULTS, T, DestinationAllowlist.empty(), 0).findings().get(0), "coverage");
    assertThat(one.value()).isCloseTo(37.0 / 38, within(1e-12));
  }

  @Test
  void nearPerfectRhythmIsReportedAtMinScoreZeroWhateverItsModifiers() {
    // ten hosts all fetch large updates every 300 s: prevalence 0.1, download 0.8
    List<ChannelView> cs = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      cs.add(view("10.0.0." + i, "updates.example", 443, Direction.OUTBOUND, every(T0 + i * S, 300, 200), 1000, 900_000));
    }
    NetworkBeacon.Result r = NetworkBeacon.analyze(Views.input(cs, List.of(), 10, T0, T0 + 20 * H),
        RhythmTunables.DEFAULTS, T, DestinationAllowlist.empty(), 0);
    assertThat(r.findings()).hasSize(10).allSatisfy(f -> {
      assertThat(f.rhythmScore()).isGreaterThan(0.95);
      assertThat(f.score()).isCloseTo(f.rhythmScore() * 0.1 * 0.8, within(1e-9));
      assertThat(f.scoreParts()).extracting(ScorePart::name).endsWith("download", "time_sync", "chance", "prevalence");
    });
  }

  static ScorePart part(Finding f, String name) {
    return f.scoreParts().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
