package dev.cronhound.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;

/** Transparent gzip: recognised by its magic bytes ({@code 1f 8b}), not by a file extension. */
final class Decompression {

  private static final int GZIP_BUFFER = 64 << 10;

  private Decompression() {}

  /** {@code raw}, decompressed if it starts like gzip. Closes {@code raw} if opening fails. */
  static InputStream open(InputStream raw) throws IOException {
    PushbackInputStream in = new PushbackInputStream(raw, 2);
    try {
      int b0 = in.read();
      int b1 = b0 < 0 ? -1 : in.read();
      if (b1 >= 0) {
        in.unread(b1);
      }
      if (b0 >= 0) {
        in.unread(b0);
      }
      return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, GZIP_BUFFER) : in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
