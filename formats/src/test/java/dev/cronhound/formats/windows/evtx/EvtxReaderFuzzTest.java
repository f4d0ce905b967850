package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link EvtxReader}: whatever the bytes, no exception escapes, bytes are all accounted
 * for, and threads=2 gives what threads=1 gives. Under {@code mvn verify} this only replays the
 * seeds in {@code src/test/resources/dev/cronhound/formats/windows/evtx/EvtxReaderFuzzTestInputs/
 * <method>/} (see ZeekTsvReaderFuzzTest for how to fuzz for real with {@code JAZZER_FUZZ=1}).
 */
class EvtxReaderFuzzTest {

  @FuzzTest
  void readsAnyBytes(byte[] data) {
    EvtxFixtures.Read one = EvtxFixtures.read(data, "fuzz.evtx", 1);
    assertThat(one.report().bytes()).isEqualTo(data.length);
    assertThat(one.report().totalRecords()).isEqualTo(one.records().size());
    EvtxFixtures.Read two = EvtxFixtures.read(data, "fuzz.evtx", 2);
    assertThat(two.records()).isEqualTo(one.records());
  }
}
