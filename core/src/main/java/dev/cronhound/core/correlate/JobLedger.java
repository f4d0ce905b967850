package dev.cronhound.core.correlate;

import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.ScheduledJob;
import dev.cronhound.core.lineage.Lineage;
import dev.cronhound.core.lineage.ProcessNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scheduled jobs of every host and the processes their runs created, to tie a process to the
 * task that started it.
 *
 * <p>A process is tied to a task (first that applies): (1) a Task Scheduler 129 (process created)
 * or 200 (action started, {@code EnginePID}) record, or a cron {@code CMD} line (its pid is the
 * job's shell), names its pid within {@code TimeWindow} of its
 * start (also when it is a task host itself: COM handler tasks run in {@code taskhostw.exe}); (2)
 * the same for an ancestor below the scheduler ({@code cmd.exe} run by the task, which
 * started {@code rclone.exe}); (3) an ancestor is the scheduler itself ({@code svchost.exe ... -s
 * Schedule}, {@code taskeng.exe}, {@code taskhostw.exe}) and exactly one task of the host has an
 * action running the scheduler's child; (4) an ancestor is the scheduler, task unknown.
 *
 * <p>Runs are kept for the retention; definitions (one per task path, few) for the whole run.
 */
public final class JobLedger {

  private record Run(long tsMicros, String job, JobRun.Phase phase) {
    /**
     * What logged the run, as the finding says it. Task Scheduler names tasks by path ({@code
     * \Foo}); systemd names a timer's run by its service unit; cron's {@code CMD} line by the command.
     */
    String label() {
      return switch (mechanism()) {
        case JobLink.WINDOWS_TASK -> phase == JobRun.Phase.ACTION_STARTED ? "TaskScheduler 200" : "TaskScheduler 129";
        case JobLink.SYSTEMD_TIMER -> "systemd start of " + job;
        default -> "cron CMD";
      };
    }

    String mechanism() {
      if (job.startsWith("\\")) {
        return JobLink.WINDOWS_TASK;
      }
      return job.endsWith(".service") ? JobLink.SYSTEMD_TIMER : JobLink.CRON;
    }
  }

  private static final class HostJobs {
    final Map<Long, List<Run>> runsByPid = new HashMap<>();
    final Map<String, ScheduledJob> definitions = new HashMap<>();
  }

  private final long toleranceMicros;
  private final long retentionMicros;
  /** The Task Scheduler service's svchost ({@code -k netsvcs -p -s Schedule}). */
  private static final Pattern SCHEDULE_SERVICE = Pattern.compile("\\s-s\\s+schedule\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, HostJobs> hosts = new HashMap<>();
  /** Processes a link was made through, and their descendants on the chain: see {@link #link}. */
  private final Map<ProcessNode, JobLink> linked = new java.util.WeakHashMap<>();
  /** A link and the chain index of the process it was made through. */
  private record Found(JobLink link, int depth) {}

  public JobLedger(long toleranceMicros, long retentionMicros) {
    this.toleranceMicros = toleranceMicros;
    this.retentionMicros = retentionMicros;
  }

  public void add(JobRun r) {
    if (r.pid() <= 0 || r.job() == null
        || (r.phase() != JobRun.Phase.PROCESS_CREATED && r.phase() != JobRun.Phase.ACTION_STARTED)) {
      return;
    }
    host(r.host()).runsByPid.computeIfAbsent(r.pid(), k -> new ArrayList<>(2))
        .add(new Run(r.tsMicros(), r.job(), r.phase()));
  }

  /**
   * Keeps the latest registration of each task; one with a definition (actions, triggers) is not
   * replaced by a later one without (a 106 logged next to the 4698).
   */
  public void add(ScheduledJob j) {
    if (j.name() == null) {
      return;
    }
    Map<String, ScheduledJob> defs = host(j.host()).definitions;
    String key = j.name().toLowerCase(Locale.ROOT);
    ScheduledJob old = defs.get(key);
    boolean oldDefined = old != null && hasDefinition(old);
    if (old == null || hasDefinition(j) || !oldDefined) {
      defs.put(key, j);
    }
  }

  /**
   * The registration known for {@code job} on {@code host}: by name (a task path, a systemd unit),
   * else the one definition whose action is that command (cron logs a run by its command; the
   * crontab line is its definition); null when none.
   */
  public ScheduledJob definition(String host, String job) {
    HostJobs h = hosts.get(key(host));
    if (h == null || job == null) {
      return null;
    }
    ScheduledJob byName = h.definitions.get(job.toLowerCase(Locale.ROOT));
    if (byName != null) {
      return byName;
    }
    ScheduledJob found = null;
    for (ScheduledJob j : h.definitions.values()) {
      for (JobAction a : j.actions()) {
        String full = a.arguments() == null ? a.command() : a.command() + " " + a.arguments();
        if (job.equals(a.command()) || job.equals(full)) {
          if (found != null && found != j) {
            return null;
          }
          found = j;
        }
      }
    }
    return found;
  }

  /** The link for a run: a cron run is named by its crontab line when the crontab was read. */
  private static JobLink linkFor(Run run, String how, ScheduledJob def) {
    String job = run.mechanism().equals(JobLink.CRON) && def != null ? def.name() : run.job();
    return new JobLink(job, how, def, run.mechanism());
  }

  /**
   * How the process at the head of {@code lineage} was started by a task, or null if it was not.
   * A link, once made, holds for the process it was made through and its descendants for as long
   * as they live (kept by identity, weakly: it goes with the process table's entry), so a job's
   * long-lived process stays tied to the job after the run record has expired.
   */
  public JobLink link(Lineage lineage) {
    List<ProcessNode> chain = lineage.chain();
    for (ProcessNode n : chain) {
      JobLink known = linked.get(n);
      if (known != null) {
        return known;
      }
    }
    Found found = find(lineage);
    if (found == null) {
      return null;
    }
    for (int i = 0; i <= Math.min(found.depth(), chain.size() - 1); i++) {
      linked.put(chain.get(i), found.link());
    }
    return found.link();
  }

  private Found find(Lineage lineage) {
    List<ProcessNode> chain = lineage.chain();
    String host = lineage.process().host();
    int scheduler = -1;
    for (int i = 0; i < chain.size(); i++) {
      ProcessNode p = chain.get(i);
      Run run = runFor(host, p.process().pid(), p.startMicros());
      if (run != null) {
        String how = run.label()
            + (i == 0 ? "" : " of " + (i == 1 ? "parent " : "ancestor ") + p.imageName())
            + " (pid " + p.process().pid() + ")";
        return new Found(linkFor(run, how, definition(host, run.job())), i);
      }
      // A task host (taskhostw.exe running a COM handler task) can itself be the task's process:
      // its own run record is checked first.
      if (isScheduler(p)) {
        scheduler = i;
        break;
      }
    }
    ProcessNode top = chain.get(chain.size() - 1);
    long parentPid = top.parent() == null ? -1 : top.parent().pid();
    if (scheduler < 0 && parentPid > 1) {
      // cron forks a child per job that never executes anything: its pid (CRON[pid] in syslog) is
      // only ever seen as the parent pid of the shell running the job's command.
      Run run = runFor(host, parentPid, top.startMicros());
      if (run != null) {
        return new Found(linkFor(run, run.label() + " (pid " + parentPid + ", parent of " + top.imageName() + ")",
            definition(host, run.job())), chain.size() - 1);
      }
    }
    if (scheduler >= 0 || isSchedulerName(lineage.missingParentImage(), null)) {
      int depth = scheduler > 0 ? scheduler - 1 : scheduler == 0 ? 0 : chain.size() - 1;
      ProcessNode child = chain.get(depth);
      ScheduledJob byAction = byAction(host, child);
      if (byAction != null) {
        return new Found(new JobLink(byAction.name(), "scheduler lineage, task action matches " + child.imageName(),
            byAction, mechanism(byAction)), depth);
      }
      return new Found(new JobLink(null, "scheduler lineage", null, JobLink.WINDOWS_TASK), depth);
    }
    if (parentPid == 1 || (parentPid > 1 && lineage.missingParentImage() == null)) {
      // Started by init/systemd (a timer's service) or by a parent the logs do not show: tied to a
      // job only when exactly one registered job runs this very command.
      ScheduledJob byAction = byAction(host, top);
      if (byAction != null) {
        return new Found(new JobLink(byAction.name(), mechanism(byAction) + " definition runs " + top.imageName()
            + (parentPid == 1 ? " (parent pid 1)" : " (no run record)"), byAction, mechanism(byAction)),
            chain.size() - 1);
      }
    }
    return null;
  }

  private static String mechanism(ScheduledJob j) {
    for (var t : j.triggers()) {
      if ("cron".equals(t.kind())) {
        return JobLink.CRON;
      }
      if ("systemd-timer".equals(t.kind())) {
        return JobLink.SYSTEMD_TIMER;
      }
    }
    String source = j.source() == null ? "" : j.source().toLowerCase(Locale.ROOT);
    if (source.contains("cron")) {
      return JobLink.CRON;
    }
    if (source.contains("timer") || source.contains("systemd")) {
      return JobLink.SYSTEMD_TIMER;
    }
    return JobLink.WINDOWS_TASK;
  }

  /** True for the processes that run scheduled tasks. */
  public static boolean isScheduler(ProcessNode p) {
    return isSchedulerName(p.image(), p.commandLine());
  }

  private static boolean isSchedulerName(String image, String commandLine) {
    String name = ProcessNode.fileName(image);
    if (name == null) {
      return false;
    }
    if (name.equals("taskeng.exe") || name.equals("taskhostw.exe") || name.equals("taskhost.exe")) {
      return true;
    }
    // The Task Scheduler service: svchost.exe -k netsvcs -p -s Schedule (Windows 10+), or the
    // netsvcs group on older systems only when the command line names Schedule.
    return name.equals("svchost.exe") && commandLine != null
        && SCHEDULE_SERVICE.matcher(commandLine).find();
  }

  private Run runFor(String host, long pid, long startMicros) {
    HostJobs h = hosts.get(key(host));
    if (h == null || pid <= 0) {
      return null;
    }
    List<Run> runs = h.runsByPid.get(pid);
    if (runs == null) {
      return null;
    }
    Run best = null;
    long bestGap = Long.MAX_VALUE;
    for (Run r : runs) {
      long gap = Math.abs(r.tsMicros() - startMicros);
      if (gap <= toleranceMicros && gap < bestGap) {
        best = r;
        bestGap = gap;
      }
    }
    return best;
  }

  /** The one task of the host with an action running {@code child}'s image, or null. */
  private ScheduledJob byAction(String host, ProcessNode child) {
    HostJobs h = hosts.get(key(host));
    String image = child.imageName();
    if (h == null || image == null) {
      return null;
    }
    ScheduledJob found = null;
    for (ScheduledJob j : h.definitions.values()) {
      for (JobAction a : j.actions()) {
        String command = expand(a.command());
        boolean runsIt = image.equals(ProcessNode.fileName(command))
            || (command != null && command.startsWith("/") && child.commandLine() != null
                && (" " + child.commandLine() + " ").contains(" " + command + " "));
        if (runsIt
            && (a.arguments() == null || child.commandLine() == null
                || squash(child.commandLine()).contains(squash(a.arguments())))) {
          if (found != null && found != j) {
            return null;
          }
          found = j;
        }
      }
    }
    return found;
  }

  /** Drops runs older than the retention at {@code nowMicros}. */
  public void expire(long nowMicros) {
    for (HostJobs h : hosts.values()) {
      for (Iterator<List<Run>> it = h.runsByPid.values().iterator(); it.hasNext(); ) {
        List<Run> runs = it.next();
        runs.removeIf(r -> r.tsMicros() < nowMicros - retentionMicros);
        if (runs.isEmpty()) {
          it.remove();
        }
      }
    }
  }

  /** Runs and definitions held. */
  public int size() {
    int n = 0;
    for (HostJobs h : hosts.values()) {
      n += h.definitions.size();
      for (List<Run> runs : h.runsByPid.values()) {
        n += runs.size();
      }
    }
    return n;
  }

  private static boolean hasDefinition(ScheduledJob j) {
    return !j.actions().isEmpty() || !j.triggers().isEmpty();
  }

  private static String expand(String command) {
    return command == null ? null : command.replace("\"", "");
  }

  private static String squash(String s) {
    return SPACES.matcher(s.replace("\"", "")).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
  }

  private HostJobs host(String host) {
    return hosts.computeIfAbsent(key(host), k -> new HostJobs());
  }

  private static String key(String host) {
    return host == null ? "" : host.toLowerCase(Locale.ROOT);
  }
}
