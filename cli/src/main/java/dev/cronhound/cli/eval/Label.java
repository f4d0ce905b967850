package dev.cronhound.cli.eval;

import dev.cronhound.core.finding.Finding;
import dev.cronhound.core.net.Cidr;
import dev.cronhound.core.net.IpLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One labelled channel of a case: a positive (known beacon, C2 or exfiltration channel) or a
 * labelled negative (benign by the upstream's labels, or a documented vendor service).
 *
 * <p>A finding matches when all of these hold:
 *
 * <ul>
 *   <li>source: the finding's source address ({@code source.ip}) equals {@code src}, or its host
 *       name equals it ignoring case; {@code *} matches any source (multicast service discovery);
 *   <li>destination: one of the finding's addresses ({@code destination.ip} and every entry of
 *       {@code destination.addresses}) is one of {@code dst} (an address, or a CIDR block for a
 *       family), or the finding's {@code destination.domain} is one of {@code domains} ({@code
 *       *.example.com} also matches every name under it); a label with neither matches any
 *       destination;
 *   <li>port: when {@code ports} is not empty, the finding's {@code destination.port} is one of them.
 * </ul>
 *
 * {@code periodSeconds} and {@code direction} are what the upstream or the data says, reported
 * beside the finding's own; they do not decide a match.
 *
 * @param name a short handle, unique in the case
 * @param src the source address (or host name), {@code *} for any
 * @param dst destination addresses or CIDR blocks
 * @param domains destination names, {@code *.suffix} for a whole zone
 * @param ports destination ports; empty: any
 * @param periodSeconds the beat period where known, else NaN
 * @param direction {@code outbound}, {@code inbound} or {@code east-west} where known, else null
 * @param cite the upstream document and the sentence or rule the label rests on
 */
public record Label(
    String name,
    String src,
    List<String> dst,
    List<String> domains,
    List<Integer> ports,
    double periodSeconds,
    String direction,
    String cite) {

  public Label {
    dst = List.copyOf(dst);
    domains = List.copyOf(domains);
    ports = List.copyOf(ports);
    for (String d : dst) {
      Cidr.parse(d); // fail early, naming the entry
    }
  }

  /** Whether {@code f} is this channel (see the class comment). */
  public boolean matches(Finding f) {
    return sourceMatches(f) && destinationMatches(f) && portMatches(f);
  }

  private boolean sourceMatches(Finding f) {
    if (src.equals("*")) {
      return true;
    }
    String ip = f.source() == null ? null : f.source().ip();
    return src.equals(ip) || (f.host() != null && src.equalsIgnoreCase(f.host()));
  }

  private boolean portMatches(Finding f) {
    return ports.isEmpty() || (f.destination() != null && ports.contains(f.destination().port()));
  }

  private boolean destinationMatches(Finding f) {
    if (dst.isEmpty() && domains.isEmpty()) {
      return true;
    }
    Finding.Destination d = f.destination();
    if (d == null) {
      return false;
    }
    List<String> addresses = new ArrayList<>();
    if (d.ip() != null) {
      addresses.add(d.ip());
    }
    addresses.addAll(d.addresses());
    for (String a : addresses) {
      byte[] bytes = IpLiteral.parse(a);
      for (String entry : dst) {
        if (entry.equals(a) || (bytes != null && Cidr.parse(entry).contains(bytes))) {
          return true;
        }
      }
    }
    if (d.domain() != null) {
      String name = d.domain().toLowerCase(Locale.ROOT);
      for (String entry : domains) {
        String e = entry.toLowerCase(Locale.ROOT);
        if (e.startsWith("*.") ? name.endsWith(e.substring(1)) || name.equals(e.substring(2)) : name.equals(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code src -> dst|domain:port}, for tables. */
  public String describe() {
    List<String> far = new ArrayList<>(dst);
    far.addAll(domains);
    String where = far.isEmpty() ? "*" : far.size() <= 2 ? String.join("|", far) : far.get(0) + "|+" + (far.size() - 1);
    String port = ports.isEmpty() ? "" : ":" + (ports.size() == 1 ? ports.get(0).toString() : ports.toString().replace(" ", ""));
    return src + " -> " + where + port;
  }
}
