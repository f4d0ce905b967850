package dev.cronhound.formats.linux.audit;

import java.util.Map;

/**
 * Syscall names by the {@code arch} field of a {@code SYSCALL} record (an {@code AUDIT_ARCH_*}
 * value in hex). Two architectures, and for each only the calls cronhound maps or that are common
 * in audit rules: {@code x86_64} ({@code c000003e}) and {@code aarch64} ({@code c00000b7}); i386
 * ({@code 40000003}) and others are named but their numbers are not. An unknown number stays a
 * number.
 */
public final class Syscalls {

  /** x86_64: arch/x86/entry/syscalls/syscall_64.tbl. */
  private static final Map<Integer, String> X86_64 =
      Map.ofEntries(
          Map.entry(0, "read"), Map.entry(1, "write"), Map.entry(2, "open"), Map.entry(3, "close"),
          Map.entry(13, "rt_sigaction"), Map.entry(14, "rt_sigprocmask"), Map.entry(23, "select"),
          Map.entry(41, "socket"), Map.entry(42, "connect"), Map.entry(43, "accept"),
          Map.entry(44, "sendto"), Map.entry(45, "recvfrom"), Map.entry(46, "sendmsg"),
          Map.entry(47, "recvmsg"), Map.entry(49, "bind"), Map.entry(50, "listen"),
          Map.entry(56, "clone"), Map.entry(57, "fork"), Map.entry(58, "vfork"),
          Map.entry(59, "execve"), Map.entry(62, "kill"), Map.entry(82, "rename"),
          Map.entry(87, "unlink"), Map.entry(90, "chmod"), Map.entry(92, "chown"),
          Map.entry(101, "ptrace"), Map.entry(105, "setuid"), Map.entry(106, "setgid"),
          Map.entry(165, "mount"), Map.entry(175, "init_module"), Map.entry(228, "clock_gettime"),
          Map.entry(257, "openat"), Map.entry(263, "unlinkat"), Map.entry(288, "accept4"),
          Map.entry(307, "sendmmsg"), Map.entry(313, "finit_module"), Map.entry(322, "execveat"));

  /** aarch64: the generic table, include/uapi/asm-generic/unistd.h. */
  private static final Map<Integer, String> AARCH64 =
      Map.ofEntries(
          Map.entry(35, "unlinkat"), Map.entry(40, "mount"), Map.entry(56, "openat"),
          Map.entry(57, "close"), Map.entry(63, "read"), Map.entry(64, "write"),
          Map.entry(105, "init_module"), Map.entry(113, "clock_gettime"), Map.entry(117, "ptrace"),
          Map.entry(129, "kill"), Map.entry(134, "rt_sigaction"), Map.entry(135, "rt_sigprocmask"),
          Map.entry(144, "setgid"), Map.entry(146, "setuid"), Map.entry(198, "socket"),
          Map.entry(200, "bind"), Map.entry(201, "listen"), Map.entry(202, "accept"),
          Map.entry(203, "connect"), Map.entry(206, "sendto"), Map.entry(207, "recvfrom"),
          Map.entry(211, "sendmsg"), Map.entry(212, "recvmsg"), Map.entry(220, "clone"),
          Map.entry(221, "execve"), Map.entry(242, "accept4"), Map.entry(269, "sendmmsg"),
          Map.entry(273, "finit_module"), Map.entry(281, "execveat"));

  private Syscalls() {}

  /** The architecture's name as ausearch prints it, or the hex value when unknown. */
  public static String arch(String hex) {
    if (hex == null) {
      return null;
    }
    return switch (hex.toLowerCase(java.util.Locale.ROOT)) {
      case "c000003e" -> "x86_64";
      case "c00000b7" -> "aarch64";
      case "40000003" -> "i386";
      case "40000028" -> "arm";
      case "c0000028" -> "armeb";
      case "80000016" -> "s390x";
      case "c0000015" -> "ppc64le";
      default -> hex;
    };
  }

  /** The name of syscall {@code number} on {@code arch} (raw hex), or null when not in the table. */
  public static String name(String arch, String number) {
    if (arch == null || number == null) {
      return null;
    }
    Map<Integer, String> table =
        switch (arch.toLowerCase(java.util.Locale.ROOT)) {
          case "c000003e" -> X86_64;
          case "c00000b7" -> AARCH64;
          default -> null;
        };
    if (table == null) {
      return null;
    }
    try {
      return table.get(Integer.parseInt(number));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
