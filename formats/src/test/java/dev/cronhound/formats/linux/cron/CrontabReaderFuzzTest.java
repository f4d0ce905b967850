package dev.cronhound.formats.linux.cron;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes {@link CrontabReader} (and through it {@link CrontabLine} and the core {@code
 * CronExpression}) as a user table and as a system table: no exception escapes, every byte is
 * counted, each job line is one event in order, problems are one line each. Under {@code mvn
 * verify} this replays the seeds in {@code
 * src/test/resources/dev/cronhound/formats/linux/cron/CrontabReaderFuzzTestInputs/<method>/}; to
 * fuzz for real see {@code ZeekTsvReaderFuzzTest}.
 */
class CrontabReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    check(data, "/var/spool/cron/crontabs/fuzz");
  }

  @FuzzTest
  void readsAnyBytesAsSystemTable(byte[] data) {
    check(data, "/etc/cron.d/fuzz");
  }

  private static void check(byte[] data, String file) {
    LinuxFuzzChecks.Capture c = new LinuxFuzzChecks.Capture();
    CrontabReader.read(new ByteArrayInputStream(data), file, 0, c.events()::add, c.report());
    LinuxFuzzChecks.accountingAddsUp(c, data, CrontabReader.FORMAT);
    assertThat((long) c.events().size()).isEqualTo(c.report().totalRecords());
  }
}
