package dev.cronhound.formats.windows.evtx;

import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.windows.WindowsRecord;
import dev.cronhound.formats.windows.WindowsRecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * <p><b>Bad input</b> is counted with file and byte offset in the {@link ReadReport}, never thrown:
 * a chunk with a bad magic or header checksum is skipped, a bad record is skipped, the rest is
 * read; empty (all-zero) chunk slots are skipped silently. Memory is bounded by a few chunks.
 */
public final class EvtxReader {

  private EvtxReader() {}

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
    byte[] header = new byte[EvtxFileHeader.SIZE];
    int n;
    try {
      n = in.readNBytes(header, 0, header.length);
    } catch (IOException e) {
      report.malformed(file, 0, "read failed: " + e.getMessage());
      return;
    }
    report.bytesRead(n);
    if (n == 0) {
      return;
    }
    String problem = EvtxFileHeader.problem(header, n);
    if (problem != null) {
      report.malformed(file, 0, problem);
    }
    if (n < header.length) {
      return;
    }
    if (threads <= 1) {
      sequential(in, file, sink, report);
    } else {
      parallel(in, file, sink, report, threads);
    }
  }

  private static void sequential(InputStream in, String file, WindowsRecordSink sink, ReadReport report) {
    byte[] chunk = new byte[EvtxChunk.SIZE];
    TemplatePlans plans = new TemplatePlans();
    long offset = EvtxFileHeader.SIZE;
    for (int index = 0; ; index++) {
      int n = fill(in, chunk, file, offset, report);
      if (n <= 0) {
        return;
      }
      report.bytesRead(n);
      deliver(decode(chunk, n, offset, index, file, plans), sink, report);
      offset += n;
      if (n < chunk.length) {
        return;
      }
    }
  }

  private static void parallel(
      InputStream in, String file, WindowsRecordSink sink, ReadReport report, int threads) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "evtx-decode");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<EvtxChunk.Result>> inFlight = new ArrayDeque<>();
    TemplatePlans plans = new TemplatePlans();
    int maxInFlight = 2 * threads;
    try {
      long offset = EvtxFileHeader.SIZE;
      for (int index = 0; ; index++) {
        byte[] chunk = new byte[EvtxChunk.SIZE];
        int n = fill(in, chunk, file, offset, report);
        if (n <= 0) {
          break;
        }
        report.bytesRead(n);
        final long at = offset;
        final int i = index;
        inFlight.add(pool.submit(() -> decode(chunk, n, at, i, file, plans)));
        while (inFlight.size() >= maxInFlight) {
          deliver(take(inFlight.poll(), file, at), sink, report);
        }
        offset += n;
        if (n < chunk.length) {
          break;
        }
      }
      while (!inFlight.isEmpty()) {
        deliver(take(inFlight.poll(), file, offset), sink, report);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static EvtxChunk.Result take(Future<EvtxChunk.Result> f, String file, long offset) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + file, e);
    } catch (ExecutionException e) {
      // decode() catches everything; this is only reached for errors such as OutOfMemoryError.
      throw new IllegalStateException("decoding " + file + " near byte " + offset + " failed", e.getCause());
    }
  }

  private static EvtxChunk.Result decode(
      byte[] chunk, int n, long offset, int index, String file, TemplatePlans plans) {
    try {
      return EvtxChunk.decode(chunk, n, offset, index, file, plans);
    } catch (RuntimeException e) {
      EvtxChunk.Result r = new EvtxChunk.Result(new java.util.ArrayList<>(), new java.util.ArrayList<>());
      r.problems().add(
          new ReadReport.Problem(file, offset, "chunk " + index + ": unreadable (" + e + "); chunk skipped"));
      return r;
    }
  }

  private static void deliver(EvtxChunk.Result r, WindowsRecordSink sink, ReadReport report) {
    for (ReadReport.Problem p : r.problems()) {
      report.malformed(p.file(), p.line(), p.reason());
    }
    report.records("evtx", r.records().size());
    for (WindowsRecord record : r.records()) {
      sink.accept(record);
    }
  }

  /** Reads up to a chunk; on an I/O error reports it and returns what was read (or -1). */
  private static int fill(InputStream in, byte[] chunk, String file, long offset, ReadReport report) {
    try {
      return in.readNBytes(chunk, 0, chunk.length);
    } catch (IOException e) {
      report.malformed(file, offset, "read failed: " + e.getMessage());
      return -1;
    }
  }
}
