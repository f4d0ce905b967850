package dev.cronhound.formats;

import java.io.IOException;
import java.io.InputStream;

/**
 * The first bytes of an input, read to recognise its format. A read error after some bytes is kept
 * rather than thrown, so a damaged file (e.g. a cut-off gzip) is still recognised and its reader
 * meets the same error at the right line.
 */
record Prefix(byte[] bytes, int length, IOException error) {

  static Prefix read(InputStream in) {
    byte[] buf = new byte[Inputs.SNIFF_BYTES];
    int n = 0;
    try {
      while (n < buf.length) {
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      return new Prefix(buf, n, e);
    }
    return new Prefix(buf, n, null);
  }

  /** The rest of the input after the prefix: {@code in}, or a stream replaying the error. */
  InputStream rest(InputStream in) {
    if (error == null) {
      return in;
    }
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw error;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw error;
      }
    };
  }
}
