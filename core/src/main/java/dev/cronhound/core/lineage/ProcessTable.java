package dev.cronhound.core.lineage;

import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processes of every host, from process start and end events, for joining network and job
 * events to the process that caused them and walking its parents.
 *
 * <p><b>Keys.</b> A process is found by its sensor GUID where the source gives one (Sysmon), else
 * by pid and time: pids are reused, so a pid names the process that had it at that moment (started
 * at or before, not yet ended), the latest such start winning. Parents are resolved the same way
 * at the child's start time, when asked, so events may arrive out of order: a child before its
 * parent, an end before its start (kept until the start comes, within the retention).
 *
 * <p><b>Tolerance.</b> {@code toleranceMicros} widens "at that moment" both ways, for sensors
 * whose clocks or queues disagree by a little (the {@code TimeWindow} tunable).
 *
 * <p><b>Memory.</b> Bounded in time by {@link #expire}: a process that ended more than {@code
 * retentionMicros} ago, or never seen to end and neither started nor used (found, as a process or
 * as an ancestor) for {@code idleMicros}, is dropped, as are pending ends older than the retention.
 * A long-lived process stays while something refers to it; one whose end was never logged (no
 * 4689 collected, a crash) goes once idle.
 */
public final class ProcessTable {

  /** How far {@link #lineage} walks up before it stops (a guard against cycles in bad data too). */
  public static final int MAX_DEPTH = 32;

  private final long toleranceMicros;
  private final long retentionMicros;
  private final long idleMicros;
  private final Map<String, HostProcesses> hosts = new HashMap<>();

  public ProcessTable(long toleranceMicros, long retentionMicros, long idleMicros) {
    this.toleranceMicros = toleranceMicros;
    this.retentionMicros = retentionMicros;
    this.idleMicros = idleMicros;
  }

  private static final class HostProcesses {
    final Map<String, ProcessNode> byGuid = new HashMap<>();
    final Map<Long, List<ProcessNode>> byPid = new HashMap<>();
    final Map<String, Long> pendingGuidEnds = new HashMap<>();
    final Map<Long, List<Long>> pendingPidEnds = new HashMap<>();
    /** When a process never seen to end was last found, if ever (by identity: nodes are records). */
    final Map<ProcessNode, Long> lastUse = new java.util.IdentityHashMap<>();
  }

  /** Adds a started process. A second start with the same GUID replaces the first. */
  public void add(ProcessStart s) {
    HostProcesses h = hosts.computeIfAbsent(key(s.host()), k -> new HostProcesses());
    ProcessRef ref = s.process();
    String shape = CommandLineShape.of(s.commandLine() != null ? s.commandLine() : s.image());
    ProcessNode node = new ProcessNode(s.host(), ref, s.tsMicros(), -1, s.image(), s.commandLine(), shape,
        s.user(), s.integrityLevel(), s.parent(), s.parentImage(), s.parentCommandLine(), s.origin());
    if (ref.guid() != null) {
      Long end = h.pendingGuidEnds.remove(ref.guid());
      if (end != null && end >= s.tsMicros()) {
        node = node.endedAt(end);
      }
      ProcessNode old = h.byGuid.put(ref.guid(), node);
      if (old != null) {
        h.lastUse.remove(old);
        if (old.process().pid() >= 0) {
          removeByPid(h, old);
        }
      }
    } else {
      List<Long> ends = h.pendingPidEnds.get(ref.pid());
      if (ends != null) {
        for (Iterator<Long> it = ends.iterator(); it.hasNext(); ) {
          long end = it.next();
          if (end >= s.tsMicros()) {
            node = node.endedAt(end);
            it.remove();
            break;
          }
        }
      }
    }
    if (ref.pid() >= 0) {
      List<ProcessNode> list = h.byPid.computeIfAbsent(ref.pid(), k -> new ArrayList<>(2));
      int at = list.size();
      while (at > 0 && list.get(at - 1).startMicros() > node.startMicros()) {
        at--;
      }
      list.add(at, node);
    }
  }

  /** Marks a process ended; an end whose start has not been seen yet is kept for it. */
  public void end(ProcessEnd e) {
    HostProcesses h = hosts.computeIfAbsent(key(e.host()), k -> new HostProcesses());
    ProcessRef ref = e.process();
    Optional<ProcessNode> found = find(e.host(), ref, e.tsMicros());
    if (found.isEmpty() || found.get().endMicros() >= 0) {
      if (ref.guid() != null) {
        h.pendingGuidEnds.put(ref.guid(), e.tsMicros());
      } else if (ref.pid() >= 0) {
        h.pendingPidEnds.computeIfAbsent(ref.pid(), k -> new ArrayList<>(1)).add(e.tsMicros());
      }
      return;
    }
    ProcessNode old = found.get();
    ProcessNode ended = old.endedAt(e.tsMicros());
    h.lastUse.remove(old);
    if (old.process().guid() != null) {
      h.byGuid.put(old.process().guid(), ended);
    }
    if (old.process().pid() >= 0) {
      List<ProcessNode> list = h.byPid.get(old.process().pid());
      list.set(list.indexOf(old), ended);
    }
  }

