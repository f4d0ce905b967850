package dev.cronhound.formats.linux.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cronhound.formats.ReadReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Event assembly and decoded values against {@code ausearch -i} (audit 3.0.9), whose output for
 * every log under {@code src/test/resources/linux/audit/} is committed beside it as {@code
 * *.ausearch-i.txt} by {@code make-expected.sh} (TZ=UTC, uids named from the {@code passwd} file
 * there). Per file: the same events (stamp, serial, node), each with the same records in the same
 * order (ausearch prints an event's records last first: compared reversed). Per record, the line
 * ausearch printed must contain {@code " key=VALUE "} for what cronhound decodes:
 *
 * <ul>
 *   <li>SYSCALL: {@code arch} name; {@code syscall} name when in {@link Syscalls}' table; {@code
 *       pid}, {@code ppid}; {@code uid}, {@code euid}, {@code auid} named from the passwd file
 *       ({@code unset} for 4294967295, {@code unknown(N)} for a uid not in it, as ausearch);
 *       {@code exe} and {@code comm} decoded;
 *   <li>EXECVE: {@code argc}, every {@code aN} and chunk {@code aN[k]} decoded;
 *   <li>PROCTITLE: the arguments joined by one space;
 *   <li>SOCKADDR: {@code saddr={ saddr_fam=inet laddr=A lport=P }} (inet6 alike), {@code
 *       saddr_fam=local path=P}, {@code saddr_fam=netlink}, {@code unknown-family(N)};
 *   <li>CWD {@code cwd}, PATH {@code name} decoded.
 * </ul>
 *
 * Normalizations (where ausearch prints differently): times are rendered from the epoch as
 * ausearch's {@code MM/dd/yy HH:mm:ss.SSS} in UTC; a decoded string is compared after writing its
 * control characters as ausearch does, {@code \ooo} octal ({@code \012} for a newline); a
 * proctitle's trailing NUL, which ausearch prints as a trailing space, is not an argument here;
 * events with the same stamp and serial (a late record ausearch also splits off) are paired in the
 * order each side gives them; an AppArmor AVC event ({@code apparmor="DENIED"}) is left out, as
 * ausearch 3.0.9 prints nothing for it.
 */
class AuditAusearchEquivalenceTest {

  private static final Path DIR = Path.of("src", "test", "resources", "linux", "audit");
  private static final Pattern HEADER =
      Pattern.compile(
          "^(?:node=(\\S+) )?type=(\\S+) msg=audit\\((\\d\\d/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}):(\\d+)\\)(?: :)?(.*)$");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss.SSS");

  record Shown(String node, String time, long serial, List<String> types, List<String> lines) {}

