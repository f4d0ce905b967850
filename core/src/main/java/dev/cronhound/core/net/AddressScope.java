package dev.cronhound.core.net;

import java.util.ArrayList;
import java.util.List;

/**
 * Which addresses are "ours": the internal networks that sources live in and that outbound
 * destinations are not. Defaults cover RFC 1918, loopback, link-local, CGNAT, multicast, broadcast
 * and IPv6 ULA/link-local/multicast. {@link #with} adds and removes blocks ({@code --internal},
 * {@code --not-internal}); a list given whole (the {@code InternalNetworks} tunable) replaces the
 * defaults, IPv6 and multicast included.
 */
public final class AddressScope {

  public static final String DEFAULT_INTERNAL =
      "10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,127.0.0.0/8,169.254.0.0/16,100.64.0.0/10,"
          + "224.0.0.0/4,255.255.255.255/32,0.0.0.0/32,::1/128,fc00::/7,fe80::/10,ff00::/8,::/128";

  private static final int MEMO_LIMIT = 1 << 16;

  private final List<Cidr> internal;
  private final int[] v4Network;
  private final int[] v4Mask;
  private final java.util.HashMap<String, Boolean> memo = new java.util.HashMap<>();

  public AddressScope(List<Cidr> internal) {
    this.internal = List.copyOf(internal);
    List<Cidr> v4 = this.internal.stream().filter(c -> c.network().length == 4).toList();
    v4Network = new int[v4.size()];
    v4Mask = new int[v4.size()];
    for (int i = 0; i < v4.size(); i++) {
      byte[] n = v4.get(i).network();
      v4Network[i] = ((n[0] & 0xff) << 24) | ((n[1] & 0xff) << 16) | ((n[2] & 0xff) << 8) | (n[3] & 0xff);
      v4Mask[i] = v4.get(i).prefix() == 0 ? 0 : -1 << (32 - v4.get(i).prefix());
    }
  }

  /** Parses a comma-separated list of CIDRs. */
  public static AddressScope parse(String commaSeparated) {
    List<Cidr> out = new ArrayList<>();
    for (String part : commaSeparated.split(",")) {
      if (!part.isBlank()) {
        out.add(Cidr.parse(part));
      }
    }
    return new AddressScope(out);
  }

  /**
   * This scope with {@code added} blocks joined and then {@code removed} ones cut out, a removed
   * block inside a listed one splitting it ({@link Cidr#minus}): {@code --not-internal
   * 10.20.0.0/16} leaves the rest of {@code 10.0.0.0/8} internal. Removal wins over addition.
   */
  public AddressScope with(List<Cidr> added, List<Cidr> removed) {
    List<Cidr> blocks = new ArrayList<>(internal);
    for (Cidr a : added) {
      if (!blocks.contains(a)) {
        blocks.add(a);
      }
    }
    for (Cidr r : removed) {
      List<Cidr> next = new ArrayList<>(blocks.size() + 8);
      for (Cidr b : blocks) {
        next.addAll(b.minus(r));
      }
      blocks = next;
    }
    return new AddressScope(blocks);
  }

  /** The blocks, comma-separated as {@link #parse} reads them (the {@code InternalNetworks} form). */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Cidr c : internal) {
      b.append(b.length() == 0 ? "" : ",").append(c.text());
    }
    return b.toString();
  }

  /** The blocks in order. */
  public List<Cidr> blocks() {
    return internal;
  }

  public static AddressScope defaults() {
    return parse(DEFAULT_INTERNAL);
  }

  /**
   * True when {@code ip} is a literal inside an internal network; false for names and garbage.
   * IPv4 takes an allocation-free path; other answers are memoised (up to 65536 addresses), as the
   * same addresses recur on every flow. Not thread-safe: one scope per reading thread.
   */
  public boolean isInternal(String ip) {
    if (ip == null) {
      return false;
    }
    int v4 = IpLiteral.parseV4Int(ip);
    if (v4 != -1 || "255.255.255.255".equals(ip)) {
      return isInternalV4(v4);
    }
    Boolean known = memo.get(ip);
    if (known != null) {
      return known;
    }
    boolean answer = slowIsInternal(ip);
    if (memo.size() < MEMO_LIMIT) {
      memo.put(ip, answer);
    }
    return answer;
  }

  /** {@link #isInternal} for an IPv4 address already parsed to an int. */
  public boolean isInternalV4(int v4) {
    for (int i = 0; i < v4Network.length; i++) {
      if ((v4 & v4Mask[i]) == v4Network[i]) {
        return true;
      }
    }
    return false;
  }

  private boolean slowIsInternal(String ip) {
    byte[] a = IpLiteral.parse(ip);
    if (a == null) {
      return false;
    }
    for (Cidr c : internal) {
      if (c.contains(a)) {
        return true;
      }
    }
    return false;
  }
}
