package dev.cronhound.formats.windows.evtx;

/**
 * Little-endian reads from a byte array; callers check bounds (an overrun throws, never reads junk).
 * Plain byte arithmetic rather than {@code MethodHandles.byteArrayViewVarHandle}: each VarHandle
 * access inlines a dozen method-handle helpers wherever it is used, which made the hot BinXML
 * methods several KB of bytecode for C2 to compile ({@code -XX:+LogCompilation}); an EVTX run is
 * short enough for that compile time to show in its wall time.
 */
final class LittleEndian {

  private LittleEndian() {}

  static int u8(byte[] b, int off) {
    return b[off] & 0xFF;
  }

  static int u16(byte[] b, int off) {
    return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
  }

  static int i32(byte[] b, int off) {
    return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | b[off + 3] << 24;
  }

  static long u32(byte[] b, int off) {
    return i32(b, off) & 0xFFFFFFFFL;
  }

  static long i64(byte[] b, int off) {
    return (i32(b, off) & 0xFFFFFFFFL) | (long) i32(b, off + 4) << 32;
  }
}
