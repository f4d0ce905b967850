package dev.cronhound.cli.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that tells {@link HuntProgress} how many bytes each read returned: once per chunk. */
final class CountingInput extends FilterInputStream {

  private final HuntProgress progress;

  CountingInput(InputStream in, HuntProgress progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      progress.bytes(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      progress.bytes(n);
    }
    return n;
  }
}
