package dev.cronhound.cli.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The records the kernel and PAM write for what the simulated hosts do, field by field in the
 * order of real {@code audit.log} files: an {@code execve} (SYSCALL syscall=59, EXECVE, CWD, one
 * PATH per file opened, PROCTITLE, EOE), a {@code connect} (SYSCALL syscall=42, SOCKADDR,
 * PROCTITLE, EOE), cron's PAM session (USER_ACCT, CRED_ACQ, LOGIN with the write to {@code
 * /proc/self/loginuid}, USER_START ... CRED_DISP, USER_END) and systemd's SERVICE_START/STOP. The
 * rules are {@code -a always,exit -F arch=b64 -S execve} and {@code -S connect} without a key.
 */
final class AuditRecords {
  private static final String ARCH = "arch=c000003e";
  private static final String ROOT_DEV = "fe:01";
  private static final String TMPFS_DEV = "00:1a";

  private final SplittableRandom random;
  private final Map<String, Long> inodes = new HashMap<>();

  AuditRecords(SplittableRandom random) {
    this.random = random;
  }

  /** The records of {@code p}'s successful {@code execve}. */
  List<AuditRecord> execve(LinuxProcess p) {
    Program program = p.program;
    List<String[]> paths = new ArrayList<>();
    paths.add(new String[] {program.path(), Integer.toString(program.ouid()), Integer.toString(program.ogid())});
    if (program.isScript()) {
      paths.add(new String[] {program.interpreter().path(), "0", "0"});
    }
    paths.add(new String[] {DebianPrograms.LD_SO, "0", "0"});
    long heap = 0x550000000000L + ((long) random.nextInt(0x10000) << 24);
    String pointers =
        "a0="
            + Long.toHexString(heap + random.nextInt(0x1000000))
            + " a1="
            + Long.toHexString(heap + random.nextInt(0x1000000))
            + " a2="
            + Long.toHexString(heap + random.nextInt(0x1000000))
            + " a3="
            + Long.toHexString(random.nextInt(4) == 0 ? 0x7ffc00000000L + random.nextInt() : 1 + random.nextInt(32));
    List<AuditRecord> out = new ArrayList<>();
    out.add(syscall(p, "syscall=59 success=yes exit=0 " + pointers + " items=" + paths.size()));
    StringBuilder execve = new StringBuilder("argc=").append(p.argv.size());
    for (int i = 0; i < p.argv.size(); i++) {
      execve.append(" a").append(i).append('=').append(AuditText.value(p.argv.get(i)));
    }
    out.add(new AuditRecord("EXECVE", execve.toString()));
    out.add(new AuditRecord("CWD", "cwd=" + AuditText.value(p.cwd)));
    for (int i = 0; i < paths.size(); i++) {
      String name = paths.get(i)[0];
      out.add(
          new AuditRecord(
              "PATH",
              "item="
                  + i
                  + " name="
                  + AuditText.value(name)
                  + " inode="
                  + inode(name)
                  + " dev="
                  + (name.startsWith("/dev/shm/") ? TMPFS_DEV : ROOT_DEV)
                  + " mode=0100755 ouid="
                  + paths.get(i)[1]
                  + " ogid="
                  + paths.get(i)[2]
                  + " rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0"
                  + " cap_frootid=0"));
    }
    out.add(proctitle(p));
    out.add(AuditRecord.EOE);
    return out;
  }

  /**
   * The records of {@code p}'s {@code connect} to {@code ip:port}: a non-blocking socket returns
   * EINPROGRESS (-115), a blocking one (or a UDP socket) 0.
   */
  List<AuditRecord> connect(LinuxProcess p, String ip, int port, boolean nonBlocking) {
    String result = nonBlocking ? "success=no exit=-115" : "success=yes exit=0";
    String args =
        " a0="
            + Integer.toHexString(3 + random.nextInt(9))
            + " a1="
            + Long.toHexString(0x7ffc00000000L + (random.nextLong() & 0x3ffffffffL))
            + " a2=10 a3="
            + Integer.toHexString(random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(0x200));
    return List.of(
        syscall(p, "syscall=42 " + result + args + " items=0"),
        new AuditRecord("SOCKADDR", "saddr=" + AuditText.sockaddrIn(ip, port)),
        proctitle(p),
        AuditRecord.EOE);
  }

