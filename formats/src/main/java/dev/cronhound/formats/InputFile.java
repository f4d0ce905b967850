package dev.cronhound.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * One input found by {@link Inputs#discover}: what to call it in reports, how to parse it, and how
 * to get at its bytes (already decompressed).
 *
 * @param name the file as the user named it ({@code -} for stdin; for a file found while walking a
 *     directory, the directory argument joined with the relative path, e.g. {@code
 *     samples/zeek/conn.log})
 * @param format the format to parse it as (sniffed, or forced with {@code --format})
 * @param logKind the log stream ({@code conn}, {@code dns}, {@code ssl}, {@code http}, or another
 *     Zeek path such as {@code weird}), or null when unknown
 * @param source opens the decompressed bytes; stdin can be opened only once
 */
public record InputFile(String name, InputFormat format, String logKind, Source source) {

  /** Opens the decompressed content of an input. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  /**
   * Opens the decompressed content. Files can be opened again; stdin only once (a second call
   * throws {@link IOException}). The caller closes the stream.
   */
  public InputStream open() throws IOException {
    return source.open();
  }

  /**
   * The file's last-modified time, epoch microseconds UTC, or 0 when there is none to read (stdin,
   * a name that is not a path, an error). A fact of the copy read, not of the log: a log copied
   * without its times has the copy's.
   */
  public long modifiedMicros() {
    return modifiedMicros(name);
  }

  /** The last-modified time of the file named {@code name}, epoch microseconds, or 0 (stdin, not a path, an error). */
  public static long modifiedMicros(String name) {
    if (name.equals("-")) {
      return 0;
    }
    try {
      return Files.getLastModifiedTime(Path.of(name)).toMillis() * 1000L;
    } catch (IOException | InvalidPathException | SecurityException e) {
      return 0;
    }
  }

}
