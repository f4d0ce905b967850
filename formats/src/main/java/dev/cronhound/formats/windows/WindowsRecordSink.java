package dev.cronhound.formats.windows;

/** Receives Windows records one at a time, in the order the reader yields them. */
@FunctionalInterface
public interface WindowsRecordSink {
  void accept(WindowsRecord record);
}
