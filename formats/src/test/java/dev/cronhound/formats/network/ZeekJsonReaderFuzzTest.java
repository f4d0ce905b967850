package dev.cronhound.formats.network;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cronhound.formats.ReadCapture;

/**
 * Fuzzes {@link ZeekJsonReader} like {@link ZeekTsvReaderFuzzTest} (see there for how to fuzz for
 * real: {@code JAZZER_FUZZ=1 mvn -pl formats -am test -Dtest=ZeekJsonReaderFuzzTest
 * -Djazzer.hooks=true -Dsurefire.failIfNoSpecifiedTests=false}); seeds in {@code
 * src/test/resources/dev/cronhound/formats/network/ZeekJsonReaderFuzzTestInputs/readsAnyBytes/}.
 */
class ZeekJsonReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    ReadCapture c = ReadCapture.json("fuzz.log", "conn", data);
    FuzzChecks.accountingAddsUp(c, data);
  }
}
