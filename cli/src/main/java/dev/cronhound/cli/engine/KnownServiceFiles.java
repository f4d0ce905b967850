package dev.cronhound.cli.engine;

import dev.cronhound.core.context.KnownServices;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads known-services lists: the one shipped in core ({@code
 * dev/cronhound/core/context/known-services.txt}) and site files given with {@code
 * --known-services}. Core parses ({@link KnownServices#parse}); reading is done here, core does no
 * I/O.
 */
public final class KnownServiceFiles {

  /** The shipped list's name in entries' {@code file:line} and in error messages. */
  public static final String SHIPPED_NAME = "known-services.txt";

  private static final KnownServices SHIPPED = loadShipped();

  private KnownServiceFiles() {}

  /** The list shipped with cronhound, parsed once. */
  public static KnownServices shipped() {
    return SHIPPED;
  }

  /**
   * A site list file.
   *
   * @throws IllegalArgumentException when it cannot be read, or naming each bad line as {@code
   *     file:line}
   */
  public static KnownServices read(Path file) {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read known-services file " + file);
    }
    try {
      return KnownServices.parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read known-services file " + file + ": " + e.getMessage(), e);
    }
  }

  private static KnownServices loadShipped() {
    try (InputStream in = KnownServices.class.getResourceAsStream(SHIPPED_NAME)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED_NAME + " is missing from the core jar");
      }
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      return KnownServices.parse(SHIPPED_NAME, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
