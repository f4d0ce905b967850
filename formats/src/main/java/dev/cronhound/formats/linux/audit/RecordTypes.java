package dev.cronhound.formats.linux.audit;

import java.util.Map;

/**
 * Record type names: the numbers the kernel prints when it logs to syslog itself ({@code audit:
 * type=1300 audit(...)}), and which types make an event on their own.
 */
final class RecordTypes {

  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(1005, "USER"),
          Map.entry(1006, "LOGIN"),
          Map.entry(1300, "SYSCALL"),
          Map.entry(1302, "PATH"),
          Map.entry(1303, "IPC"),
          Map.entry(1304, "SOCKETCALL"),
          Map.entry(1305, "CONFIG_CHANGE"),
          Map.entry(1306, "SOCKADDR"),
          Map.entry(1307, "CWD"),
          Map.entry(1309, "EXECVE"),
          Map.entry(1317, "FD_PAIR"),
          Map.entry(1318, "OBJ_PID"),
          Map.entry(1319, "TTY"),
          Map.entry(1320, "EOE"),
          Map.entry(1321, "BPRM_FCAPS"),
          Map.entry(1322, "CAPSET"),
          Map.entry(1323, "MMAP"),
          Map.entry(1325, "NETFILTER_CFG"),
          Map.entry(1326, "SECCOMP"),
          Map.entry(1327, "PROCTITLE"),
          Map.entry(1330, "KERN_MODULE"),
          Map.entry(1334, "BPF"),
          Map.entry(1336, "URINGOP"),
          Map.entry(1337, "OPENAT2"),
          Map.entry(1400, "AVC"),
          Map.entry(1401, "SELINUX_ERR"),
          Map.entry(1402, "AVC_PATH"),
          Map.entry(1701, "ANOM_ABEND"),
          Map.entry(2000, "KERNEL"));

  private static final String[] ALONE_PREFIXES = {
    "USER_", "CRED_", "DAEMON_", "ANOM_", "RESP_", "INTEGRITY_", "CRYPTO_", "VIRT_", "ROLE_",
    "GRP_", "ACCT_", "SERVICE_", "SYSTEM_", "LABEL_", "DEV_", "MAC_UNLBL_", "MAC_CIPSOV4_",
    "MAC_MAP_", "MAC_IPSEC_", "MAC_CALIPSO_"
  };

  private static final java.util.Set<String> ALONE =
      java.util.Set.of(
          "USER", "KERNEL", "PROCTITLE", "ADD_USER", "DEL_USER", "ADD_GROUP", "DEL_GROUP",
          "CHGRP_ID", "CHUSER_ID", "TRUSTED_APP", "TEST", "DAC_CHECK", "MAC_CHECK",
          "USYS_CONFIG", "SOFTWARE_UPDATE", "FS_RELABEL");

  private RecordTypes() {}

  /** The name of numeric type {@code n}: from the table, else {@code UNKNOWN[n]}. */
  static String name(int n) {
    String s = NAMES.get(n);
    return s != null ? s : "UNKNOWN[" + n + "]";
  }

  /**
   * True when an event whose first record has this type is complete at once, as ausearch decides
   * with libaudit's {@code audit_is_last_record}: user-space messages (types 1005 and 1007-1299:
   * {@code USER_*}, {@code CRED_*}, {@code DAEMON_*}, {@code ADD_USER}, ...), {@code PROCTITLE},
   * the labelled-networking {@code MAC_*} types 1406-1419, and types from 1700 on ({@code ANOM_*},
   * {@code INTEGRITY_*}, {@code KERNEL}, {@code CRYPTO_*}, {@code VIRT_*}, ...). Decided by name;
   * an {@code UNKNOWN[n]} type by its number.
   */
  static boolean endsAlone(String type) {
    if (ALONE.contains(type)) {
      return true;
    }
    for (String p : ALONE_PREFIXES) {
      if (type.startsWith(p)) {
        return true;
      }
    }
    if (type.startsWith("UNKNOWN[") && type.endsWith("]")) {
      try {
        int n = Integer.parseInt(type.substring(8, type.length() - 1));
        return n == 1005 || (n > 1006 && n < 1300) || n == 1327 || (n >= 1406 && n <= 1419)
            || n >= 1700;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }
}
