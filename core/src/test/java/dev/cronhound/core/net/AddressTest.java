package dev.cronhound.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "0.0.0.0", "255.255.255.255", "::", "::1", "fe80::1%eth0", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1", "[2001:db8::1]", "1:2:3:4:5:6:7:8"})
  void literals(String s) {
    assertThat(IpLiteral.isLiteral(s)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.com", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01234.1.1.1", "1::2::3", "1:2:3:4:5:6:7:8:9", "gggg::1", "-", "1.2.3.4 "})
  void notLiterals(String s) {
    assertThat(IpLiteral.isLiteral(s)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"10.1.2.3,true", "172.16.0.1,true", "172.32.0.1,false", "192.168.9.9,true", "8.8.8.8,false",
      "224.0.0.251,true", "fd00::5,true", "fe80::1,true", "2606:4700::1111,false", "example.com,false"})
  void defaultInternalScope(String ip, boolean internal) {
    assertThat(AddressScope.defaults().isInternal(ip)).isEqualTo(internal);
  }

  @ParameterizedTest
  @CsvSource({"198.51.100.0/24,198.51.100.77,true", "198.51.100.0/24,198.51.101.1,false", "0.0.0.0/0,1.2.3.4,true",
      "2001:db8::/32,2001:db8:ffff::1,true", "2001:db8::/32,2001:db9::1,false", "198.51.100.7,198.51.100.7,true"})
  void cidrContains(String cidr, String ip, boolean in) {
    assertThat(Cidr.parse(cidr).contains(IpLiteral.parse(ip))).isEqualTo(in);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/33", "example.com/8", "10.0.0.0/x"})
  void badCidrsAreRejectedWithTheirText(String s) {
    assertThatThrownBy(() -> Cidr.parse(s)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(s.split("/")[0]);
  }
}
