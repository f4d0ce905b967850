package dev.cronhound.formats.windows;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link WindowsXmlReader}: whatever the bytes, no exception escapes, every byte is counted,
 * origins are in order and problems are one line each. Under {@code mvn verify} this replays the
 * seeds in {@code
 * src/test/resources/dev/cronhound/formats/windows/WindowsXmlReaderFuzzTestInputs/readsAnyBytes/};
 * to fuzz for real see {@code ZeekTsvReaderFuzzTest} ({@code JAZZER_FUZZ=1 ...
 * -Dtest='WindowsXmlReaderFuzzTest#readsAnyBytes' -Djazzer.hooks=true}).
 */
class WindowsXmlReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    WindowsCapture c = WindowsCapture.xml(data);
    WindowsFuzzChecks.accountingAddsUp(c, data, "windows-xml");
  }
}
