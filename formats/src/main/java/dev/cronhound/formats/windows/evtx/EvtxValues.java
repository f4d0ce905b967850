package dev.cronhound.formats.windows.evtx;

import static dev.cronhound.formats.windows.evtx.LittleEndian.i32;
import static dev.cronhound.formats.windows.evtx.LittleEndian.i64;
import static dev.cronhound.formats.windows.evtx.LittleEndian.u16;
import static dev.cronhound.formats.windows.evtx.LittleEndian.u32;

import dev.cronhound.formats.CivilDate;

/**
 * Renders BinXML typed values as text, in the conventions of {@link
 * dev.cronhound.formats.windows.WindowsRecord}: decimal integers, {@code 0x} lower-case hex for
 * HexInt32/HexInt64/SizeT, upper-case {@code {GUID}}, {@code S-1-...} SIDs, ISO-8601 UTC with 7
 * fraction digits for FILETIME/SYSTEMTIME, upper-case hex for binary, {@code true}/{@code false},
 * arrays (type | 0x80) joined with {@code ,}, NULL as nothing. Types it does not know render as
 * upper-case hex of their bytes. Never reads outside {@code [off, off + len)}.
 */
final class EvtxValues {

  static final int NULL = 0x00;
  static final int STRING = 0x01;
  static final int ANSI_STRING = 0x02;
  static final int FILETIME = 0x11;
  static final int BINXML = 0x21;
  static final int ARRAY = 0x80;

  /** FILETIME ticks (100 ns since 1601-01-01) at the Unix epoch. */
  static final long EPOCH_TICKS = 116_444_736_000_000_000L;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private EvtxValues() {}

  /**
   * Appends the text of a value of {@code type} held in {@code b[off, off+len)}. Strings and
   * integers, most values, are rendered here; the rest by {@link #renderOther}, a method too large
   * for C2 to inline: this one stays small, and a value type met for the first time late in a run
   * recompiles a small method ({@code -XX:+LogCompilation} showed this one compiled three or four
   * times at about 9 KB of inlined bytecode when it held every type).
   */
  static void render(int type, byte[] b, int off, int len, ValueText out) {
    if (type == STRING) {
      utf16(b, off, len / 2, true, out);
      return;
    }
    int size = integerSize(type);
    if (size > 0 && len >= size) {
      long v = switch (type) {
        case 0x03 -> b[off];
        case 0x04 -> b[off] & 0xFF;
        case 0x05 -> (short) u16(b, off);
        case 0x06 -> u16(b, off);
        case 0x07 -> i32(b, off);
        case 0x08, 0x14 -> u32(b, off);
        default -> i64(b, off);
      };
      if (type == 0x0a && v < 0) {
        out.append(Long.toUnsignedString(v));
      } else if (type == 0x14 || type == 0x15) {
        out.append('0').append('x').appendHex(v);
      } else {
        out.append(v);
      }
      return;
    }
    renderOther(type, b, off, len, out);
  }

  /** The size of the signed/unsigned/hex integer types, 0 for other types. */
  private static int integerSize(int type) {
    return switch (type) {
      case 0x03, 0x04 -> 1;
      case 0x05, 0x06 -> 2;
      case 0x07, 0x08, 0x14 -> 4;
      case 0x09, 0x0a, 0x15 -> 8;
      default -> 0;
    };
  }

