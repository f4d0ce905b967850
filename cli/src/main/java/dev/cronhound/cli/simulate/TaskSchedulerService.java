package dev.cronhound.cli.simulate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Task Scheduler service of one host: registers tasks (Security 4698 with the definition,
 * then Task Scheduler 106) and runs them. A run starts the action's process as a child of the
 * Schedule service's svchost.exe and logs 129 (process created, its pid), 100 (started, the
 * instance GUID), 200 (action started, the pid again); completing it ends the process and logs 201
 * and 102.
 */
final class TaskSchedulerService {
  /** One run of a task: its instance and the action's process. */
  record Run(ScheduledTask task, String instance, WinProcess process) {}

  private final Workstation host;
  private final SplittableRandom random;

  TaskSchedulerService(Workstation host, SplittableRandom random) {
    this.host = host;
    this.random = random;
  }

  /** {@code actor} registers {@code task} at true time {@code t}. */
  void register(ScheduledTask task, long t, Account actor) {
    long at = host.clock(t);
    String content = task.xml(at);
    host.record(at, () -> SecurityRecords.taskCreated(host, actor, task.path(), content));
    String context = actor.isSystem() ? "NT AUTHORITY\\System" : actor.qualified();
    host.record(
        at + 2_000 + random.nextLong(30_000),
        () -> TaskSchedulerRecords.registered(host, task.path(), context));
  }

  /** Fires {@code task} at true time {@code t}: its action's process starts. */
  Run launch(ScheduledTask task, long t) {
    WinProcess p =
        host.start(
            t,
            host.schedule(),
            task.command(),
            task.commandLine(),
            task.runAs(),
            task.integrity(),
            task.workingDirectory() == null ? "C:\\Windows\\system32\\" : task.workingDirectory());
    String instance = guid();
    long at = p.start + 300 + random.nextLong(1_500);
    host.record(
        at, () -> TaskSchedulerRecords.processCreated(host, task.path(), task.command(), p.pid()));
    host.record(
        at + 200 + random.nextLong(800),
        () -> TaskSchedulerRecords.started(host, task.path(), task.userContext(), instance));
    host.record(
        at + 1_200 + random.nextLong(1_500),
        () ->
            TaskSchedulerRecords.actionStarted(
                host, task.path(), task.command(), instance, p.pid()));
    return new Run(task, instance, p);
  }

  /** The action's process exits with code 0 at true time {@code t}. */
  void complete(Run run, long t) {
    host.end(run.process(), t);
    ScheduledTask task = run.task();
    WinProcess p = run.process();
    long at = p.end + 2_000 + random.nextLong(12_000);
    host.record(
        at,
        () ->
            TaskSchedulerRecords.actionCompleted(
                host, task.path(), task.command(), run.instance(), p.pid()));
    host.record(
        at + 100 + random.nextLong(900),
        () -> TaskSchedulerRecords.finished(host, task.path(), task.userContext(), run.instance()));
  }

  /** A random GUID in Task Scheduler's lower-case braces form. */
  String guid() {
    return guid(random);
  }

  static String guid(SplittableRandom random) {
    long hi = random.nextLong();
    long lo = random.nextLong();
    hi = (hi & ~0xf000L) | 0x4000L;
    lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return String.format(
        Locale.ROOT,
        "{%08x-%04x-%04x-%04x-%012x}",
        hi >>> 32,
        (hi >>> 16) & 0xffff,
        hi & 0xffff,
        lo >>> 48,
        lo & 0xffffffffffffL);
  }
}
