package dev.cronhound.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary results of the throughput benchmarks. JMH divides each counter by the iteration time,
 * so in a {@code Throughput} run with seconds as the unit {@code megabytes} reads as MB/s (10^6
 * bytes) and {@code records} as records (events) per second.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ParseCounters {

  /** Input consumed, in 10^6 bytes. */
  public double megabytes;

  /** Records parsed or events fed. */
  public long records;

  @Setup(Level.Iteration)
  public void reset() {
    megabytes = 0;
    records = 0;
  }
}