  private static void renderOther(int type, byte[] b, int off, int len, ValueText out) {
    if ((type & ARRAY) != 0) {
      renderArray(type & 0x7F, b, off, len, out);
      return;
    }
    switch (type) {
      case NULL -> {}
      case STRING -> utf16(b, off, len / 2, true, out);
      case ANSI_STRING -> {
        int end = off + len;
        while (end > off && b[end - 1] == 0) {
          end--;
        }
        for (int i = off; i < end; i++) {
          out.append((char) (b[i] & 0xFF));
        }
      }
      case 0x03 -> need(len, 1, out).append((int) b[off]);
      case 0x04 -> need(len, 1, out).append(b[off] & 0xFF);
      case 0x05 -> need(len, 2, out).append((short) u16(b, off));
      case 0x06 -> need(len, 2, out).append(u16(b, off));
      case 0x07 -> need(len, 4, out).append(i32(b, off));
      case 0x08 -> need(len, 4, out).append(u32(b, off));
      case 0x09 -> need(len, 8, out).append(i64(b, off));
      case 0x0a -> need(len, 8, out).append(Long.toUnsignedString(i64(b, off)));
      case 0x0b -> need(len, 4, out).append(Float.toString(Float.intBitsToFloat(i32(b, off))));
      case 0x0c -> need(len, 8, out).append(Double.toString(Double.longBitsToDouble(i64(b, off))));
      case 0x0d -> {
        boolean t = false;
        for (int i = off; i < off + len; i++) {
          t |= b[i] != 0;
        }
        out.append(t ? "true" : "false");
      }
      case 0x0f -> guid(b, off, need(len, 16, out));
      case 0x10 -> {
        if (len == 4) {
          out.append("0x").appendHex(u32(b, off));
        } else {
          need(len, 8, out).append("0x").appendHex(i64(b, off));
        }
      }
      case FILETIME -> filetime(i64(b, off), need(len, 8, out));
      case 0x12 -> systemtime(b, off, need(len, 16, out));
      case 0x13 -> sid(b, off, len, out);
      case 0x14 -> need(len, 4, out).append("0x").appendHex(u32(b, off));
      case 0x15 -> need(len, 8, out).append("0x").appendHex(i64(b, off));
      default -> hex(b, off, len, out);
    }
  }

  private static ValueText need(int len, int size, ValueText out) {
    if (len < size) {
      throw new BinXmlException("value of " + len + " bytes, need " + size);
    }
    return out;
  }

