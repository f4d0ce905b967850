package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.correlate.JobLedger;
import dev.cronhound.core.correlate.JobLink;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.lineage.Lineage;
import dev.cronhound.core.lineage.ProcessTable;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real data (OTRF, see windows/json/README.md and windows/mapping/README.md): a task run's process
 * is tied to its task through Task Scheduler 129, from the Sysmon record (GUID) and the 4688 record
 * (pid) of the same process; a 4698 registration gives the task's definition.
 */
class OtrfJobLinkTest {

  private static final long S = 1_000_000L;

  @Test
  void theLanguageComponentsInstallerRunIsTiedToItsTaskFromSysmonAnd4688() {
    ReadReport report = new ReadReport();
    List<Event> events = new ArrayList<>();
    String file = "src/test/resources/windows/json/otrf/schtask_modification.cut.json";
    for (InputFile f : Inputs.discover(List.of(file), null, report, InputStream.nullInputStream())) {
      Inputs.read(f, events::add, report);
    }
    events.sort(Comparator.comparingLong(Event::tsMicros));
    ProcessTable table = new ProcessTable(5 * S, 3600 * S, 30 * 86400 * S);
    JobLedger ledger = new JobLedger(5 * S, 3600 * S);
    for (Event e : events) {
      if (e instanceof ProcessStart s) {
        table.add(s);
      } else if (e instanceof ProcessEnd x) {
        table.end(x);
      } else if (e instanceof JobRun r) {
        ledger.add(r);
      } else if (e instanceof ScheduledJob j) {
        ledger.add(j);
      }
    }

    List<String> links = new ArrayList<>();
    for (Event e : events) {
      if (e instanceof ProcessStart s && s.image() != null && s.image().endsWith("taskhostw.exe")) {
        Lineage lineage = table.lineage(table.find(s.host(), s.process(), s.tsMicros()).orElseThrow());
        JobLink link = ledger.link(lineage);
        links.add((s.process().guid() != null ? "sysmon " : "4688 ") + lineage.describe() + " | " + link.job()
            + " | " + link.linkedBy() + " | " + lineage.process().commandLine());
      }
    }
    String task = "\\Microsoft\\Windows\\LanguageComponentsInstaller\\Installation";
    assertThat(links).containsExactly(
        "4688 [svchost.exe] > taskhostw.exe | " + task + " | TaskScheduler 129 (pid 1532) | taskhostw.exe Install $(Arg0)",
        "sysmon [svchost.exe] > taskhostw.exe | " + task + " | TaskScheduler 129 (pid 1532) | taskhostw.exe Install $(Arg0)");
  }

  @Test
  void theEmpireTaskRegistrationGivesItsDefinition() {
    JobLedger ledger = new JobLedger(5 * S, 3600 * S);
    for (WindowsRecord r : RecordsFile.read(Path.of("src/test/resources/windows/mapping/otrf-empire-schtasks.records.jsonl"))) {
      if (WindowsEventMapper.map(r) instanceof ScheduledJob j) {
        ledger.add(j);
      }
    }

    ScheduledJob def = ledger.definition("workstation5.theshire.local", "\\MordorSchtask");
    assertThat(def.source()).as("the 4698 with its TaskContent, not the bare 106").isEqualTo("Security 4698");
    assertThat(def.runAs()).isEqualTo("THESHIRE\\pgustavo");
    assertThat(def.author()).isEqualTo("THESHIRE\\pgustavo");
    assertThat(def.actions()).extracting(JobAction::command)
        .containsExactly("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
    assertThat(def.actions().get(0).arguments()).startsWith("-NonI -W hidden -c \"IEX ([Text.Encoding]::UNICODE");
    assertThat(def.triggers()).extracting(JobTrigger::kind, JobTrigger::start, JobTrigger::periodSeconds)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("daily", "2020-09-21T09:00:00", 86400L));
  }
}
