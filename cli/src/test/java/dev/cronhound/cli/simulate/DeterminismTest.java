package dev.cronhound.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  private static final String[] SMALL = {"--days", "3", "--hosts", "6", "--browse-rate", "15"};
  private static final List<String> FILES =
      List.of("conn.log", "dns.log", "ssl.log", "http.log", "truth.json");

  @TempDir static Path tmp;
  static Path first;

  @BeforeAll
  static void generate() {
    first = Simulations.run(tmp.resolve("a"), with(SMALL, "--seed", "7"));
  }

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void sameSeedGivesIdenticalBytes() throws Exception {
    Path second = Simulations.run(tmp.resolve("b"), with(SMALL, "--seed", "7"));
    assertThat(hashes(second)).isEqualTo(hashes(first));
    assertThat(Files.size(first.resolve("conn.log"))).isGreaterThan(100_000);
  }

  @Test
  void differentSeedGivesDifferentFiles() throws Exception {
    Path other = Simulations.run(tmp.resolve("c"), with(SMALL, "--seed", "8"));
    TreeMap<String, String> a = hashes(first);
    TreeMap<String, String> b = hashes(other);
    for (String file : FILES) {
      assertThat(b.get(file)).as(file).isNotEqualTo(a.get(file));
    }
  }

  @Test
  void connOnlyWritesTheSameConnLogAndNothingElse() throws Exception {
    Path only = Simulations.run(tmp.resolve("d"), with(SMALL, "--seed", "7", "--conn-only"));
    assertThat(Files.exists(only.resolve("dns.log"))).isFalse();
    assertThat(Files.exists(only.resolve("ssl.log"))).isFalse();
    assertThat(Files.exists(only.resolve("http.log"))).isFalse();
    assertThat(Sha256.of(only.resolve("conn.log"))).isEqualTo(Sha256.of(first.resolve("conn.log")));
    assertThat(Sha256.of(only.resolve("truth.json")))
        .isEqualTo(Sha256.of(first.resolve("truth.json")));
  }

  @Test
  void gzipCompressesTheSameBytes() throws Exception {
    Path gz = Simulations.run(tmp.resolve("e"), with(SMALL, "--seed", "7", "--gzip"));
    for (String log : List.of("conn.log", "dns.log", "ssl.log", "http.log")) {
      assertThat(Files.exists(gz.resolve(log))).isFalse();
      byte[] plain = Files.readAllBytes(first.resolve(log));
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz.resolve(log + ".gz")))) {
        assertThat(in.readAllBytes()).as(log).isEqualTo(plain);
      }
    }
    Path again = Simulations.run(tmp.resolve("f"), with(SMALL, "--seed", "7", "--gzip"));
    assertThat(Sha256.of(again.resolve("conn.log.gz")))
        .isEqualTo(Sha256.of(gz.resolve("conn.log.gz")));
  }

  private static TreeMap<String, String> hashes(Path dir) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    for (String file : FILES) {
      out.put(file, Sha256.of(dir.resolve(file)));
    }
    return out;
  }
}
