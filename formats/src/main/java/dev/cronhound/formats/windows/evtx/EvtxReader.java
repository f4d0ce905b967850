package dev.cronhound.formats.windows.evtx;

import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.windows.WindowsRecord;
import dev.cronhound.formats.windows.WindowsRecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;

/**
 * Reads Windows XML Event Log files ({@code .evtx}, the binary format of {@code
 * C:\Windows\System32\winevt\Logs\*.evtx}) as a stream, chunk by chunk, into {@link
 * WindowsRecord}s.
 *
 * <p><b>Source of truth</b>: libyal/libevtx, "Windows XML Event Log (EVTX)" (format
 * documentation), checked against python-evtx's output on the fixtures in {@code
 * src/test/resources/windows/evtx/}.
 *
 * <p><b>Format</b>: a 4096-byte file header ({@code ElfFile\0}, {@link EvtxFileHeader}), then 64
 * KiB chunks ({@code ElfChnk\0}, {@link EvtxChunk}) each holding records ({@code **\0\0}, size,
 * id, written time, BinXML). The BinXML of a record is usually a template instance: a template
 * defined once per chunk (element and attribute names from the chunk's string table, {@link
 * BinXmlReader}) plus this record's typed substitution values. Rendered as XML a record looks like
 * {@code <Event><System><Provider Name="Microsoft-Windows-Sysmon"/><EventID>1</EventID>...
 * <TimeCreated SystemTime="2019-03-08T23:33:27.1234567Z"/><EventRecordID>42</EventRecordID>...
 * </System><EventData><Data Name="Image">C:\x.exe</Data></EventData></Event>}.
 *
 * <p><b>Yields</b> one {@link WindowsRecord} per readable record: the System fields it carries,
 * the EventData/UserData values as text ({@link EvtxValues}) and, as origin line, the record's byte
 * offset in the file. <b>Ignored</b>: Level, Task, Opcode, Keywords, Correlation, EventID
 * Qualifiers, RenderingInfo, processing instructions, the file header's counts and flags (dirty
 * files are read as they are).
 *
 * <p><b>Forwarded events</b> (a Windows Event Collector's {@code ForwardedEvents.evtx}) are written
 * without templates: the record's BinXML is the elements themselves (no dependency identifier
 * after an open-element token, as in a template definition), every value a string value token
 * (EventID, EventRecordID and TimeCreated included, the time with 9 fraction digits), then, with
 * the "RenderedText" format, a {@code RenderingInfo} element after EventData (Message, Level,
 * Task, Opcode, Channel, Provider, Keywords as the source rendered them). They give the same
 * {@link WindowsRecord} as a local record: System fields and EventData; RenderingInfo is walked and
 * not kept (see docs/windows-events.md). A NullType value token gives no text.
 *
 * <p><b>Bad input</b> is counted with file and byte offset in the {@link ReadReport}, never thrown:
 * a chunk with a bad magic is skipped; a chunk with a bad header checksum is reported and read
 * record by record, each record checked strictly ({@link EvtxChunk}); a bad record is skipped, the
 * rest is read; empty (all-zero) chunk slots are skipped silently. Memory is bounded by a few chunks.
 *
 * <p><b>Threads</b>: an instance reads the files of a whole run ({@link #readFile}, then {@link
 * #finish}); with more than one thread, chunks are decoded on worker threads, one pool for the run,
 * and the workers also do the sink's per-chunk work ({@link WindowsRecordSink#prepare}, such as
 * rendering JSON lines), while the calling thread reads chunks and delivers them in file order,
 * from one file into the next without waiting. Template plans ({@link TemplatePlans}) are shared
 * by every file of the run: a template's plan depends only on the template.
 */
public final class EvtxReader implements AutoCloseable {

  private final TemplatePlans plans = new TemplatePlans();
  /** Null with one thread: chunks are decoded and delivered on the calling thread. */
  private final ChunkQueue queue;

  /** A reader for a run, decoding on up to {@code threads} threads (1: the calling thread only). */
  public EvtxReader(int threads) {
    queue = threads > 1 ? new ChunkQueue(threads) : null;
  }

  /** Reads every record of an .evtx stream; never throws for bad content. Does not close in. */
  public static void read(InputStream in, String file, WindowsRecordSink sink, ReadReport report) {
    read(in, file, sink, report, 1);
  }