  static Stream<String> logs() throws IOException {
    try (Stream<Path> s = Files.walk(DIR)) {
      return s.filter(p -> p.toString().endsWith(".ausearch-i.txt"))
          .map(p -> DIR.relativize(p).toString().replace(".ausearch-i.txt", ".log"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("logs")
  void matchesAusearch(String log) throws IOException {
    Passwd passwd = Passwd.read(DIR.resolve("passwd"));
    List<AuditEvent> ours = new ArrayList<>();
    ReadReport report = new ReadReport();
    try (InputStream in = Files.newInputStream(DIR.resolve(log))) {
      AuditReader.read(in, log, e -> {
        if (!apparmorAvc(e)) {
          ours.add(e);
        }
      }, report);
    }
    List<Shown> theirs = shown(DIR.resolve(log.replace(".log", ".ausearch-i.txt")));
    assertThat(ours).as("events of %s", log).hasSize(theirs.size());
    List<AuditEvent> sorted = new ArrayList<>(ours);
    sorted.sort(Comparator.comparingLong(AuditEvent::tsMicros).thenComparingLong(AuditEvent::serial));
    List<Shown> expected = new ArrayList<>(theirs);
    expected.sort(Comparator.comparing((Shown s) -> LocalDateTime.parse(s.time, SHOWN)).thenComparingLong(Shown::serial));
    for (int i = 0; i < sorted.size(); i++) {
      compare(log, sorted.get(i), expected.get(i), passwd);
    }
  }

  private static void compare(String log, AuditEvent e, Shown s, Passwd passwd) {
    String what = log + " event " + e.serial() + " (line " + e.line() + ")";
    assertThat(time(e)).as(what + " time").isEqualTo(s.time);
    assertThat(e.serial()).as(what + " serial").isEqualTo(s.serial);
    assertThat(e.node()).as(what + " node").isEqualTo(s.node);
    List<String> types = new ArrayList<>();
    for (AuditRecord r : e.records()) {
      types.add(r.type());
    }
    List<String> reversed = new ArrayList<>(s.types);
    java.util.Collections.reverse(reversed);
    assertThat(types).as(what + " record types").isEqualTo(reversed);
    for (int i = 0; i < e.records().size(); i++) {
      AuditRecord r = e.records().get(i);
      String line = s.lines.get(s.lines.size() - 1 - i) + " ";
      String rw = what + " " + r.type() + " line " + r.line();
      switch (r.type()) {
        case "SYSCALL" -> {
          String arch = r.value("arch");
          has(line, "arch", Syscalls.arch(arch), rw);
          String call = Syscalls.name(arch, r.value("syscall"));
          if (call != null) {
            has(line, "syscall", call, rw);
          }
          has(line, "pid", r.value("pid"), rw);
          has(line, "ppid", r.value("ppid"), rw);
          for (String k : List.of("uid", "euid", "auid")) {
            has(line, k, account(passwd, r.value(k)), rw);
          }
          has(line, "exe", shown(r.text("exe")), rw);
          has(line, "comm", shown(r.text("comm")), rw);
        }
        case "EXECVE" -> {
          String[] f = r.fields();
          for (int k = 0; k + 1 < f.length; k += 2) {
            if (f[k].equals("argc")) {
              has(line, "argc", f[k + 1], rw);
            } else if (f[k].matches("a\\d+(\\[\\d+])?")) {
              has(line, f[k], shown(AuditRecord.untrusted(f[k + 1])), rw);
            }
          }
        }
        case "PROCTITLE" -> has(line, "proctitle", shown(String.join(" ", ProcTitle.argv(r.raw("proctitle")))), rw);
        case "SOCKADDR" -> {
          SockAddr a = SockAddr.parse(r.raw("saddr")).addr();
          assertThat(a).as(rw + " saddr").isNotNull();
          String want =
              a.isInternet()
                  ? "{ saddr_fam=" + a.family() + " laddr=" + a.address() + " lport=" + a.port() + " }"
                  : a.family().equals("local")
                      ? "{ saddr_fam=local path=" + a.path() + " }"
                      : a.family().startsWith("unknown") ? a.family() : "{ saddr_fam=" + a.family();
          assertThat(line).as(rw + " saddr").contains(" saddr=" + want + " ");
        }
        case "CWD" -> has(line, "cwd", shown(r.text("cwd")), rw);
        case "PATH" -> {
          String name = r.text("name");
          has(line, "name", name == null ? r.value("name") : shown(name), rw);
        }
        default -> {}
      }
    }
  }

  /** ausearch 3.0.9 prints no event for an AppArmor AVC record (its AVC parser rejects them). */
  private static boolean apparmorAvc(AuditEvent e) {
    return e.records().get(0).type().equals("AVC") && e.records().get(0).raw("apparmor") != null;
  }

  private static void has(String line, String key, String value, String what) {
    if (value != null) {
      assertThat(line).as(what + " " + key).contains(" " + key + "=" + value + " ");
    }
  }

  /** As ausearch names an id: from the passwd file, {@code unset}, or {@code unknown(N)}. */
  private static String account(Passwd passwd, String id) {
    if (id == null) {
      return null;
    }
    if (Passwd.isUnset(id)) {
      return "unset";
    }
    String name = passwd.name(id);
    return name != null ? name : "unknown(" + id + ")";
  }

  /** Control characters as ausearch prints them: backslash and three octal digits. */
  static String shown(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append('\\').append(String.format("%03o", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String time(AuditEvent e) {
    return LocalDateTime.ofEpochSecond(e.seconds(), e.millis() * 1_000_000, ZoneOffset.UTC).format(SHOWN);
  }

  private static List<Shown> shown(Path file) throws IOException {
    List<Shown> out = new ArrayList<>();
    List<String> types = null;
    List<String> lines = null;
    Matcher first = null;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.equals("----")) {
        if (types != null) {
          out.add(new Shown(first.group(1), first.group(3), Long.parseLong(first.group(4)), types, lines));
        }
        types = new ArrayList<>();
        lines = new ArrayList<>();
        first = null;
        continue;
      }
      if (l.isBlank()) {
        continue;
      }
      Matcher m = HEADER.matcher(l);
      assertThat(m.matches()).as("ausearch line in %s: %s", file, l).isTrue();
      if (first == null) {
        first = m;
      }
      types.add(m.group(2));
      lines.add(l);
    }
    if (types != null && first != null) {
      out.add(new Shown(first.group(1), first.group(3), Long.parseLong(first.group(4)), types, lines));
    }
    return out;
  }
}
