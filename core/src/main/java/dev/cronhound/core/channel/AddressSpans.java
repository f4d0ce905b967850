package dev.cronhound.core.channel;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Arrays;
import java.util.BitSet;

/**
 * When each address was first and last seen in any flow (either side), and whether it was local.
 * The coverage of a channel is measured over the time its source was observed, not the whole
 * dataset, so a host that joined the capture late is not penalised; the local addresses are the
 * population prevalence is measured over. One index per address (IPv4 as an int key, others by
 * text) into two long arrays: about 40 bytes an address, with no allocation per flow.
 */
final class AddressSpans {

  private final Int2IntOpenHashMap v4 = new Int2IntOpenHashMap();
  private final Object2IntOpenHashMap<String> other = new Object2IntOpenHashMap<>();
  private long[] first = new long[1024];
  private long[] last = new long[1024];
  private final BitSet local = new BitSet();
  private int size;

  AddressSpans() {
    v4.defaultReturnValue(-1);
    other.defaultReturnValue(-1);
  }

  /** Notes {@code ip} (IPv4 value {@code ip4}, or -1) at {@code ts}; {@code isLocal} sticks once true. */
  void note(String ip, int ip4, boolean isLocal, long ts) {
    int i = ip4 != -1 ? v4.get(ip4) : other.getInt(ip);
    if (i < 0) {
      i = add(ip, ip4, ts);
    } else {
      if (ts < first[i]) {
        first[i] = ts;
      }
      if (ts > last[i]) {
        last[i] = ts;
      }
    }
    if (isLocal) {
      local.set(i);
    }
  }

  private int add(String ip, int ip4, long ts) {
    int i = size++;
    if (i == first.length) {
      first = Arrays.copyOf(first, i * 2);
      last = Arrays.copyOf(last, i * 2);
    }
    first[i] = ts;
    last[i] = ts;
    if (ip4 != -1) {
      v4.put(ip4, i);
    } else {
      other.put(ip, i);
    }
    return i;
  }

  /** {@code {first, last}} epoch microseconds, or null when the address was never seen. */
  long[] span(String ip) {
    int ip4 = dev.cronhound.core.net.IpLiteral.parseV4Int(ip);
    int i = ip4 != -1 ? v4.get(ip4) : other.getInt(ip);
    return i < 0 ? null : new long[] {first[i], last[i]};
  }

  /** Distinct addresses seen local in at least one flow. */
  int localCount() {
    return local.cardinality();
  }

  /** Distinct addresses seen. */
  int size() {
    return size;
  }
}
