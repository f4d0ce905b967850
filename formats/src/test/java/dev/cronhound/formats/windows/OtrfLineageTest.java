package dev.cronhound.formats.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.lineage.Lineage;
import dev.cronhound.core.lineage.ProcessNode;
import dev.cronhound.core.lineage.ProcessTable;
import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real data (OTRF schtask_create, see windows/json/README.md): the process table built from its
 * Sysmon 1 and Security 4688 records gives the lineage of the {@code schtasks /create} the
 * operator ran through PowerShell and cmd, from the GUID-keyed Sysmon record and from the
 * pid-keyed 4688 record of the same process alike.
 */
class OtrfLineageTest {

  private static final String FILE = "src/test/resources/windows/json/otrf/schtask_create.cut.json";

  @Test
  void schtasksCreateHasItsParentChain() {
    ReadReport report = new ReadReport();
    List<Event> events = new ArrayList<>();
    for (InputFile f : Inputs.discover(List.of(FILE), null, report, InputStream.nullInputStream())) {
      Inputs.read(f, events::add, report);
    }
    ProcessTable table = new ProcessTable(1_000_000L, 3_600_000_000L, 86_400_000_000L);
    for (Event e : events) {
      if (e instanceof ProcessStart s) {
        table.add(s);
      } else if (e instanceof ProcessEnd x) {
        table.end(x);
      }
    }

    List<String> lineages = new ArrayList<>();
    for (Event e : events) {
      if (e instanceof ProcessStart s && s.image() != null && s.image().endsWith("schtasks.exe")) {
        ProcessNode node = table.find(s.host(), s.process(), s.tsMicros()).orElseThrow();
        Lineage lineage = table.lineage(node);
        lineages.add((s.process().guid() != null ? "sysmon " : "4688 ") + lineage.describe()
            + " | " + lineage.chain().get(1).commandLine());
      }
    }

    String cmd = "\"C:\\Windows\\system32\\cmd.exe\" /C schtasks /create /F /tn \\Microsoft\\Windows\\SoftwareProtectionPlatform\\EventCacheManager /tr \"C:\\Windows\\system32\\cmd.exe /C C:\\Windows\\System32\\notepad.exe\" /sc ONSTART /ru system /S WORKSTATION6";
    assertThat(lineages).containsExactly(
        "4688 [powershell.exe] > cmd.exe > schtasks.exe | " + cmd,
        "sysmon [powershell.exe] > cmd.exe > schtasks.exe | " + cmd);
  }
}
