package dev.cronhound.cli.config;

import dev.cronhound.core.tuning.EntryLine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an allowlist or baseline file: one entry a line, {@code #} comments (whole-line and
 * trailing), blank lines; each entry keeps its {@code file:line} for messages ({@link EntryLine}).
 */
public final class EntryFile {

  /** Larger than any hand-kept list; a bound so that a wrong path (a log, a disk image) fails fast. */
  static final long MAX_BYTES = 16L << 20;

  private EntryFile() {}

  /**
   * The entries of {@code file}, placed by {@code file:line}.
   *
   * @param what the list, for messages ({@code allowlist}, {@code baseline})
   * @throws IllegalArgumentException when the file cannot be read, is too large or is not UTF-8
   */
  public static List<EntryLine> read(Path file, String what) {
    return EntryLine.parse(file.toString(), text(file, what, MAX_BYTES).lines().toList());
  }

  /** The UTF-8 text of {@code file}, at most {@code maxBytes} long. */
  static String text(Path file, String what, long maxBytes) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read " + what + " file " + file);
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new IllegalArgumentException(what + " file " + file + " is " + size + " bytes; at most " + maxBytes + " are read");
      }
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(what + " file " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + what + " file " + file + ": " + e.getMessage());
    }
  }
}
