package dev.cronhound.cli.simulate;

import java.util.function.LongSupplier;

/**
 * The login uid and session id the kernel keeps per process ({@code auid=}, {@code ses=}): set by
 * {@code pam_loginuid} when cron or sshd open a session, inherited by every child, unset
 * (4294967295) for what systemd starts. A session's id is taken from the host's counter when a
 * record first shows it, so ids rise with time like pids.
 */
final class AuditSession {
  static final long UNSET_ID = 4294967295L;
  static final AuditSession UNSET = new AuditSession(UNSET_ID, () -> UNSET_ID);

  final long auid;
  private final LongSupplier counter;
  private long ses = -1;

  AuditSession(long auid, LongSupplier counter) {
    this.auid = auid;
    this.counter = counter;
  }

  long ses() {
    if (ses < 0) {
      ses = counter.getAsLong();
    }
    return ses;
  }
}
