package dev.cronhound.formats.linux.cron;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the two journal readers ({@link JournalJsonReader}, {@link JournalExportReader}) with the
 * checks of {@link LinuxFuzzChecks}. Seeds in {@code
 * src/test/resources/dev/cronhound/formats/linux/cron/JournalReadersFuzzTestInputs/<method>/}.
 */
class JournalReadersFuzzTest {

  @FuzzTest
  void readsAnyBytesAsJson(byte[] data) {
    LinuxFuzzChecks.Capture c = new LinuxFuzzChecks.Capture();
    JournalJsonReader.read(new ByteArrayInputStream(data), "fuzz.json", c.events()::add, c.report());
    LinuxFuzzChecks.accountingAddsUp(c, data, JournalJsonReader.FORMAT);
  }

  @FuzzTest
  void readsAnyBytesAsExport(byte[] data) {
    LinuxFuzzChecks.Capture c = new LinuxFuzzChecks.Capture();
    JournalExportReader.read(new ByteArrayInputStream(data), "fuzz.export", c.events()::add, c.report());
    LinuxFuzzChecks.accountingAddsUp(c, data, JournalExportReader.FORMAT);
  }
}
