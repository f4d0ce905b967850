package dev.cronhound.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import org.junit.jupiter.api.Test;

class ProcessTableTest {

  private static final long S = 1_000_000L;
  private static final long T0 = 1_700_000_000L * S;
  private static final Origin O = new Origin("t.evtx", 1);

  private final ProcessTable table = new ProcessTable(S, 3600 * S, 7 * 86_400 * S);

  private static ProcessStart start(long t, String guid, long pid, String image, String cmd,
      String parentGuid, long parentPid, String parentImage) {
    return new ProcessStart(t, "WS1", new ProcessRef(guid, pid), image, cmd, "CORP\\bob", null, null,
        new ProcessRef(parentGuid, parentPid), parentImage, null, "Medium", null, O);
  }

  private static ProcessEnd end(long t, String guid, long pid) {
    return new ProcessEnd(t, "WS1", new ProcessRef(guid, pid), null, null, O);
  }

  @Test
  void aReusedPidNamesTheProcessThatHadItThen() {
    table.add(start(T0, null, 100, "C:\\a.exe", "a", null, 4, null));
    table.end(end(T0 + 10 * S, null, 100));
    table.add(start(T0 + 20 * S, null, 100, "C:\\b.exe", "b", null, 4, null));

    assertThat(table.find("WS1", new ProcessRef(null, 100), T0 + 5 * S)).get()
        .extracting(ProcessNode::image).isEqualTo("C:\\a.exe");
    assertThat(table.find("WS1", new ProcessRef(null, 100), T0 + 25 * S)).get()
        .extracting(ProcessNode::image).isEqualTo("C:\\b.exe");
    assertThat(table.find("WS1", new ProcessRef(null, 100), T0 + 15 * S)).isEmpty();
    assertThat(table.find("ws1", new ProcessRef(null, 100), T0 + 5 * S)).as("host names fold case").isPresent();
    assertThat(table.find("WS2", new ProcessRef(null, 100), T0 + 5 * S)).isEmpty();
  }

  @Test
  void theToleranceCoversSensorsThatDisagreeALittle() {
    table.add(start(T0, null, 100, "C:\\a.exe", "a", null, 4, null));
    table.end(end(T0 + 10 * S, null, 100));

    assertThat(table.find("WS1", new ProcessRef(null, 100), T0 - S / 2)).isPresent();
    assertThat(table.find("WS1", new ProcessRef(null, 100), T0 + 10 * S + S / 2)).isPresent();
    assertThat(table.find("WS1", new ProcessRef(null, 100), T0 - 2 * S)).isEmpty();
  }

  @Test
  void aGuidNamesOneProcessWhateverTheTime() {
    table.add(start(T0, "{G1}", 100, "C:\\a.exe", "a", null, 4, null));
    table.end(end(T0 + 10 * S, "{G1}", 100));

    assertThat(table.find("WS1", new ProcessRef("{G1}", 100), T0 + 999 * S)).get()
        .extracting(ProcessNode::endMicros).isEqualTo(T0 + 10 * S);
    assertThat(table.find("WS1", new ProcessRef("{G2}", 100), T0 + 5 * S)).isEmpty();
  }

