package dev.cronhound.formats.windows.evtx;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The 4096-byte EVTX file header: {@code ElfFile\0}, first/last chunk numbers, next record id,
 * header size (128), version 3.1, header block size (4096), chunk count, flags at 120 (1 = dirty,
 * 2 = full) and the CRC32 of the first 120 bytes at 124. The reader only checks it and reads
 * chunks after it whatever it says (dirty files are read as they are; the chunk count is not
 * trusted, every 64 KiB slot is looked at).
 */
final class EvtxFileHeader {

  static final int SIZE = 4096;
  private static final byte[] MAGIC = "ElfFile\0".getBytes(StandardCharsets.US_ASCII);

  private EvtxFileHeader() {}

  /** Null when the header is sound, else a short reason. */
  static String problem(byte[] h, int length) {
    if (length < 128) {
      return "file header cut short (" + length + " bytes)";
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (h[i] != MAGIC[i]) {
        return "bad file header magic; chunks read anyway";
      }
    }
    CRC32 crc = new CRC32();
    crc.update(h, 0, 120);
    if (crc.getValue() != LittleEndian.u32(h, 124)) {
      return "bad file header checksum; chunks read anyway";
    }
    return null;
  }
}
