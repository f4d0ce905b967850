package dev.cronhound.formats.windows.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Exact text of the integer types (rendered on {@link EvtxValues#render}'s own path) and a few others. */
class EvtxValuesTest {

  private static String render(int type, int... bytes) {
    byte[] b = new byte[bytes.length + 2];
    for (int i = 0; i < bytes.length; i++) {
      b[i + 1] = (byte) bytes[i];
    }
    ValueText out = new ValueText();
    EvtxValues.render(type, b, 1, bytes.length, out);
    return out.toString();
  }

  @Test
  void integersSignedUnsignedAndHex() {
    assertThat(render(0x03, 0xFF)).isEqualTo("-1");
    assertThat(render(0x04, 0xFF)).isEqualTo("255");
    assertThat(render(0x05, 0x00, 0x80)).isEqualTo("-32768");
    assertThat(render(0x06, 0xFF, 0xFF)).isEqualTo("65535");
    assertThat(render(0x07, 0xFF, 0xFF, 0xFF, 0x7F)).isEqualTo("2147483647");
    assertThat(render(0x07, 0x00, 0x00, 0x00, 0x80)).isEqualTo("-2147483648");
    assertThat(render(0x08, 0xFF, 0xFF, 0xFF, 0xFF)).isEqualTo("4294967295");
    assertThat(render(0x09, 0, 0, 0, 0, 0, 0, 0, 0x80)).isEqualTo("-9223372036854775808");
    assertThat(render(0x0a, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)).isEqualTo("18446744073709551615");
    assertThat(render(0x0a, 0x2A, 0, 0, 0, 0, 0, 0, 0)).isEqualTo("42");
    assertThat(render(0x14, 0xFF, 0xFF, 0xFF, 0xFF)).isEqualTo("0xffffffff");
    assertThat(render(0x14, 0, 0, 0, 0)).isEqualTo("0x0");
    assertThat(render(0x15, 0x10, 0, 0, 0, 0, 0, 0, 0x80)).isEqualTo("0x8000000000000010");
    assertThat(render(0x10, 0xAB, 0, 0, 0)).isEqualTo("0xab");
  }

  @Test
  void othersAndArrays() {
    assertThat(render(0x01, 'h', 0, 'i', 0, 0, 0)).isEqualTo("hi");
    assertThat(render(0x0d, 0, 0, 0, 1)).isEqualTo("true");
    assertThat(render(0x0e, 0x0A, 0xFF)).isEqualTo("0AFF");
    assertThat(render(0x86, 1, 0, 2, 0)).isEqualTo("1,2");
    assertThat(render(0x11, 0, 0x80, 0x3E, 0xD5, 0xDE, 0xB1, 0x9D, 0x01)).isEqualTo("1970-01-01T00:00:00.0000000Z");
    assertThat(render(0x13, 1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0)).isEqualTo("S-1-5-18");
  }

  @Test
  void anIntegerTooShortIsBroken() {
    assertThatThrownBy(() -> render(0x08, 1, 2)).isInstanceOf(BinXmlException.class);
    assertThatThrownBy(() -> render(0x15, 1, 2, 3, 4)).isInstanceOf(BinXmlException.class);
  }
}
