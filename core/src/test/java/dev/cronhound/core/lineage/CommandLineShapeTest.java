package dev.cronhound.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineShapeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule | c:\\windows\\system32\\svchost.exe -k netsvcs -p -s schedule",
    "rundll32.exe {8A4F1C2D-1B2C-4D5E-8F90-ABCDEF012345} x | rundll32.exe <guid> x",
    "msiexec /i 8a4f1c2d-1b2c-4d5e-8f90-abcdef012345.msi | msiexec /i <guid>.msi",
    "copy C:\\Users\\bob\\AppData\\Local\\Temp\\~DF12AB.TMP out | copy c:\\users\\bob\\appdata\\local\\temp\\<tmp> out",
    "curl -T /tmp/tmp.Ab3xYz9Q https://203.0.113.7:8443/u | curl -t /tmp/<tmp> https://203.0.113.7:<n>/u",
    "ping -n 30 10.1.2.3 & echo 2026-11-23 | ping -n <n> 10.1.2.3 & echo <n>-<n>-<n>",
    "upload.exe --session 3f9a0c1b7e2d4a66 --id 0011aabb | upload.exe --session <hex> --id <hex>",
    "python3 backup.py -v 2 | python3 backup.py -v 2",
    "deadbeef.exe cafebabe | deadbeef.exe cafebabe",
    "  cmd.exe   /c    run.bat   | cmd.exe /c run.bat",
  })
  void collapsesWhatChangesRunToRun(String commandLine, String shape) {
    assertThat(CommandLineShape.of(commandLine)).isEqualTo(shape);
  }

  @Test
  void nullStaysNull() {
    assertThat(CommandLineShape.of(null)).isNull();
  }
}
