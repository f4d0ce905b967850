package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A file's SHA-256 in lower-case hex, for comparing generated files. */
final class Sha256 {
  private Sha256() {}

  static String of(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The SHA-256 of every file below {@code root}, by path relative to it. */
  static TreeMap<String, String> tree(Path root) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.put(root.relativize(f).toString(), of(f));
      }
    }
    return out;
  }
}
