package dev.cronhound.cli.simulate;

import java.util.List;

/**
 * One process of a simulated Linux host, from its {@code execve} (or its fork, for the children
 * cron and sshd never exec) to its exit, in host time. The pid is drawn from the host's {@link
 * PidSequence} when the first record naming the process is written, which happens in time order.
 */
final class LinuxProcess {
  final LinuxProcess parent;
  final Program program;
  /** The argument vector after {@code execve} (for a script: interpreter, script, arguments). */
  final List<String> argv;
  final LinuxUser user;
  final AuditSession session;
  final String cwd;
  /** {@code (none)} or {@code pts0}. */
  final String tty;
  final long start;
  long end = Long.MAX_VALUE;
  private final PidSequence pids;
  private int pid;

  LinuxProcess(
      PidSequence pids,
      LinuxProcess parent,
      Program program,
      List<String> argv,
      LinuxUser user,
      AuditSession session,
      String cwd,
      String tty,
      long start) {
    this.pids = pids;
    this.parent = parent;
    this.program = program;
    this.argv = List.copyOf(argv);
    this.user = user;
    this.session = session;
    this.cwd = cwd;
    this.tty = tty;
    this.start = start;
  }

  /** A process with a fixed pid (systemd, pid 1). */
  static LinuxProcess fixed(int pid, Program program, List<String> argv, long start) {
    LinuxProcess p =
        new LinuxProcess(
            null, null, program, argv, LinuxUser.ROOT, AuditSession.UNSET, "/", "(none)", start);
    p.pid = pid;
    return p;
  }

  int pid() {
    if (pid == 0) {
      pid = pids.next(this);
    }
    return pid;
  }

  int ppid() {
    return parent == null ? 0 : parent.pid();
  }

  String comm() {
    return program.comm();
  }

  String exe() {
    return program.exe();
  }
}
