package dev.cronhound.formats.windows.evtx;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Chunks being decoded on worker threads, delivered in the order they were read: each job returns
 * the delivery that the reading thread runs ({@link #drain}, or as jobs complete once more than
 * {@code 2 x threads} are waiting). Lives for a whole run, across files, so that the workers stay
 * busy from one file to the next; memory is bounded by the jobs in flight.
 */
final class ChunkQueue implements AutoCloseable {

  private final ExecutorService pool;
  private final ArrayDeque<Future<Runnable>> inFlight = new ArrayDeque<>();
  private final int maxInFlight;

  ChunkQueue(int threads) {
    pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "evtx-decode");
              t.setDaemon(true);
              return t;
            });
    maxInFlight = 2 * threads;
  }

  /** Runs {@code job} on a worker; its delivery runs after those submitted before. */
  void submit(Callable<Runnable> job) {
    inFlight.add(pool.submit(job));
    while (inFlight.size() > maxInFlight) {
      deliverFirst();
    }
  }

  /** A delivery with nothing to decode (a problem found while reading), kept in order. */
  void add(Runnable delivery) {
    if (inFlight.isEmpty()) {
      delivery.run();
    } else {
      inFlight.add(CompletableFuture.completedFuture(delivery));
    }
  }

  /** Runs every pending delivery, in order. */
  void drain() {
    while (!inFlight.isEmpty()) {
      deliverFirst();
    }
  }

  private void deliverFirst() {
    Future<Runnable> f = inFlight.poll();
    Runnable delivery;
    try {
      delivery = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while decoding EVTX chunks", e);
    } catch (ExecutionException e) {
      // Jobs catch what decoding throws; this is only reached for errors such as OutOfMemoryError.
      throw new IllegalStateException("decoding an EVTX chunk failed", e.getCause());
    }
    delivery.run();
  }

  @Override
  public void close() {
    inFlight.clear();
    pool.shutdownNow();
  }
}
