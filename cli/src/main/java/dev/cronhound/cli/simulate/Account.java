package dev.cronhound.cli.simulate;

/**
 * A Windows account a process runs as.
 *
 * @param domain {@code CORP}, or {@code NT AUTHORITY} for LocalSystem
 * @param name {@code bob}, or {@code SYSTEM}
 * @param logonId the logon session, {@code 0x3e7} for LocalSystem
 */
record Account(String domain, String name, String sid, String logonId) {
  static final Account SYSTEM = new Account("NT AUTHORITY", "SYSTEM", "S-1-5-18", "0x3e7");

  boolean isSystem() {
    return this.equals(SYSTEM);
  }

  /** {@code CORP\bob}, {@code NT AUTHORITY\SYSTEM}: Sysmon's {@code User}. */
  String qualified() {
    return domain + "\\" + name;
  }
}
