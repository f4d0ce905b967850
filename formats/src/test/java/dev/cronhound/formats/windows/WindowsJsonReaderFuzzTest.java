package dev.cronhound.formats.windows;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link WindowsJsonReader}: whatever the bytes, no exception escapes, every byte is counted,
 * origins are in order and problems are one line each. Under {@code mvn verify} this replays the
 * seeds in {@code
 * src/test/resources/dev/cronhound/formats/windows/WindowsJsonReaderFuzzTestInputs/readsAnyBytes/};
 * to fuzz for real see {@code ZeekTsvReaderFuzzTest} ({@code JAZZER_FUZZ=1 ...
 * -Dtest='WindowsJsonReaderFuzzTest#readsAnyBytes' -Djazzer.hooks=true}).
 */
class WindowsJsonReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    WindowsCapture c = WindowsCapture.json(data);
    WindowsFuzzChecks.accountingAddsUp(c, data, "windows-json");
  }
}
