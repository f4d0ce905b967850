package dev.cronhound.formats.linux.cron;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes {@link SyslogReader}: whatever the bytes, no exception escapes, every byte is counted,
 * origins are in order and problems are one line each. Under {@code mvn verify} this replays the
 * seeds in {@code
 * src/test/resources/dev/cronhound/formats/linux/cron/SyslogReaderFuzzTestInputs/readsAnyBytes/};
 * to fuzz for real see {@code ZeekTsvReaderFuzzTest} ({@code JAZZER_FUZZ=1 ...
 * -Dtest='SyslogReaderFuzzTest#readsAnyBytes' -Djazzer.hooks=true}).
 */
class SyslogReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    LinuxFuzzChecks.Capture c = new LinuxFuzzChecks.Capture();
    SyslogReader.read(new ByteArrayInputStream(data), "fuzz.log", LinuxGoldenTest.time(), c.events()::add, c.report());
    LinuxFuzzChecks.accountingAddsUp(c, data, SyslogReader.FORMAT);
  }
}
