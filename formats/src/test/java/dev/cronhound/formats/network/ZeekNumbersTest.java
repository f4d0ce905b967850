package dev.cronhound.formats.network;

import static dev.cronhound.formats.network.ZeekNumbers.INVALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZeekNumbersTest {

  private static long micros(String s) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return ZeekNumbers.micros(b, 0, b.length);
  }

  @ParameterizedTest
  @CsvSource({
    "1692161622.036086, 1692161622036086",
    "1588205199.82437, 1588205199824370",
    "0.001528024673461914, 1528",
    "0.0000005, 1",
    "0.0000004999, 0",
    "1.9999995, 2000000",
    "120.000000, 120000000",
    "3600, 3600000000",
    ".5, 500000",
    "7., 7000000",
    "-1.5, -1500000",
    "9000000000000.999999, 9000000000000999999",
  })
  void decimalSecondsToExactMicros(String text, long expected) {
    assertThat(micros(text)).isEqualTo(expected);
    assertThat(ZeekNumbers.micros(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "XXXXXXXXXX.XXXXXX",
    "''",
    "-",
    ".",
    "1.2.3",
    "1e9",
    "+1",
    "'1 '",
    "9000000000001",
    "99999999999999999999"
  })
  void rejectsWhatIsNotAPlainDecimal(String text) {
    assertThat(micros(text)).isEqualTo(INVALID);
  }

  @ParameterizedTest
  @CsvSource({
    "1.58820519889971E9, 1588205198899710",
    "15e-1, 1500000",
    "1e400, " + INVALID,
    "1e2147483647, " + INVALID,
    "1E-2147483648, " + INVALID,
    "-1e-2147483647, " + INVALID,
    "1e-400, 0"
  })
  void exponentNotationFromJson(String text, long expected) {
    assertThat(ZeekNumbers.micros(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "65535, 65535",
    "9223372036854775807, 9223372036854775807",
    "9223372036854775808, " + INVALID,
    "'', " + INVALID,
    "-1, " + INVALID,
    "1a, " + INVALID
  })
  void counts(String text, long expected) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    assertThat(ZeekNumbers.count(b, 0, b.length)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2020-04-30T00:06:38.899710Z, 1588205198899710",
    "2020-04-30T02:06:38.899710+02:00, 1588205198899710",
    "2020-04-30T00:06:38Z, 1588205198000000",
    "2020-04-30T00:06:38.8997105Z, 1588205198899711",
    "2020-04-30T00:06:38.899710, 1588205198899710",
    "2020-04-31T00:06:38Z, " + INVALID,
    "yesterday, " + INVALID,
  })
  void isoTimes(String text, long expected) {
    assertThat(ZeekNumbers.isoMicros(text)).isEqualTo(expected);
  }
}
