package dev.cronhound.formats;

import java.io.IOException;
import java.io.InputStream;

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
}
