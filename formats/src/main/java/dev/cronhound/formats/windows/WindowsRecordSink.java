package dev.cronhound.formats.windows;

import java.util.List;

/** Receives Windows records one at a time, in the order the reader yields them. */
@FunctionalInterface
public interface WindowsRecordSink {
  void accept(WindowsRecord record);

  /**
   * The work on a batch of records (one EVTX chunk's) that may run on a decoding thread, at the
   * same time as other batches: returns what then takes the batch on the reading thread, batch
   * after batch in order. By default nothing is done ahead and the delivery is {@link #accept} per
   * record; a sink whose per-record work needs no shared state (rendering) does it here.
   */
  default Runnable prepare(List<WindowsRecord> records) {
    return () -> {
      for (WindowsRecord r : records) {
        accept(r);
      }
    };
  }
}
