package dev.cronhound.cli.simulate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How the kernel's audit subsystem spells values: a string in double quotes when every byte is
 * printable and neither a space nor a quote, otherwise the bytes as unquoted uppercase hex
 * ({@code audit_log_untrustedstring}); {@code proctitle} is the NUL-separated argv, at most 128
 * bytes; {@code saddr} the raw {@code sockaddr}.
 */
final class AuditText {
  static final int PROCTITLE_MAX = 128;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private AuditText() {}

  static String value(String s) {
    return value(s.getBytes(StandardCharsets.UTF_8));
  }

  static String value(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '"' || c < 0x21 || c > 0x7e) {
        return hex(bytes);
      }
    }
    return "\"" + new String(bytes, StandardCharsets.US_ASCII) + "\"";
  }

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** {@code proctitle=}: the command line as the process's memory holds it, cut to 128 bytes. */
  static String proctitle(List<String> argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < argv.size(); i++) {
      if (i > 0) {
        out.write(0);
      }
      out.writeBytes(argv.get(i).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = out.toByteArray();
    if (bytes.length > PROCTITLE_MAX) {
      bytes = java.util.Arrays.copyOf(bytes, PROCTITLE_MAX);
    }
    return value(bytes);
  }

  /**
   * {@code saddr=} of an IPv4 {@code sockaddr_in}: {@code sin_family} AF_INET (2) in host byte
   * order (little-endian on x86_64), the port and the address in network order, 8 zero bytes.
   */
  static String sockaddrIn(String ip, int port) {
    byte[] b = new byte[16];
    b[0] = 2;
    b[2] = (byte) (port >> 8);
    b[3] = (byte) port;
    String[] octets = ip.split("\\.");
    for (int i = 0; i < 4; i++) {
      b[4 + i] = (byte) Integer.parseInt(octets[i]);
    }
    return hex(b);
  }
}
