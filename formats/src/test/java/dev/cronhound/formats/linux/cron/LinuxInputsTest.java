package dev.cronhound.formats.linux.cron;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.InputFormat;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadCapture;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.linux.audit.Passwd;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Linux inputs found, sniffed and read the way the CLI reads them. */
class LinuxInputsTest {

  private static final Path LINUX = LinuxGoldenTest.LINUX;

  private static Map<String, String> formats(String... dirs) {
    ReadReport report = new ReadReport();
    Map<String, String> out = new TreeMap<>();
    List<String> args = java.util.Arrays.stream(dirs).map(d -> LINUX.resolve(d).toString()).toList();
    for (InputFile f : Inputs.discover(args, null, report, new ByteArrayInputStream(new byte[0]))) {
      out.put(LINUX.relativize(Path.of(f.name())).toString().replace('\\', '/'), f.format().id());
    }
    return out;
  }

  @Test
  void everyFixtureIsSniffedAsItsFormat() {
    assertThat(formats("cron", "timers", "syslog", "journald", "beats-syslog", "beats-journald"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("cron/etc/crontab", "linux-jobs"),
                Map.entry("cron/etc/cron.d/backup", "linux-jobs"),
                Map.entry("cron/var/spool/cron/crontabs/www-data", "linux-jobs"),
                Map.entry("cron/var/spool/cron/alice", "linux-jobs"),
                Map.entry("timers/backup.timer", "linux-jobs"),
                Map.entry("timers/sync.timer", "linux-jobs"),
                Map.entry("timers/weekday-report.timer", "linux-jobs"),
                Map.entry("syslog/debian-cron.log", "syslog"),
                Map.entry("syslog/cronie-cron.log", "syslog"),
                Map.entry("syslog/rsyslog-iso.log", "syslog"),
                Map.entry("syslog/rfc5424.log", "syslog"),
                Map.entry("beats-syslog/auth-test.log", "syslog"),
                Map.entry("beats-syslog/auth-timestamp.log", "syslog"),
                Map.entry("beats-syslog/syslog-suse.log", "syslog"),
                Map.entry("beats-syslog/syslog-tz-offset.log", "syslog"),
                Map.entry("journald/cron.json", "journald-json"),
                Map.entry("journald/cron.export", "journald-export"),
                Map.entry("beats-journald/journal1.export", "journald-export")));
  }

  @Test
  void aCrontabIsRecognisedByContentWhateverItsName() {
    byte[] text = "# saved with crontab -l\nMAILTO=x\n*/15 * * * * /tmp/.x/up.sh\n@daily /bin/true\n".getBytes(StandardCharsets.UTF_8);
    assertThat(LinuxSniffer.sniff(text, text.length, "/tmp/saved.txt")).contains(InputFormat.LINUX_JOBS);
    byte[] prose = "# Notes\nThis is a README, not a crontab.\n".getBytes(StandardCharsets.UTF_8);
    assertThat(LinuxSniffer.sniff(prose, prose.length, "/tmp/README")).isEmpty();
    byte[] tsv = "1325041800.123\tCabc\t10.0.0.1\t5353\n".getBytes(StandardCharsets.UTF_8);
    assertThat(LinuxSniffer.sniff(tsv, tsv.length, "conn.log")).isEmpty();
  }

  @Test
  void readThroughInputsTheJobsTimeIsTheFilesAndTheTimerFindsItsService() {
    ReadCapture c = ReadCapture.of(List.of(LINUX.resolve("timers").toString(), LINUX.resolve("cron").toString()));
    List<ScheduledJob> jobs = c.events().stream().map(ScheduledJob.class::cast).toList();
    assertThat(jobs).hasSize(3 + 4 + 4 + 5 + 1);
    assertThat(jobs).allSatisfy(j -> assertThat(j.tsMicros()).isPositive());
    ScheduledJob backup = jobs.stream().filter(j -> j.name().equals("backup.service")).findFirst().orElseThrow();
    assertThat(backup.runAs()).isEqualTo("backup");
    assertThat(backup.actions()).hasSize(2);
    assertThat(c.report().skippedFileCount()).isEqualTo(2); // the two .service files
  }

  @Test
  void syslogFromStdinAndForcedFormat() {
    byte[] log = "Jan  5 02:15:01 web01 CRON[12345]: (www-data) CMD (/dev/shm/.x/up.sh)\n".getBytes(StandardCharsets.UTF_8);
    ReadReport report = new ReadReport();
    List<InputFile> files = Inputs.discover(List.of("-"), null, report, new ByteArrayInputStream(log));
    assertThat(files).singleElement().satisfies(f -> assertThat(f.format()).isEqualTo(InputFormat.SYSLOG));
    List<Object> events = new java.util.ArrayList<>();
    Inputs.read(files.get(0), events::add, report, 1, Passwd.NONE, SyslogTime.startingIn(ZoneOffset.UTC, 2026));
    assertThat(events).singleElement().isInstanceOfSatisfying(JobRun.class, r -> {
      assertThat(r.tsMicros()).isEqualTo(1_767_579_301_000_000L); // 2026-01-05T02:15:01Z
      assertThat(r.pid()).isEqualTo(12345);
      assertThat(r.user()).isEqualTo("www-data");
      assertThat(r.job()).isEqualTo("/dev/shm/.x/up.sh");
      assertThat(r.phase()).isEqualTo(JobRun.Phase.PROCESS_CREATED);
    });
    // stdin has no file time: with no year given and no clock, the line is reported, not guessed
    ReadReport unplaced = new ReadReport();
    List<Object> none = new java.util.ArrayList<>();
    Inputs.read(Inputs.discover(List.of("-"), null, unplaced, new ByteArrayInputStream(log)).get(0), none::add, unplaced);
    assertThat(none).isEmpty();
    assertThat(unplaced.problemSamples()).extracting(ReadReport.Problem::toString).containsExactly(
        "-:1: no year for this RFC 3164 stamp: no dated records, file time or clock to place it (pass --year)");
    List<InputFile> forced = Inputs.discover(List.of("-"), InputFormat.LINUX_JOBS, report, new ByteArrayInputStream(log));
    assertThat(forced).singleElement().satisfies(f -> assertThat(f.format()).isEqualTo(InputFormat.LINUX_JOBS));
  }
}
