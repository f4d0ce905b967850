package dev.cronhound.formats.windows.evtx;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian reads from a byte array; callers check bounds (an overrun throws, never reads junk). */
final class LittleEndian {

  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LittleEndian() {}

  static int u8(byte[] b, int off) {
    return b[off] & 0xFF;
  }

  static int u16(byte[] b, int off) {
    return ((short) SHORT.get(b, off)) & 0xFFFF;
  }

  static int i32(byte[] b, int off) {
    return (int) INT.get(b, off);
  }

  static long u32(byte[] b, int off) {
    return ((int) INT.get(b, off)) & 0xFFFFFFFFL;
  }

  static long i64(byte[] b, int off) {
    return (long) LONG.get(b, off);
  }
}
