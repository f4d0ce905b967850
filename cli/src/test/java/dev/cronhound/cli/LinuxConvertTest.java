package dev.cronhound.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cronhound convert --to events} on a small Linux tree: a crontab, a timer, cron's syslog. */
class LinuxConvertTest {

  @TempDir Path dir;

  @Test
  void crontabTimerAndSyslogBecomeJobsAndRuns() throws Exception {
    Path spool = Files.createDirectories(dir.resolve("var/spool/cron/crontabs"));
    Files.writeString(spool.resolve("www-data"), "*/15 * * * * /dev/shm/.x/up.sh\n61 * * * * /bad\n");
    Path timers = Files.createDirectories(dir.resolve("etc/systemd/system"));
    Files.writeString(timers.resolve("sync.timer"), "[Timer]\nOnCalendar=*:0/15\n");
    Files.writeString(timers.resolve("sync.service"), "[Service]\nUser=alice\nExecStart=/usr/bin/rclone sync /data remote:\n");
    Path log = Files.createDirectories(dir.resolve("var/log")).resolve("syslog");
    Files.writeString(log, "2026-01-05T02:15:01.203151+02:00 web01 CRON[4242]: (www-data) CMD (/dev/shm/.x/up.sh)\n");
    // a definition's time is its file's modification time: fixed here, so the output is the same any day
    Files.setLastModifiedTime(spool.resolve("www-data"), FileTime.from(Instant.parse("2026-01-04T09:30:00Z")));
    Path out = dir.resolve("events.jsonl");

    ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "--to", "events", dir.resolve("etc").toString(),
        dir.resolve("var").toString(), "-o", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"name\":\"sync.service\"", "\"run_as\":\"alice\"", "\"command\":\"/usr/bin/rclone\"",
        "\"kind\":\"systemd-timer\",\"period_seconds\":900,\"detail\":\"on_calendar=*:0/15\"");
    // syslog files are read after the dated inputs (their years may come from those)
    assertThat(lines.get(2)).contains("\"type\":\"job_run\"", "\"ts_us\":1767572101203151", "\"job\":\"/dev/shm/.x/up.sh\"",
        "\"phase\":\"process_created\"", "\"pid\":4242", "\"user\":\"www-data\"");
    assertThat(lines.get(1)).contains("\"type\":\"scheduled_job\"", "\"ts\":\"2026-01-04T09:30:00.000000Z\"", "\"run_as\":\"www-data\"",
        "\"kind\":\"cron\",\"period_seconds\":900,\"detail\":\"schedule=*/15 * * * *\"");
    assertThat(r.err()).contains("linux-jobs").contains("syslog").contains("malformed: 1").contains("www-data:2");
  }
}