  /**
   * The process {@code ref} names on {@code host} at {@code tsMicros}: by GUID when it has one
   * (whatever the time), else the process with that pid running then (within the tolerance; the
   * latest start wins).
   */
  public Optional<ProcessNode> find(String host, ProcessRef ref, long tsMicros) {
    HostProcesses h = hosts.get(key(host));
    if (h == null || ref == null || ref.isUnknown()) {
      return Optional.empty();
    }
    if (ref.guid() != null) {
      return Optional.ofNullable(used(h, h.byGuid.get(ref.guid()), tsMicros));
    }
    List<ProcessNode> list = h.byPid.get(ref.pid());
    if (list == null) {
      return Optional.empty();
    }
    for (int i = list.size() - 1; i >= 0; i--) {
      ProcessNode n = list.get(i);
      if (n.startMicros() - toleranceMicros <= tsMicros
          && (n.endMicros() < 0 || n.endMicros() + toleranceMicros >= tsMicros)) {
        return Optional.of(used(h, n, tsMicros));
      }
    }
    return Optional.empty();
  }

  private static ProcessNode used(HostProcesses h, ProcessNode n, long tsMicros) {
    if (n != null && n.endMicros() < 0) {
      h.lastUse.merge(n, tsMicros, Math::max);
    }
    return n;
  }

  /** The parent of {@code node} as it was when {@code node} started, if the table has it. */
  public Optional<ProcessNode> parentOf(ProcessNode node) {
    return find(node.host(), node.parent(), node.startMicros())
        .filter(p -> !p.process().equals(node.process()) || p.startMicros() != node.startMicros());
  }

  /** {@code node} and its ancestors, up to {@value #MAX_DEPTH} levels. */
  public Lineage lineage(ProcessNode node) {
    List<ProcessNode> chain = new ArrayList<>();
    Set<ProcessNode> seen = new HashSet<>();
    ProcessNode at = node;
    while (at != null && chain.size() < MAX_DEPTH && seen.add(at)) {
      chain.add(at);
      at = parentOf(at).orElse(null);
    }
    ProcessNode last = chain.get(chain.size() - 1);
    String missing = at == null && last.parentImage() != null ? last.parentImage() : null;
    return new Lineage(chain, missing);
  }

  /** Drops what is past the retention at {@code nowMicros}; returns how many processes went. */
  public int expire(long nowMicros) {
    int dropped = 0;
    for (HostProcesses h : hosts.values()) {
      for (Iterator<List<ProcessNode>> lists = h.byPid.values().iterator(); lists.hasNext(); ) {
        List<ProcessNode> list = lists.next();
        int before = list.size();
        list.removeIf(n -> n.process().guid() == null && expired(h, n, nowMicros));
        dropped += before - list.size();
        if (list.isEmpty()) {
          lists.remove();
        }
      }
      for (Iterator<ProcessNode> it = h.byGuid.values().iterator(); it.hasNext(); ) {
        ProcessNode n = it.next();
        if (expired(h, n, nowMicros)) {
          it.remove();
          removeByPid(h, n);
          dropped++;
        }
      }
      h.pendingGuidEnds.values().removeIf(end -> end < nowMicros - retentionMicros);
      h.pendingPidEnds.values().forEach(ends -> ends.removeIf(end -> end < nowMicros - retentionMicros));
      h.pendingPidEnds.values().removeIf(List::isEmpty);
    }
    hosts.values().removeIf(h -> h.byGuid.isEmpty() && h.byPid.isEmpty()
        && h.pendingGuidEnds.isEmpty() && h.pendingPidEnds.isEmpty());
    return dropped;
  }

  /** Processes held, over all hosts. */
  public int size() {
    int n = 0;
    for (HostProcesses h : hosts.values()) {
      n += h.byGuid.size();
      for (List<ProcessNode> list : h.byPid.values()) {
        for (ProcessNode p : list) {
          if (p.process().guid() == null) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private boolean expired(HostProcesses h, ProcessNode n, long now) {
    if (n.endMicros() >= 0) {
      return n.endMicros() < now - retentionMicros;
    }
    boolean idle = Math.max(n.startMicros(), h.lastUse.getOrDefault(n, Long.MIN_VALUE)) < now - idleMicros;
    if (idle) {
      h.lastUse.remove(n);
    }
    return idle;
  }

  private static void removeByPid(HostProcesses h, ProcessNode n) {
    List<ProcessNode> list = h.byPid.get(n.process().pid());
    if (list != null) {
      list.removeIf(p -> p.process().equals(n.process()) && p.startMicros() == n.startMicros());
      if (list.isEmpty()) {
        h.byPid.remove(n.process().pid());
      }
    }
  }

  private static String key(String host) {
    return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
  }
}