  /** PAM's accounting check for {@code user} in cron's child {@code p} (before the login uid is set). */
  List<AuditRecord> pamAccounting(LinuxProcess p, LinuxUser user) {
    return List.of(
        pam(p, AuditSession.UNSET, "USER_ACCT", "PAM:accounting grantors=pam_permit", user));
  }

  List<AuditRecord> pamCredentials(LinuxProcess p, LinuxUser user) {
    return List.of(
        pam(p, AuditSession.UNSET, "CRED_ACQ", "PAM:setcred grantors=pam_permit,pam_cap", user));
  }

  /**
   * {@code pam_loginuid} writes the user's uid to {@code /proc/self/loginuid}: the LOGIN record and
   * the {@code write} syscall that caused it.
   */
  List<AuditRecord> login(LinuxProcess p, AuditSession session) {
    String auid = Long.toString(session.auid);
    return List.of(
        new AuditRecord(
            "LOGIN",
            "pid="
                + p.pid()
                + " uid=0 old-auid=4294967295 auid="
                + auid
                + " tty=(none) old-ses=4294967295 ses="
                + session.ses()
                + " res=1"),
        syscallAs(
            p,
            session,
            "syscall=1 success=yes exit="
                + auid.length()
                + " a0=7 a1="
                + Long.toHexString(0x7ffc00000000L + (random.nextLong() & 0x3ffffffffL))
                + " a2="
                + auid.length()
                + " a3=0 items=0"),
        proctitle(p),
        AuditRecord.EOE);
  }

  List<AuditRecord> pamSessionOpen(LinuxProcess p, AuditSession session, LinuxUser user) {
    return List.of(
        pam(
            p,
            session,
            "USER_START",
            "PAM:session_open grantors=pam_loginuid,pam_env,pam_env,pam_permit,pam_unix,pam_limits",
            user));
  }

  List<AuditRecord> pamCredentialsDropped(LinuxProcess p, AuditSession session, LinuxUser user) {
    return List.of(pam(p, session, "CRED_DISP", "PAM:setcred grantors=pam_permit,pam_cap", user));
  }

  List<AuditRecord> pamSessionClose(LinuxProcess p, AuditSession session, LinuxUser user) {
    return List.of(
        pam(
            p,
            session,
            "USER_END",
            "PAM:session_close grantors=pam_loginuid,pam_env,pam_env,pam_permit,pam_unix,pam_limits",
            user));
  }

  /** systemd's SERVICE_START or SERVICE_STOP of {@code unit} (without {@code .service}). */
  static List<AuditRecord> service(String type, String unit, boolean success) {
    return List.of(
        new AuditRecord(
            type,
            "pid=1 uid=0 auid=4294967295 ses=4294967295 msg='unit="
                + unit
                + " comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=?"
                + " res="
                + (success ? "success" : "failed")
                + "'"));
  }

  private AuditRecord pam(
      LinuxProcess p, AuditSession session, String type, String op, LinuxUser user) {
    return new AuditRecord(
        type,
        "pid="
            + p.pid()
            + " uid=0 auid="
            + session.auid
            + " ses="
            + session.ses()
            + " msg='op="
            + op
            + " acct="
            + AuditText.value(user.name())
            + " exe=\"/usr/sbin/cron\" hostname=? addr=? terminal=cron res=success'");
  }

  private static AuditRecord syscall(LinuxProcess p, String call) {
    return syscallAs(p, p.session, call);
  }

  private static AuditRecord syscallAs(LinuxProcess p, AuditSession session, String call) {
    int uid = p.user.uid();
    int gid = p.user.gid();
    return new AuditRecord(
        "SYSCALL",
        ARCH
            + " "
            + call
            + " ppid="
            + p.ppid()
            + " pid="
            + p.pid()
            + " auid="
            + session.auid
            + " uid="
            + uid
            + " gid="
            + gid
            + " euid="
            + uid
            + " suid="
            + uid
            + " fsuid="
            + uid
            + " egid="
            + gid
            + " sgid="
            + gid
            + " fsgid="
            + gid
            + " tty="
            + p.tty
            + " ses="
            + session.ses()
            + " comm="
            + AuditText.value(p.comm())
            + " exe="
            + AuditText.value(p.exe())
            + " key=(null)");
  }

  private static AuditRecord proctitle(LinuxProcess p) {
    return new AuditRecord("PROCTITLE", "proctitle=" + AuditText.proctitle(p.argv));
  }

  private long inode(String path) {
    return inodes.computeIfAbsent(path, k -> 1000L + random.nextInt(3_000_000));
  }
}
