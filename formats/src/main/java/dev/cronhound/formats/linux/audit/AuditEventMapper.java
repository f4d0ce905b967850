package dev.cronhound.formats.linux.audit;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.Origin;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import java.util.List;

/**
 * Turns audit events into cronhound events (documented in {@code docs/linux-events.md}):
 *
 * <ul>
 *   <li>a successful {@code execve}/{@code execveat} -> {@link ProcessStart};
 *   <li>a {@code connect} that succeeded or is in progress ({@code exit=-115}, EINPROGRESS, a
 *       non-blocking connect), or a successful {@code sendto}/{@code sendmsg}, with an IPv4 or
 *       IPv6 {@code SOCKADDR} -> outbound {@link NetworkConnection}.
 * </ul>
 *
 * Everything else (other syscalls, failed calls, AF_UNIX/netlink addresses, user-space records,
 * events without a {@code SYSCALL}) gives nothing and is counted in {@link #unmapped()}.
 */
public final class AuditEventMapper implements AuditEventSink {

  /** {@code -EINPROGRESS}: a non-blocking connect under way. */
  private static final String EINPROGRESS = "-115";

  private final EventSink sink;
  private final Passwd passwd;
  private final String file;
  private long unmapped;

  /**
   * @param file the input's name, for each event's {@link Origin} (line = the event's first
   *     record)
   */
  public AuditEventMapper(EventSink sink, Passwd passwd, String file) {
    this.sink = sink;
    this.passwd = passwd == null ? Passwd.NONE : passwd;
    this.file = file;
  }

  /** Events that gave no cronhound event. */
  public long unmapped() {
    return unmapped;
  }

  @Override
  public void accept(AuditEvent e) {
    Event out = map(e);
    if (out == null) {
      unmapped++;
    } else {
      sink.accept(out);
    }
  }

  Event map(AuditEvent e) {
    AuditRecord s = e.first("SYSCALL");
    if (s == null) {
      return null;
    }
    String call = Syscalls.name(s.value("arch"), s.value("syscall"));
    if (call == null) {
      return null;
    }
    boolean success = "yes".equals(s.value("success"));
    return switch (call) {
      case "execve", "execveat" -> success ? processStart(e, s) : null;
      case "connect" -> success || EINPROGRESS.equals(s.value("exit")) ? connection(e, s) : null;
      case "sendto", "sendmsg" -> success ? connection(e, s) : null;
      default -> null;
    };
  }

  private ProcessStart processStart(AuditEvent e, AuditRecord s) {
    List<AuditRecord> execve = e.all("EXECVE");
    List<String> argv;
    if (!execve.isEmpty()) {
      argv = ExecveArgs.of(execve).argv();
    } else {
      AuditRecord title = e.first("PROCTITLE");
      argv = title == null ? List.of() : ProcTitle.argv(title.raw("proctitle"));
    }
    AuditRecord cwd = e.first("CWD");
    return new ProcessStart(
        e.tsMicros(),
        e.node(),
        new ProcessRef(null, pid(s.value("pid"))),
        s.text("exe"),
        argv.isEmpty() ? null : commandLine(argv),
        user(s, "uid", "UID"),
        user(s, "auid", "AUID"),
        cwd == null ? null : cwd.text("cwd"),
        new ProcessRef(null, pid(s.value("ppid"))),
        null,
        null,
        null,
        null,
        new Origin(file, e.line()));
  }

  private NetworkConnection connection(AuditEvent e, AuditRecord s) {
    SockAddr addr = null;
    for (AuditRecord r : e.all("SOCKADDR")) {
      SockAddr a = SockAddr.parse(r.raw("saddr")).addr();
      if (a != null && a.isInternet()) {
        addr = a;
        break;
      }
    }
    if (addr == null) {
      return null;
    }
    return new NetworkConnection(
        e.tsMicros(),
        e.node(),
        new ProcessRef(null, pid(s.value("pid"))),
        s.text("exe"),
        user(s, "uid", "UID"),
        null,
        true,
        null,
        -1,
        addr.address(),
        addr.port(),
        null,
        new Origin(file, e.line()));
  }

  /**
   * The account of field {@code key}: its name in the passwd file, else the enriched log's
   * interpreted name ({@code UID="root"}), else the number as logged; null when unset or absent.
   */
  private String user(AuditRecord s, String key, String enrichedKey) {
    String id = s.value(key);
    if (Passwd.isUnset(id)) {
      return null;
    }
    String name = passwd.name(id);
    if (name == null) {
      name = s.enrichedValue(enrichedKey);
    }
    return name != null ? name : id;
  }

  private static long pid(String s) {
    if (s == null) {
      return -1;
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The arguments joined with one space, as {@code ausearch -i} prints a proctitle, except that an
   * argument that is empty or holds white space, a quote or a backslash is written in double
   * quotes with {@code "} and {@code \} escaped by a backslash, so the line splits back into the
   * same arguments ({@code sh -c "curl -T /tmp/x https://h/"}).
   */
  static String commandLine(List<String> argv) {
    StringBuilder sb = new StringBuilder();
    for (String a : argv) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      if (!needsQuotes(a)) {
        sb.append(a);
        continue;
      }
      sb.append('"');
      for (int i = 0; i < a.length(); i++) {
        char c = a.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append('"');
    }
    return sb.toString();
  }

  private static boolean needsQuotes(String a) {
    if (a.isEmpty()) {
      return true;
    }
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\') {
        return true;
      }
    }
    return false;
  }
}
