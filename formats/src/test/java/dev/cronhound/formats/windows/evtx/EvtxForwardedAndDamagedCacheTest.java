package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.windows.WindowsRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two shapes of issue 12: a forwarded (WEC) event written without a template, and a chunk whose
 * header checksum is bad (a damaged string cache) while its records are sound.
 */
class EvtxForwardedAndDamagedCacheTest {

  private static final Path DIR = EvtxFixtures.DIR.resolve("evtx-rs-samples");

  /**
   * Expected values: the evtx crate's rendering of this record (its snapshot
   * test_record_samples__event_json_with_multiple_data_elements), checked against the bytes;
   * python-evtx 0.6.1 and evtxexport 20181227 cannot read this record.
   */
  @Test
  void forwardedEventWithoutTemplate() {
    EvtxFixtures.Read r = EvtxFixtures.read(DIR.resolve("MSExchange_Management_wec.evtx"), 1);
    assertThat(r.report().malformedCount()).isZero();
    assertThat(r.records()).hasSize(1);
    WindowsRecord e = r.records().get(0);
    assertThat(e.origin().line()).isEqualTo(4608L);
    assertThat(e.recordId()).isEqualTo(3229L);
    assertThat(e.eventId()).isEqualTo(1);
    assertThat(e.provider()).isEqualTo("MSExchange CmdletLogs");
    assertThat(e.channel()).isEqualTo("MSExchange Management");
    assertThat(e.computer()).isEqualTo("WEC.ave.local");
    assertThat(e.userSid()).isNull();
    assertThat(e.processId()).isEqualTo(-1L);
    // 2021-11-19T16:52:33.833733500Z, written as text (9 fraction digits), to the microsecond
    assertThat(e.timeCreatedMicros())
        .isEqualTo(Instant.parse("2021-11-19T16:52:33.833733Z").toEpochMilli() * 1000 + 733);
    List<String> values =
        List.of(
            "Set-Mailbox",
            "-Identity \"Administrateur\" -DeliverToMailboxAndForward \"False\" -ForwardingSmtpAddress \"smtp:test2@example.com\"",
            "ave.local/Users/Administrateur",
            "S-1-5-21-186559946-3925841745-111227986-500",
            "S-1-5-21-186559946-3925841745-111227986-500",
            "Remote-ManagementShell-Unknown",
            "5668 w3wp#MSExchangePowerShellAppPool",
            "",
            "5",
            "00:00:26.0389557",
            "Afficher la forêt entière : 'False', Portée par défaut : « ave.local », Configuration du"
                + " contrôleur de domaine : « DC.ave.local », Catalogue global préféré : « DC.ave.local »,"
                + " Contrôleurs de domaine préférés : « { DC.ave.local } »",
            "", "", "", "", "", "",
            "False",
            "",
            "0 objects execution has been proxied to remote server.",
            "", "",
            "0",
            "ActivityId: a3591746-a27b-447a-b8be-ff54ae3a46f1",
            "ServicePlan:;IsAdmin:True;",
            "",
            "fr-FR");
    java.util.LinkedHashMap<String, String> want = new java.util.LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      want.put("#" + (i + 1), values.get(i));
    }
    assertThat(e.data()).containsExactlyEntriesOf(want);
  }

  /**
   * Two bytes of chunk 0's string cache differ from security.evtx: its header checksum is bad, its
   * 91 records are sound. evtxexport and the evtx crate read 2,261 records, as security.evtx has.
   */
  @Test
  void chunkWithBadHeaderChecksumIsReadRecordByRecord() {
    EvtxFixtures.Read bad = EvtxFixtures.read(DIR.resolve("security_bad_string_cache.evtx"), 1);
    EvtxFixtures.Read good = EvtxFixtures.read(DIR.resolve("security.evtx"), 1);
    assertThat(bad.records()).hasSize(2261);
    assertThat(bad.report().recordsByFormat()).isEqualTo(Map.of("evtx", 2261L));
    assertThat(bad.report().problemSamples())
        .containsExactly(
            new ReadReport.Problem(
                "security_bad_string_cache.evtx", 4096, "chunk 0: bad header checksum; records read one by one"));
    for (int i = 0; i < good.records().size(); i++) {
      WindowsRecord g = good.records().get(i);
      WindowsRecord b = bad.records().get(i);
      assertThat(b.origin().line()).isEqualTo(g.origin().line());
      assertThat(b).usingRecursiveComparison().ignoringFields("origin").isEqualTo(g);
    }
    EvtxFixtures.Read parallel = EvtxFixtures.read(DIR.resolve("security_bad_string_cache.evtx"), 2);
    assertThat(parallel.records()).hasSize(2261);
    assertThat(parallel.report().malformedCount()).isEqualTo(1);
  }
}
