package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.core.channel.LocalInference;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The run summary's scope lines: flows by direction, what the direction rules left out, and, when
 * the data did not say which side is local, what was inferred and how to override it. Each line
 * appears only when it has something to say.
 */
public final class ScopeSummary {

  private ScopeSummary() {}

  public static void print(HuntResult.Scope s, PrintWriter err) {
    if (s == null) {
      return;
    }
    LocalInference inf = s.inference();
    long channelled = s.flowsByDirection().values().stream().mapToLong(Long::longValue).sum();
    if (inf != null) {
      err.printf(Locale.ROOT,
          "scope: no flow said which side is local; took %s as local (%s); set it with --internal CIDR%n",
          inf.shortList(3), inf.rule());
    } else if (channelled == 0 && s.leftOutNoLocalSide() > 0) {
      err.printf(Locale.ROOT,
          "scope: no local side found in %d flows (no local_orig/local_resp, no address in InternalNetworks); name it with --internal CIDR%n",
          s.leftOutNoLocalSide());
    }
    if (channelled > 0 || s.attemptFlows() > 0) {
      StringBuilder b = new StringBuilder("directions:");
      s.flowsByDirection().forEach((d, n) -> {
        if (n > 0) {
          b.append(b.length() > 11 ? ", " : " ").append(d).append(' ').append(n);
        }
      });
      b.append(channelled > 0 ? " flows" : " none");
      b.append(String.format(Locale.ROOT, " from %d local hosts", s.localHosts()));
      if (s.attemptFlows() > 0) {
        b.append(String.format(Locale.ROOT, "; %d failed attempts (no payload) kept apart in %d series",
            s.attemptFlows(), s.attemptSeries()));
      }
      err.println(b);
    }
    StringBuilder left = new StringBuilder();
    if (s.leftOutDiscovery() > 0) {
      left.append(s.leftOutDiscovery()).append(" service discovery (link-local, multicast, broadcast, SSDP/mDNS/LLMNR/NetBIOS)");
    }
    if (s.leftOutInboundWithoutPayload() > 0) {
      left.append(left.length() > 0 ? ", " : "").append(s.leftOutInboundWithoutPayload())
          .append(" inbound without payload (scans, failed handshakes)");
    }
    if (s.leftOutResolver() > 0) {
      left.append(left.length() > 0 ? ", " : "").append(s.leftOutResolver()).append(" to a local DNS resolver");
    }
    if (s.leftOutNoLocalSide() > 0 && (channelled > 0 || inf != null)) {
      left.append(left.length() > 0 ? ", " : "").append(s.leftOutNoLocalSide()).append(" with no local side");
    }
    if (left.length() > 0) {
      err.println("left out: " + left + " flows");
    }
  }
}
