package dev.cronhound.formats.linux.cron;

/**
 * What a crontab's path says about it: a system table ({@code /etc/crontab}: a file named {@code
 * crontab}; any file in a {@code cron.d} directory) has a user field on each line; a user table
 * belongs to the user it is named after ({@code /var/spool/cron/crontabs/alice} on Debian, {@code
 * /var/spool/cron/alice} on cronie, any file in a {@code crontabs} directory). Any other file is
 * read as a user table of an unknown owner. Both {@code /} and {@code \} separate directories.
 *
 * @param system true for a system table
 * @param owner the user a user table belongs to, or null
 */
record CrontabPlace(boolean system, String owner) {

  static CrontabPlace of(String path) {
    String[] parts = path.replace('\\', '/').split("/");
    String name = parts[parts.length - 1];
    String parent = parts.length > 1 ? parts[parts.length - 2] : "";
    String grandparent = parts.length > 2 ? parts[parts.length - 3] : "";
    if (name.equals("crontab") || parent.equals("cron.d")) {
      return new CrontabPlace(true, null);
    }
    if (parent.equals("crontabs") || (parent.equals("cron") && grandparent.equals("spool"))) {
      return new CrontabPlace(false, name);
    }
    return new CrontabPlace(false, null);
  }

  /** True when the path alone says this is a crontab. */
  static boolean named(String path) {
    CrontabPlace p = of(path);
    return p.system || p.owner != null;
  }
}
