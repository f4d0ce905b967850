package dev.cronhound.core.net;

/**
 * Traffic that announces or discovers services on the local segment rather than transferring data
 * to a peer: link-local ({@code 169.254.0.0/16}, {@code fe80::/10}), multicast ({@code 224.0.0.0/4},
 * {@code ff00::/8}) and broadcast ({@code 255.255.255.255}, {@code 0.0.0.0}) destinations, and the
 * service-discovery ports SSDP ({@code 1900/udp}), mDNS ({@code 5353}), LLMNR ({@code 5355}) and
 * NetBIOS name and datagram ({@code 137}, {@code 138}). Such flows recur on timers of their own
 * (an SSDP announce every 30 s) and would read as beacons; they are counted and left out. A
 * subnet's directed broadcast ({@code x.y.z.255}) is not recognised: the mask is not in the logs.
 */
public final class DiscoveryTraffic {

  private DiscoveryTraffic() {}

  /**
   * True when a flow to {@code dst} (its IPv4 value {@code dst4}, or -1 when not IPv4) on {@code
   * port} over {@code proto} is discovery traffic. IPv4 answers without allocating.
   */
  public static boolean isDiscovery(String dst, int dst4, int port, String proto) {
    switch (port) {
      case 137, 138, 5353, 5355 -> {
        return true;
      }
      case 1900 -> {
        if (proto == null || "udp".equals(proto)) {
          return true;
        }
      }
      default -> {
        // not a discovery port: the address decides
      }
    }
    if (dst4 != -1) {
      return isDiscoveryV4(dst4);
    }
    if ("255.255.255.255".equals(dst)) {
      return true;
    }
    if (dst == null || dst.isEmpty() || (dst.charAt(0) != 'f' && dst.charAt(0) != 'F')) {
      return false;
    }
    byte[] a = IpLiteral.parse(dst);
    if (a == null || a.length != 16) {
      return false;
    }
    return (a[0] & 0xff) == 0xff || ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80);
  }

  /** Link-local, multicast, limited broadcast or the unspecified address. */
  public static boolean isDiscoveryV4(int v4) {
    return (v4 >>> 16) == 0xa9fe // 169.254/16
        || (v4 >>> 28) == 0xe // 224/4
        || v4 == -1 // 255.255.255.255
        || v4 == 0;
  }
}
