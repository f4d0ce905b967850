package dev.cronhound.cli.simulate;

import static dev.cronhound.cli.simulate.EstateActivity.between;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A host's boot at the start of the window, as syslog and audit.log show it: the kernel banner,
 * systemd 252, the daemons started before auditd (journald, rsyslogd, logind: no execve record),
 * auditd loading the rules (DAEMON_START, CONFIG_CHANGE), then cron (and its {@code @reboot}
 * lines), sshd and the monitoring agent, and {@code Startup finished}.
 */
final class ServerBoot {
  private static final String KERNEL = "6.1.0-17-amd64";

  private ServerBoot() {}

  static void boot(
      LinuxHost host, Systemd systemd, CronDaemon cron, MetricsAgent agent, long t, SplittableRandom random) {
    String[] kernel = {
      "Linux version " + KERNEL + " (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0,"
          + " GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.69-1 (2023-12-30)",
      "Command line: BOOT_IMAGE=/boot/vmlinuz-" + KERNEL + " root=/dev/mapper/vg0-root ro quiet",
      "DMI: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014",
      "Hypervisor detected: KVM",
      "audit: initializing netlink subsys (disabled)",
      "EXT4-fs (dm-0): mounted filesystem with ordered data mode. Quota mode: none.",
      "virtio_net virtio0 ens3: renamed from eth0"
    };
    double[] uptimes = {0.0, 0.0, 0.0, 0.0, 0.191, 1.402, 1.618};
    for (int i = 0; i < kernel.length; i++) {
      host.syslog(
          t + (long) (uptimes[i] * 1e6),
          "kernel",
          String.format(Locale.ROOT, "[%12.6f] %s", uptimes[i], kernel[i]));
    }
    long at = t + between(random, 1_800_000, 2_100_000);
    LinuxProcess pid1 = host.systemd;
    host.syslog(
        at,
        "systemd",
        pid1,
        "systemd 252.19-1~deb12u1 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA"
            + " +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2"
            + " -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2"
            + " +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT"
            + " default-hierarchy=unified)");
    host.syslog(at + 200, "systemd", pid1, "Detected virtualization kvm.");
    host.syslog(at + 300, "systemd", pid1, "Detected architecture x86-64.");
    host.syslog(at + 500, "systemd", pid1, "Hostname set to <" + host.name + ">.");
    at += between(random, 300_000, 600_000);
    host.daemon(at, Program.binary("/usr/lib/systemd/systemd-journald"), "/usr/lib/systemd/systemd-journald");
    at += between(random, 200_000, 400_000);
    LinuxProcess auditd = host.daemon(at, Program.binary("/usr/sbin/auditd"), "/sbin/auditd");
    host.audit(
        auditd,
        host.clock(at + 20_000),
        () ->
            List.of(
                new AuditRecord(
                    "DAEMON_START",
                    "op=start ver=3.0.9 format=raw kernel="
                        + KERNEL
                        + " auid=4294967295 pid="
                        + auditd.pid()
                        + " uid=0 ses=4294967295 res=success")));
    for (int rule = 0; rule < 2; rule++) {
      host.audit(
          auditd,
          host.clock(at + 60_000 + rule * 1_000),
          () ->
              List.of(
                  new AuditRecord(
                      "CONFIG_CHANGE",
                      "auid=4294967295 ses=4294967295 op=add_rule key=(null) list=4 res=1")));
    }
    host.syslog(at + 30_000, "auditd", auditd, "audit dispatcher initialized with q_depth=2000 and 1 active plugins");
    host.syslog(at + 31_000, "auditd", auditd, "Init complete, auditd 3.0.9 listening for events (startup state enable)");
    at += between(random, 200_000, 400_000);
    LinuxProcess rsyslogd = host.daemon(at, Program.binary("/usr/sbin/rsyslogd"), "/usr/sbin/rsyslogd", "-n", "-iNONE");
    host.rsyslogd = rsyslogd;
    host.syslog(
        at + 40_000,
        "rsyslogd",
        rsyslogd,
        () ->
            "[origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\""
                + rsyslogd.pid()
                + "\" x-info=\"https://www.rsyslog.com\"] start");
    systemd.started(at + 45_000, "rsyslog", "System Logging Service");
    at += between(random, 100_000, 300_000);
    host.logind = host.daemon(at, Program.binary("/usr/lib/systemd/systemd-logind"), "/lib/systemd/systemd-logind");
    host.syslog(at + 20_000, "systemd-logind", host.logind, "New seat seat0.");
    systemd.started(at + 30_000, "systemd-logind", "User Login Management");
    at += between(random, 200_000, 500_000);
    cron.start(systemd, at);
    at += between(random, 30_000, 120_000);
    systemd.starting(at, "ssh", "OpenBSD Secure Shell server");
    host.sshd = systemd.exec(at + 3_000, DebianPrograms.SSHD, LinuxUser.ROOT, "/usr/sbin/sshd", "-D");
    host.syslog(at + 60_000, "sshd", host.sshd, "Server listening on 0.0.0.0 port 22.");
    host.syslog(at + 60_500, "sshd", host.sshd, "Server listening on :: port 22.");
    systemd.started(at + 62_000, "ssh", "OpenBSD Secure Shell server");
    at += between(random, 50_000, 200_000);
    agent.start(systemd, at);
    at += between(random, 200_000, 600_000);
    host.syslog(at, "systemd", pid1, "Reached target multi-user.target - Multi-User System.");
    long userspace = at - t;
    host.syslog(
        at + 3_000,
        "systemd",
        pid1,
        String.format(
            Locale.ROOT,
            "Startup finished in 1.842s (kernel) + %.3fs (userspace) = %.3fs.",
            userspace / 1e6 - 1.842,
            userspace / 1e6));
  }
}
