package dev.cronhound.formats.windows.evtx;

import static dev.cronhound.formats.windows.evtx.LittleEndian.i64;
import static dev.cronhound.formats.windows.evtx.LittleEndian.u32;

import dev.cronhound.core.event.Origin;
import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.windows.WindowsRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Decodes one 64 KiB EVTX chunk: header {@code ElfChnk\0} (512 bytes: record number and id
 * ranges, header size 128, last record offset, free space offset at 48, CRC32 of the record data
 * at 52, 64 string-table and 32 template offsets at 128 and 384, CRC32 of bytes 0-120 and 128-512
 * at 124; a checksum of 0 means none was written), then records from offset 512 up to the free
 * space offset: {@code **\0\0}, size, record id, written FILETIME, BinXML, size again.
 *
 * <p>A slot of zeroes is empty (no problem); a bad magic skips the chunk. A bad header checksum is
 * reported and the chunk is still read, its records checked one by one, more strictly: the header
 * only points into the records (the string and template tables are caches the reader does not use;
 * a damaged string cache is what upstream's {@code security_bad_string_cache.evtx} holds), and
 * every record must have a sound magic, a size within the chunk, the same size in its last 4
 * bytes and BinXML that can be walked. A bad record data checksum is reported and the records are
 * still read (each one is checked on its own). A record with a bad magic or size (or, in a chunk
 * whose header checksum is bad, a size copy that differs) is reported and the reader
 * resynchronises on the next record magic; elsewhere the trailing size copy is not checked
 * (python-evtx and Windows ignore it too). A record whose BinXML cannot be walked is reported and
 * skipped. Pure function of its bytes: safe to run on any thread.
 */
final class EvtxChunk {

  static final int SIZE = 65536;
  static final int HEADER = 512;
  private static final byte[] MAGIC = "ElfChnk\0".getBytes(StandardCharsets.US_ASCII);

  /** What a chunk gave: records in order and problems (file offset, reason). */
  record Result(List<WindowsRecord> records, List<ReadReport.Problem> problems) {}

  private EvtxChunk() {}

  /**
   * Decodes chunk {@code index} held in {@code b[0, length)}, which starts at {@code fileOffset},
   * using and adding to the file's {@code plans} ({@link TemplatePlans}); null walks every record
   * in full ({@link BinXmlReader}), for tests.
   */
  static Result decode(
      byte[] b, int length, long fileOffset, int index, String file, TemplatePlans plans) {
    List<WindowsRecord> records = new ArrayList<>();
    List<ReadReport.Problem> problems = new ArrayList<>();
    Result result = new Result(records, problems);
    if (isZero(b, length)) {
      return result;
    }
    if (length < SIZE) {
      problems.add(
          new ReadReport.Problem(
              file, fileOffset, "chunk " + index + ": cut short at " + length + " bytes; chunk skipped"));
      return result;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (b[i] != MAGIC[i]) {
        problems.add(
            new ReadReport.Problem(file, fileOffset, "chunk " + index + ": bad magic; chunk skipped"));
        return result;
      }
    }
    CRC32 crc = new CRC32();
    crc.update(b, 0, 120);
    crc.update(b, 128, HEADER - 128);
    // A bad header checksum: the records are read anyway, each checked with its size copy too.
    boolean strict = u32(b, 124) != 0 && crc.getValue() != u32(b, 124);
    if (strict) {
      problems.add(
          new ReadReport.Problem(
              file, fileOffset, "chunk " + index + ": bad header checksum; records read one by one"));
    }
    long free = u32(b, 48);
    int end = (int) Math.max(HEADER, Math.min(free, SIZE));
    if (free < HEADER || free > SIZE) {
      problems.add(
          new ReadReport.Problem(
              file, fileOffset, "chunk " + index + ": free space offset " + free + " out of range; read to the end"));
      end = SIZE;
    } else {
      crc.reset();
      crc.update(b, HEADER, end - HEADER);
      if (u32(b, 52) != 0 && crc.getValue() != u32(b, 52)) {
        problems.add(
            new ReadReport.Problem(
                file, fileOffset, "chunk " + index + ": bad record data checksum; records read one by one"));
      }
    }
    BinXmlReader xml = new BinXmlReader(b, SIZE, plans);
    EvtxRecordFields fields = new EvtxRecordFields();
    int p = HEADER;
    while (p + 28 <= end) {
      long size = isRecord(b, p, end, strict);
      if (size < 0) {
        int next = resync(b, p + 1, end, strict);
        String why =
            "chunk " + index + ": bad record " + (size == -1 ? "magic" : size == -2 ? "size" : "size copy");
        if (!(size == -1 && isZero(b, p, end))) {
          problems.add(
              new ReadReport.Problem(
                  file, fileOffset + p, why + "; " + (next - p) + " bytes skipped"));
        }
        p = next;
        continue;
      }
      long headerId = i64(b, p + 8);
      try {
        fields.reset();
        xml.read(p + 24, p + (int) size - 4, fields);
        records.add(fields.build(headerId, new Origin(file, fileOffset + p)));
      } catch (RuntimeException e) {
        String reason = e instanceof BinXmlException ? e.getMessage() : e.getClass().getSimpleName();
        problems.add(
            new ReadReport.Problem(
                file,
                fileOffset + p,
                "chunk " + index + ": record " + headerId + ": broken BinXML (" + reason + "); record skipped"));
      }
      p += (int) size;
    }
    return result;
  }

  /**
   * The record size when a sound record starts at {@code p}; -1 bad magic, -2 bad size, -3 (only
   * when {@code strict}) a size copy at the record's end that differs.
   */
  private static long isRecord(byte[] b, int p, int end, boolean strict) {
    if (b[p] != '*' || b[p + 1] != '*' || b[p + 2] != 0 || b[p + 3] != 0) {
      return -1;
    }
    long size = u32(b, p + 4);
    if (size < 28 || size > end - p) {
      return -2;
    }
    if (strict && u32(b, p + (int) size - 4) != size) {
      return -3;
    }
    return size;
  }

  private static int resync(byte[] b, int from, int end, boolean strict) {
    for (int p = from; p + 28 <= end; p++) {
      if (b[p] == '*' && isRecord(b, p, end, strict) > 0) {
        return p;
      }
    }
    return end;
  }

  private static boolean isZero(byte[] b, int length) {
    return isZero(b, 0, length);
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
