package dev.cronhound.cli.engine;

import java.util.function.LongSupplier;

/**
 * What a hunt tells whoever shows its progress. Called on the hunting thread and never per record:
 * once per file, once per phase, and once per chunk of input bytes read ({@link CountingInput}),
 * so an implementation checks the time there and stays cheap.
 */
public interface HuntProgress {

  /** Shows nothing; the hunt reads its files unwrapped. */
  HuntProgress NONE = new HuntProgress() {};

  /** The run began; {@code events} counts the normalized events so far (call it rarely). */
  default void start(LongSupplier events) {}

  /** File {@code index} (from 1) of {@code files} is being read. */
  default void file(int index, int files, String name) {}

  /** {@code n} more (decompressed) input bytes were read. */
  default void bytes(long n) {}

  /** The hunt moved on to {@code phase} ("correlating endpoint events", "scoring 1,204 channels"). */
  default void phase(String phase) {}

  /** The hunt is done: clear whatever was shown. */
  default void done() {}
}
