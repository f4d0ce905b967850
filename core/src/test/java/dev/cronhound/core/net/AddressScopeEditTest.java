package dev.cronhound.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code --internal} adds blocks, {@code --not-internal} cuts them out, sub-ranges included. */
class AddressScopeEditTest {

  private static List<Cidr> cidrs(String... s) {
    return java.util.Arrays.stream(s).map(Cidr::parse).toList();
  }

  @Test
  void removingASubRangeOfTenSlashEightKeepsTheRestOfIt() {
    AddressScope s = AddressScope.defaults().with(List.of(), cidrs("10.20.0.0/16"));
    assertThat(s.isInternal("10.20.3.4")).isFalse();
    assertThat(s.isInternal("10.20.255.255")).isFalse();
    assertThat(s.isInternal("10.19.255.255")).isTrue();
    assertThat(s.isInternal("10.21.0.0")).isTrue();
    assertThat(s.isInternal("10.0.0.1")).isTrue();
    assertThat(s.isInternal("192.168.1.1")).as("other defaults untouched").isTrue();
    assertThat(s.isInternal("fd00::1")).as("IPv6 defaults untouched").isTrue();
  }

  @Test
  void theBlocksLeftAreWrittenAsAnOperatorWouldTypeThem() {
    assertThat(Cidr.parse("10.0.0.0/8").minus(Cidr.parse("10.0.0.0/10")).stream().map(Cidr::text))
        .containsExactly("10.128.0.0/9", "10.64.0.0/10");
    assertThat(Cidr.parse("fc00::/7").minus(Cidr.parse("fd00::/8")).stream().map(Cidr::text))
        .containsExactly("fc00::/8");
    assertThat(Cidr.parse("10.0.0.0/8").minus(Cidr.parse("0.0.0.0/0"))).isEmpty();
    assertThat(Cidr.parse("10.0.0.0/8").minus(Cidr.parse("11.0.0.0/8")).stream().map(Cidr::text))
        .containsExactly("10.0.0.0/8");
    assertThat(Cidr.parse("10.0.0.0/8").minus(Cidr.parse("::/0")).stream().map(Cidr::text))
        .as("another family never overlaps")
        .containsExactly("10.0.0.0/8");
  }

  @Test
  void removingAWholeDefaultAndAddingPublicSpace() {
    AddressScope s = AddressScope.defaults().with(cidrs("128.2.0.0/16", "2001:db8::/32"), cidrs("10.0.0.0/8"));
    assertThat(s.isInternal("10.1.1.1")).isFalse();
    assertThat(s.isInternal("128.2.4.9")).isTrue();
    assertThat(s.isInternal("2001:db8::5")).isTrue();
    assertThat(s.isInternal("128.3.0.1")).isFalse();
    assertThat(AddressScope.parse(s.text()).text()).as("text round-trips").isEqualTo(s.text());
  }

  @Test
  void removalWinsOverAddition() {
    AddressScope s = AddressScope.parse("").with(cidrs("203.0.113.0/24"), cidrs("203.0.113.128/25"));
    assertThat(s.isInternal("203.0.113.1")).isTrue();
    assertThat(s.isInternal("203.0.113.200")).isFalse();
  }

  /** Any blocks, any removals: an address is internal exactly when listed and not removed. */
  @Test
  void editedScopeAgreesWithTheSetDefinitionOnRandomBlocksAndAddresses() {
    Random rnd = new Random(20261204L);
    for (int round = 0; round < 300; round++) {
      List<Cidr> base = new ArrayList<>();
      List<Cidr> removed = new ArrayList<>();
      for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
        base.add(randomBlock(rnd, 4 + rnd.nextInt(12)));
      }
      for (int i = 0; i < rnd.nextInt(4); i++) {
        removed.add(randomBlock(rnd, 8 + rnd.nextInt(20)));
      }
      AddressScope edited = new AddressScope(base).with(List.of(), removed);
      for (int k = 0; k < 200; k++) {
        // Addresses near the blocks, so both answers occur often.
        Cidr near = rnd.nextBoolean() ? base.get(rnd.nextInt(base.size())) : removed.isEmpty() ? base.get(0) : removed.get(rnd.nextInt(removed.size()));
        byte[] a = near.network().clone();
        int tail = rnd.nextInt(1 << 16);
        a[2] ^= (byte) (rnd.nextInt(4) == 0 ? tail >> 8 : 0);
        a[3] = (byte) tail;
        boolean expected = base.stream().anyMatch(c -> c.contains(a)) && removed.stream().noneMatch(c -> c.contains(a));
        String ip = IpLiteral.format(a);
        assertThat(edited.isInternal(ip)).as("%s, base %s minus %s", ip, base, removed).isEqualTo(expected);
      }
    }
  }

  private static Cidr randomBlock(Random rnd, int prefix) {
    byte[] a = {(byte) (10 + rnd.nextInt(3)), (byte) rnd.nextInt(4), (byte) rnd.nextInt(256), (byte) rnd.nextInt(256)};
    return Cidr.of(a, prefix);
  }
}
