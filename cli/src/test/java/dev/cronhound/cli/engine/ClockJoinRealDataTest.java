package dev.cronhound.cli.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.cli.TestClock;
import dev.cronhound.core.channel.ChannelTunables;
import dev.cronhound.core.correlate.ClockOffset;
import dev.cronhound.core.correlate.CorrelationTunables;
import dev.cronhound.core.correlate.EndpointCorrelator;
import dev.cronhound.core.correlate.InitiatorChannel;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.tuning.DestinationAllowlist;
import dev.cronhound.core.tuning.ParentProcessBaseline;
import dev.cronhound.core.tuning.TunableOverrides;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OTRF LSASS campaign 02 capture (src/test/resources/otrf-lsass-campaign02/: ACCT01's Sysmon
 * event 3 and Security 5156 records, the payload's process chain, and the sensor's whole conn.log):
 * the host's records are 19 h behind the sensor (the export's TimeCreated), spread over 32 s (Sysmon
 * logs connections late). The offset is estimated from the 112 unambiguous 5-tuple matches (the
 * same figure a separate script computes from the files: median of TimeCreated - ts over tuples
 * seen once on each side, the two logs' records of one socket merged), and the payload's two
 * connections to its handler join their flows, bytes known, with image, user and parent chain.
 */
class ClockJoinRealDataTest {

  static final Path DIR = Path.of("src", "test", "resources", "otrf-lsass-campaign02");
  static final ClockOffset ACCT01 =
      new ClockOffset("ACCT01.pandalab.com", 112, 112, -68_403_320_705L, 32_481_445L, 5);

  static HuntResult hunt(Map<String, String> tunes) {
    return Hunt.run(
        HuntSettings.of(List.of(DIR.toString()), null, Long.MIN_VALUE, Long.MAX_VALUE, tunes,
            new DestinationAllowlist(List.of()), ParentProcessBaseline.empty(), 0.0, 0),
        new ByteArrayInputStream(new byte[0]), TestClock.get());
  }

  @Test
  void theHuntEstimatesTheHostsClockAndJoinsItsConnections() {
    HuntResult r = hunt(Map.of("IncludeInternalDestinations", "true"));
    assertThat(r.endpoint().clocks()).containsExactly(ACCT01);
    assertThat(r.endpoint().clocks().get(0).describe()).isEqualTo(
        "ACCT01.pandalab.com: clock -68403 s (-19.0 h) against the sensor (spread 32 s), from 112 matches");
    assertThat(r.endpoint().state().attributed() + r.endpoint().state().unattributed()).isEqualTo(254);
    assertThat(r.endpoint().joinedFlows()).as("of 119 flows; before the clock estimate: 0").isEqualTo(116);
  }

  @Test
  void connectionsNoChannelWantsStillTellTheClock() {
    HuntResult r = hunt(Map.of());
    assertThat(r.endpoint().clocks()).as("the lab's destinations are all internal").containsExactly(ACCT01);
    assertThat(r.endpoint().joinedFlows()).isZero();
  }

  @Test
  void withoutEnoughMatchesNoOffsetIsAppliedAndTheSummarySaysSo() {
    HuntResult r = hunt(Map.of("IncludeInternalDestinations", "true", "ClockMinMatches", "113"));
    assertThat(r.endpoint().clocks()).containsExactly(new ClockOffset("ACCT01.pandalab.com", 112, 112, 0, 0, 113));
    assertThat(r.endpoint().joinedFlows()).isZero();
  }

  @Test
  void thePayloadsConnectionsJoinTheirFlowsWithImageUserAndParentChain() {
    ReadReport report = new ReadReport();
    List<InputFile> files = Inputs.discover(List.of(DIR.toString()), null, report, new ByteArrayInputStream(new byte[0]));
    EndpointStage stage = new EndpointStage();
    List<Flow> flows = new ArrayList<>();
    for (InputFile f : files) {
      Inputs.read(f, e -> {
        if (e instanceof Flow flow) {
          flows.add(flow);
        } else {
          stage.accept(e);
        }
      }, report);
    }
    ChannelTunables channel =
        TunableOverrides.apply(ChannelTunables.DEFAULTS, Map.of("IncludeInternalDestinations", "true"));
    EndpointCorrelator correlator = new EndpointCorrelator(CorrelationTunables.DEFAULTS, channel, null);
    stage.drainTo(correlator);
    correlator.finish();
    List<Event> unjoined = new ArrayList<>();
    for (Flow f : flows) {
      correlator.flows().offer(f, unjoined::add);
    }
    correlator.flows().finish(unjoined::add);
    assertThat(flows).hasSize(119);
    assertThat(unjoined).hasSize(3);

    List<InitiatorChannel> payload = correlator.channels().stream()
        .filter(c -> c.key().imageName().equals("winx64_payload.exe"))
        .toList();
    assertThat(payload).hasSize(1);
    InitiatorChannel c = payload.get(0);
    assertThat(c.destination()).isEqualTo("10.0.5.13");
    assertThat(c.commonPort()).isEqualTo(4433);
    assertThat(c.host()).isEqualTo("ACCT01.pandalab.com");
    assertThat(c.connections()).as("Sysmon 3 and Security 5156 of each of two sockets").isEqualTo(4);
    assertThat(c.joined()).isEqualTo(2);
    assertThat(c.bytesOut()).isZero();
    assertThat(c.bytesIn()).as("Zeek's resp_bytes of 51745 and 51746").isEqualTo(204_018L + 1_151_667L);
    assertThat(c.image()).isEqualTo("C:\\Users\\NORA~1.QUE\\AppData\\Local\\Temp\\RarSFX1\\winx64_payload.exe");
    assertThat(c.user()).isEqualTo("PANDALAB\\nora.quemona");
    assertThat(c.lineage().describe()).isEqualTo(
        "[explorer.exe] > happy_image.jpeg.exe > winx64_payload.exe");
  }
}