  /**
   * Same, decoding up to {@code threads} chunks in parallel; records reach the sink in file order,
   * on the calling thread.
   */
  public static void read(
      InputStream in, String file, WindowsRecordSink sink, ReadReport report, int threads) {
    try (EvtxReader reader = new EvtxReader(threads)) {
      reader.readFile(in, file, sink, report);
      reader.finish();
    }
  }

  /**
   * Reads {@code in} to its end; with worker threads, its last records may reach the sink later,
   * during the next {@link #readFile} or at {@link #finish}, still in order. Never throws for bad
   * content; does not close {@code in}.
   */
  public void readFile(InputStream in, String file, WindowsRecordSink sink, ReadReport report) {
    byte[] header = new byte[EvtxFileHeader.SIZE];
    int n;
    try {
      n = in.readNBytes(header, 0, header.length);
    } catch (IOException e) {
      problem(report, file, 0, "read failed: " + e.getMessage());
      return;
    }
    report.bytesRead(n);
    if (n == 0) {
      return;
    }
    String problem = EvtxFileHeader.problem(header, n);
    if (problem != null) {
      problem(report, file, 0, problem);
    }
    if (n < header.length) {
      return;
    }
    long offset = EvtxFileHeader.SIZE;
    byte[] chunk = queue == null ? new byte[EvtxChunk.SIZE] : null;
    for (int index = 0; ; index++) {
      if (queue != null) {
        chunk = new byte[EvtxChunk.SIZE];
      }
      int got = fill(in, chunk, file, offset, report);
      if (got <= 0) {
        return;
      }
      report.bytesRead(got);
      if (queue == null) {
        deliver(decode(chunk, got, offset, index, file, plans), sink, report);
      } else {
        byte[] c = chunk;
        long at = offset;
        int i = index;
        queue.submit(() -> prepare(decode(c, got, at, i, file, plans), sink, report));
      }
      offset += got;
      if (got < chunk.length) {
        return;
      }
    }
  }

  /** Delivers every record still being decoded; call before writing anything else to the sink's output. */
  public void finish() {
    if (queue != null) {
      queue.drain();
    }
  }

  /** Stops the worker threads (without delivering what is still in flight: {@link #finish} first). */
  @Override
  public void close() {
    if (queue != null) {
      queue.close();
    }
  }

  private void problem(ReadReport report, String file, long offset, String reason) {
    if (queue == null) {
      report.malformed(file, offset, reason);
    } else {
      queue.add(() -> report.malformed(file, offset, reason));
    }
  }

  private static EvtxChunk.Result decode(
      byte[] chunk, int n, long offset, int index, String file, TemplatePlans plans) {
    try {
      return EvtxChunk.decode(chunk, n, offset, index, file, plans);
    } catch (RuntimeException e) {
      EvtxChunk.Result r = new EvtxChunk.Result(new ArrayList<>(), new ArrayList<>());
      r.problems().add(
          new ReadReport.Problem(file, offset, "chunk " + index + ": unreadable (" + e + "); chunk skipped"));
      return r;
    }
  }

  private static void deliver(EvtxChunk.Result r, WindowsRecordSink sink, ReadReport report) {
    count(r, report);
    for (WindowsRecord record : r.records()) {
      sink.accept(record);
    }
  }

  /** On a worker: the sink's work on the chunk; returns the delivery, run in order. */
  private static Runnable prepare(EvtxChunk.Result r, WindowsRecordSink sink, ReadReport report) {
    Runnable records = sink.prepare(r.records());
    return () -> {
      count(r, report);
      records.run();
    };
  }

  private static void count(EvtxChunk.Result r, ReadReport report) {
    for (ReadReport.Problem p : r.problems()) {
      report.malformed(p.file(), p.line(), p.reason());
    }
    report.records("evtx", r.records().size());
  }

  /** Reads up to a chunk; on an I/O error reports it and returns what was read (or -1). */
  private int fill(InputStream in, byte[] chunk, String file, long offset, ReadReport report) {
    try {
      return in.readNBytes(chunk, 0, chunk.length);
    } catch (IOException e) {
      problem(report, file, offset, "read failed: " + e.getMessage());
      return -1;
    }
  }
}