  @Test
  void lineageIsWalkedRootFirstFromGuids() {
    table.add(start(T0, "{S}", 900, "C:\\Windows\\System32\\svchost.exe", "svchost.exe -k netsvcs -p -s Schedule", null, 600, "C:\\Windows\\System32\\services.exe"));
    table.add(start(T0 + S, "{T}", 901, "C:\\Windows\\System32\\taskhostw.exe", "taskhostw.exe", "{S}", 900, null));
    table.add(start(T0 + 2 * S, "{P}", 902, "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "powershell -File x.ps1", "{T}", 901, null));

    ProcessNode ps = table.find("WS1", new ProcessRef("{P}", 902), T0 + 3 * S).orElseThrow();
    Lineage lineage = table.lineage(ps);

    assertThat(lineage.chain()).extracting(ProcessNode::imageName)
        .containsExactly("powershell.exe", "taskhostw.exe", "svchost.exe");
    assertThat(lineage.describe()).isEqualTo("[services.exe] > svchost.exe > taskhostw.exe > powershell.exe");
    assertThat(lineage.missingParentImage()).isEqualTo("C:\\Windows\\System32\\services.exe");
  }

  @Test
  void eventsOutOfOrderStillLink() {
    // 4688 style: no GUIDs; the child is logged before its parent, the end before the start.
    table.add(start(T0 + 5 * S, null, 200, "C:\\curl.exe", "curl -T a https://x", null, 150, "C:\\cmd.exe"));
    table.end(end(T0 + 9 * S, null, 150));
    table.add(start(T0, null, 150, "C:\\cmd.exe", "cmd /c run.bat", null, 4, null));

    ProcessNode curl = table.find("WS1", new ProcessRef(null, 200), T0 + 6 * S).orElseThrow();
    Lineage lineage = table.lineage(curl);
    assertThat(lineage.describe()).isEqualTo("cmd.exe > curl.exe");
    assertThat(lineage.chain().get(1).endMicros()).isEqualTo(T0 + 9 * S);
  }

  @Test
  void aMissingParentIsNamedFromTheChildsRecord() {
    table.add(start(T0, null, 300, "C:\\Windows\\System32\\cmd.exe", "cmd.exe", null, 77, "C:\\Windows\\explorer.exe"));

    Lineage lineage = table.lineage(table.find("WS1", new ProcessRef(null, 300), T0).orElseThrow());
    assertThat(lineage.chain()).hasSize(1);
    assertThat(lineage.describe()).isEqualTo("[explorer.exe] > cmd.exe");
  }

  @Test
  void aParentCycleInBadDataStops() {
    table.add(start(T0, "{A}", 1, "C:\\a.exe", "a", "{B}", 2, null));
    table.add(start(T0, "{B}", 2, "C:\\b.exe", "b", "{A}", 1, null));

    Lineage lineage = table.lineage(table.find("WS1", new ProcessRef("{A}", 1), T0).orElseThrow());
    assertThat(lineage.chain()).extracting(ProcessNode::imageName).containsExactly("a.exe", "b.exe");
  }

  @Test
  void endedProcessesExpireAfterTheRetentionRunningOnesOnceIdle() {
    table.add(start(T0, "{G1}", 100, "C:\\a.exe", "a", null, 4, null));
    table.end(end(T0 + S, "{G1}", 100));
    table.add(start(T0, null, 101, "C:\\b.exe", "b", null, 4, null));
    table.end(end(T0 + S, null, 101));
    table.add(start(T0, null, 102, "C:\\svc.exe", "svc", null, 4, null));
    table.end(end(T0, null, 555)); // an end whose start never comes
    assertThat(table.size()).isEqualTo(3);

    assertThat(table.expire(T0 + 1800 * S)).isZero();
    assertThat(table.expire(T0 + 3602 * S)).isEqualTo(2);
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.find("WS1", new ProcessRef(null, 102), T0 + 3602 * S)).isPresent();

    assertThat(table.expire(T0 + 8 * 86_400 * S)).isEqualTo(1);
    assertThat(table.size()).isZero();
  }

  @Test
  void aLongLivedProcessStaysWhileSomethingRefersToItAndGoesOnceIdle() {
    table.add(start(T0, null, 6120, "C:\\Users\\d\\svcupd.exe", "svcupd", null, 3000, null));
    table.add(start(T0, null, 7000, "C:\\Windows\\idle.exe", "idle", null, 4, null));
    for (int day = 1; day <= 20; day++) {
      long now = T0 + day * 86_400 * S;
      assertThat(table.find("WS1", new ProcessRef(null, 6120), now)).as("day %d", day).isPresent();
      table.expire(now);
    }
    assertThat(table.size()).as("the beaconing process stays, the idle one went after 7 days").isEqualTo(1);
    table.expire(T0 + 28 * 86_400 * S);
    assertThat(table.size()).isZero();
  }

  @Test
  void runsOfTheSameJobShareAShape() {
    table.add(start(T0, null, 100, "C:\\p.exe", "powershell -File C:\\Temp\\tmp4F2A.tmp -Day 20261123", null, 4, null));
    table.add(start(T0 + 86_400 * S, null, 101, "C:\\p.exe", "PowerShell  -File C:\\Temp\\tmpB00.tmp -Day 20261124", null, 4, null));

    String a = table.find("WS1", new ProcessRef(null, 100), T0).orElseThrow().shape();
    String b = table.find("WS1", new ProcessRef(null, 101), T0 + 86_400 * S).orElseThrow().shape();
    assertThat(a).isEqualTo(b).isEqualTo("powershell -file c:\\temp\\<tmp> -day <n>");
  }
}
