package dev.cronhound.core.channel;

import dev.cronhound.core.event.DnsLookup;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.HttpRequest;
import dev.cronhound.core.event.TlsSession;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * Drops a sensor record read a second time: the same Zeek {@code uid} in the same log kind at the
 * same time (a folder holding a combined log and the per-sensor logs it was made from, a file
 * copied twice). Records without a uid always pass. Keeps one 64-bit fingerprint per record seen
 * (about 16 bytes each in the set); two different records collide with odds of about {@code n^2 /
 * 2^65}, under one in a million for ten million records.
 */
public final class SeenRecords {

  private final LongOpenHashSet seen = new LongOpenHashSet();
  private long dropped;

  /** True the first time a record is seen; false (and counted) for a repeat. */
  public boolean firstTime(Event e) {
    String uid;
    int kind;
    if (e instanceof Flow f) {
      uid = f.uid();
      kind = 1;
    } else if (e instanceof HttpRequest h) {
      uid = h.uid();
      kind = 2;
    } else if (e instanceof TlsSession t) {
      uid = t.uid();
      kind = 3;
    } else if (e instanceof DnsLookup d) {
      uid = d.uid();
      kind = 4;
    } else {
      return true;
    }
    if (uid == null || uid.isEmpty()) {
      return true;
    }
    if (seen.add(fingerprint(uid, kind, e.tsMicros()))) {
      return true;
    }
    dropped++;
    return false;
  }

  /** Records dropped as repeats. */
  public long dropped() {
    return dropped;
  }

  /** Fingerprints held. */
  public int size() {
    return seen.size();
  }

  /** A 64-bit FNV-1a over the uid's characters, mixed with the kind and time (SplitMix64 finaliser). */
  static long fingerprint(String uid, int kind, long tsMicros) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < uid.length(); i++) {
      h ^= uid.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= kind * 0x9E3779B97F4A7C15L;
    h ^= tsMicros * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 30;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 27;
    h *= 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
