package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.FileActivity;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowsEventMapperTest {

  private static final String SYSMON = "Microsoft-Windows-Sysmon";
  private static final String SECURITY = "Microsoft-Windows-Security-Auditing";
  private static final long T = 1_600_000_000_000_000L;

  private final List<Event> out = new ArrayList<>();
  private final WindowsEventMapper mapper = new WindowsEventMapper(out::add);

  private static WindowsRecord record(String provider, String channel, int id, long time, Map<String, String> data) {
    return new WindowsRecord(1, time, provider, channel, "WS1", id, 0, -1, -1, null, data, new Origin("t", 1));
  }

  @Test
  void unmappedIdsAndSourcesAreCountedNotErrors() {
    mapper.accept(record(SYSMON, null, 10, T, Map.of("SourceImage", "x")));
    mapper.accept(record("Microsoft-Windows-TaskScheduler", null, 108, T, Map.of()));
    mapper.accept(record("Microsoft-Windows-PowerShell", null, 4104, T, Map.of()));
    mapper.accept(record(null, null, 1, T, Map.of()));
    mapper.accept(record(SECURITY, "Security", 4624, T, Map.of()));
    mapper.accept(record(SYSMON, null, 1, WindowsRecord.NO_TIME, Map.of("Image", "a.exe")));

    assertThat(out).isEmpty();
    assertThat(mapper.mapped()).isZero();
    assertThat(mapper.unmapped()).isEqualTo(6);
  }

  @Test
  void channelDecidesWhenProviderIsMissingAndSysmonFallsBackToUtcTime() {
    mapper.accept(
        record(null, "Microsoft-Windows-Sysmon/Operational", 26, WindowsRecord.NO_TIME,
            Map.of("UtcTime", "2019-03-18 16:57:52.433", "ProcessGuid", "{42f11c3b-ccaa-5c8f-0000-0010b4e22700}",
                "ProcessId", "1600", "TargetFilename", "C:\\x.7z", "User", "-")));

    assertThat(mapper.mapped()).isEqualTo(1);
    FileActivity f = (FileActivity) out.get(0);
    assertThat(f.tsMicros()).isEqualTo(1_552_928_272_433_000L);
    assertThat(f.action()).isEqualTo(FileActivity.Action.DELETE);
    assertThat(f.process()).isEqualTo(new ProcessRef("{42F11C3B-CCAA-5C8F-0000-0010B4E22700}", 1600));
    assertThat(f.user()).isNull();
  }

  @Test
  void security4688PrefersTheTargetAccountAndReadsHexPids() {
    mapper.accept(
        record(SECURITY, "Security", 4688, T,
            Map.of("SubjectUserName", "WS1$", "SubjectDomainName", "CORP", "TargetUserName", "alice",
                "TargetDomainName", "CORP", "NewProcessId", "0x18b8", "ProcessId", "0x1e40",
                "NewProcessName", "C:\\a.exe", "CommandLine", "", "MandatoryLabel", "S-1-16-12288")));

    ProcessStart p = (ProcessStart) out.get(0);
    assertThat(p.user()).isEqualTo("CORP\\alice");
    assertThat(p.process()).isEqualTo(new ProcessRef(null, 0x18b8));
    assertThat(p.parent()).isEqualTo(new ProcessRef(null, 0x1e40));
    assertThat(p.commandLine()).isNull();
    assertThat(p.integrityLevel()).isEqualTo("High");
  }

  @Test
  void security5156InboundAndOtherProtocols() {
    mapper.accept(
        record(SECURITY, "Security", 5156, T,
            Map.of("ProcessID", "4", "Application", "System", "Direction", "%%14592", "SourceAddress", "10.0.0.5",
                "SourcePort", "445", "DestAddress", "10.0.0.9", "DestPort", "50000", "Protocol", "6")));
    mapper.accept(
        record(SECURITY, "Security", 5156, T, Map.of("Direction", "%%14593", "Protocol", "1", "SourcePort", "0")));

    NetworkConnection in = (NetworkConnection) out.get(0);
    assertThat(in.outbound()).isFalse();
    assertThat(in.protocol()).isEqualTo("tcp");
    assertThat(in.process()).isEqualTo(new ProcessRef(null, 4));
    NetworkConnection icmp = (NetworkConnection) out.get(1);
    assertThat(icmp.outbound()).isTrue();
    assertThat(icmp.protocol()).isEqualTo("1");
    assertThat(icmp.srcPort()).isZero();
    assertThat(icmp.dstPort()).isEqualTo(-1);
    assertThat(icmp.process()).isEqualTo(ProcessRef.UNKNOWN);
  }

  @Test
  void securityTaskEnableDisableDeleteSetTheirChange() {
    for (int id : new int[] {4699, 4700, 4701}) {
      mapper.accept(record(SECURITY, "Security", id, T, Map.of("TaskName", "\\T")));
    }

    assertThat(out).extracting(e -> ((ScheduledJob) e).change())
        .containsExactly(ScheduledJob.Change.DELETED, ScheduledJob.Change.ENABLED, ScheduledJob.Change.DISABLED);
    assertThat(out).extracting(e -> ((ScheduledJob) e).enabled()).containsExactly(null, true, false);
    assertThat(out).extracting(e -> ((ScheduledJob) e).source())
        .containsExactly("Security 4699", "Security 4700", "Security 4701");
  }

  @Test
  void sysmonQueryResultsKeepNamesAndAddresses() {
    assertThat(SysmonEvents.answers("type:  5 edge.example;::ffff:1.2.3.4;10.0.0.1;2001:db8::1;"))
        .containsExactly("edge.example", "1.2.3.4", "10.0.0.1", "2001:db8::1");
    assertThat(SysmonEvents.answers("-")).isEmpty();
    assertThat(SysmonEvents.answers(null)).isEmpty();
  }
}