  private static void renderArray(int type, byte[] b, int off, int len, ValueText out) {
    if (type == STRING) {
      int n = len / 2;
      int start = 0;
      boolean first = true;
      // NUL-terminated strings; a trailing unterminated piece counts too.
      for (int i = 0; i <= n; i++) {
        if (i == n || u16(b, off + 2 * i) == 0) {
          if (i == n && i == start) {
            break;
          }
          if (!first) {
            out.append(',');
          }
          first = false;
          utf16(b, off + 2 * start, i - start, false, out);
          start = i + 1;
        }
      }
      return;
    }
    int size = elementSize(type, len);
    if (type == 0x13) {
      int p = off;
      int end = off + len;
      boolean first = true;
      while (p + 8 <= end) {
        int sidLen = 8 + 4 * (b[p + 1] & 0xFF);
        if (p + sidLen > end) {
          throw new BinXmlException("SID array cut short");
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        sid(b, p, sidLen, out);
        p += sidLen;
      }
      return;
    }
    if (size <= 0) {
      hex(b, off, len, out);
      return;
    }
    for (int p = off, i = 0; p + size <= off + len; p += size, i++) {
      if (i > 0) {
        out.append(',');
      }
      render(type, b, p, size, out);
    }
  }

  private static int elementSize(int type, int len) {
    return switch (type) {
      case 0x03, 0x04 -> 1;
      case 0x05, 0x06 -> 2;
      case 0x07, 0x08, 0x0b, 0x0d, 0x14 -> 4;
      case 0x09, 0x0a, 0x0c, FILETIME, 0x15 -> 8;
      case 0x0f, 0x12 -> 16;
      case 0x10 -> len % 8 == 0 ? 8 : 4;
      default -> 0;
    };
  }

  /** Appends {@code chars} UTF-16LE code units; drops trailing NULs when {@code trim}. */
  static void utf16(byte[] b, int off, int chars, boolean trim, ValueText out) {
    int n = chars;
    if (trim) {
      while (n > 0 && u16(b, off + 2 * (n - 1)) == 0) {
        n--;
      }
    }
    for (int i = 0; i < n; i++) {
      out.append((char) u16(b, off + 2 * i));
    }
  }

  static void hex(byte[] b, int off, int len, ValueText out) {
    for (int i = off; i < off + len; i++) {
      out.append(HEX[(b[i] >> 4) & 0xF]).append(HEX[b[i] & 0xF]);
    }
  }

  private static void hexPad(long v, int digits, ValueText out) {
    for (int i = digits - 1; i >= 0; i--) {
      out.append(HEX[(int) (v >>> (4 * i)) & 0xF]);
    }
  }

  private static void guid(byte[] b, int off, ValueText out) {
    out.append('{');
    hexPad(u32(b, off), 8, out);
    out.append('-');
    hexPad(u16(b, off + 4), 4, out);
    out.append('-');
    hexPad(u16(b, off + 6), 4, out);
    out.append('-');
    hex(b, off + 8, 2, out);
    out.append('-');
    hex(b, off + 10, 6, out);
    out.append('}');
  }

  private static void sid(byte[] b, int off, int len, ValueText out) {
    if (len < 8) {
      throw new BinXmlException("SID of " + len + " bytes");
    }
    int subs = b[off + 1] & 0xFF;
    if (8 + 4 * subs > len) {
      throw new BinXmlException("SID cut short");
    }
    long authority = 0;
    for (int i = 2; i < 8; i++) {
      authority = (authority << 8) | (b[off + i] & 0xFF);
    }
    out.append("S-").append(b[off] & 0xFF).append('-').append(authority);
    for (int i = 0; i < subs; i++) {
      out.append('-').append(u32(b, off + 8 + 4 * i));
    }
  }

  /** Epoch microseconds (truncated) of a FILETIME. */
  static long filetimeMicros(long ticks) {
    return Math.floorDiv(ticks - EPOCH_TICKS, 10L);
  }

  static void filetime(long ticks, ValueText out) {
    long t = ticks - EPOCH_TICKS;
    long seconds = Math.floorDiv(t, 10_000_000L);
    long fraction = Math.floorMod(t, 10_000_000L);
    iso(seconds, fraction, out);
  }

  private static void systemtime(byte[] b, int off, ValueText out) {
    int year = u16(b, off);
    int month = u16(b, off + 2);
    int day = u16(b, off + 6);
    int hour = u16(b, off + 8);
    int minute = u16(b, off + 10);
    int second = u16(b, off + 12);
    int millis = u16(b, off + 14);
    date(year, month, day, out);
    time(hour, minute, second, millis * 10_000L, out);
  }

  /** ISO-8601 UTC with 7 fraction digits, e.g. {@code 2019-03-08T23:33:27.1234567Z}. */
  static void iso(long epochSeconds, long fraction7, ValueText out) {
    long date = CivilDate.of(Math.floorDiv(epochSeconds, 86_400L));
    int secs = (int) Math.floorMod(epochSeconds, 86_400L);
    date(CivilDate.year(date), CivilDate.month(date), CivilDate.day(date), out);
    time(secs / 3600, secs / 60 % 60, secs % 60, fraction7, out);
  }

  private static void date(long year, int month, int day, ValueText out) {
    pad(year, 4, out);
    out.append('-');
    pad(month, 2, out);
    out.append('-');
    pad(day, 2, out);
    out.append('T');
  }

  private static void time(int h, int m, int s, long fraction7, ValueText out) {
    pad(h, 2, out);
    out.append(':');
    pad(m, 2, out);
    out.append(':');
    pad(s, 2, out);
    out.append('.');
    pad(fraction7, 7, out);
    out.append('Z');
  }

  private static void pad(long v, int digits, ValueText out) {
    int n = 1;
    for (long t = v; t >= 10 || t <= -10; t /= 10) {
      n++;
    }
    for (int i = v < 0 ? n + 1 : n; i < digits; i++) {
      out.append('0');
    }
    out.append(v);
  }

}
