package dev.cronhound.formats.network;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cronhound.formats.ReadCapture;

/**
 * Fuzzes {@link ZeekTsvReader}: whatever the bytes, no exception escapes and the accounting adds
 * up. Under {@code mvn verify} this only replays the seeds in {@code
 * src/test/resources/dev/cronhound/formats/network/ZeekTsvReaderFuzzTestInputs/<method>/}
 * (regression mode; {@code src/test/resources/junit-platform.properties} sets {@code
 * jazzer.hooks=false} so that replay needs no instrumentation and logs nothing). To fuzz for real,
 * coverage-guided, for up to five minutes per method (the {@code @FuzzTest} default), turn the
 * instrumentation back on:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl formats -am test -Dtest='ZeekTsvReaderFuzzTest#readsAnyBytes' \
 *     -Djazzer.hooks=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * A crashing input is written next to the seeds, where it then runs as a regression test; the
 * working corpus goes to {@code formats/.cifuzz-corpus/} (git-ignored).
 */
class ZeekTsvReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    ReadCapture c = ReadCapture.tsv("fuzz.log", null, data);
    FuzzChecks.accountingAddsUp(c, data);
  }

  @FuzzTest
  void readsAnyBytesAsConn(byte[] data) {
    ReadCapture c = ReadCapture.tsv("fuzz.log", "conn", data);
    FuzzChecks.accountingAddsUp(c, data);
  }
}
