package dev.cronhound.formats.year;

import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.event.FileActivity;
import dev.cronhound.core.event.Flow;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The time span of the dated records read so far (records whose stamps carry a year: audit,
 * journald, Windows events, Zeek), per host and for the whole run: what a year-less syslog stamp
 * of the same host is placed against. Job definitions (a crontab's time is its file's modification
 * time) and year-less records are not observed. Hosts are matched by short name, case-insensitive
 * ({@code WEB01.corp.example} is {@code web01}); an address stays whole.
 */
public final class DatedRecords {

  /** The span of some records and what they were (labels like {@code audit}, {@code Zeek conn}). */
  public static final class Window {
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private final List<String> sources = new ArrayList<>(2);
    private String lastSource;

    void observe(long ts, String source) {
      if (ts < min) {
        min = ts;
      }
      if (ts > max) {
        max = ts;
      }
      if (source != lastSource) {
        lastSource = source;
        if (!sources.contains(source)) {
          sources.add(source);
        }
      }
    }

    public long minMicros() {
      return min;
    }

    public long maxMicros() {
      return max;
    }

    /** What was observed, in the order first seen: {@code audit and Zeek conn}. */
    public String sources() {
      return String.join(" and ", sources);
    }
  }

  private final Map<String, Window> hosts = new HashMap<>();
  private final Window run = new Window();
  private String lastHost;
  private Window lastWindow;

  /** Notes one dated record of {@code host} (null when the record names none) at {@code tsMicros}. */
  public void observe(String host, long tsMicros, String source) {
    if (tsMicros <= 0) {
      return;
    }
    run.observe(tsMicros, source);
    if (host == null || host.isEmpty()) {
      return;
    }
    if (!host.equals(lastHost)) {
      lastHost = host;
      lastWindow = hosts.computeIfAbsent(key(host), k -> new Window());
    }
    lastWindow.observe(tsMicros, source);
  }

  /**
   * {@code next}, noting the time and host of each dated event that passes through it; events that
   * name no host count for {@code defaultHost} (their file's directory host), or the run alone.
   */
  public EventSink observing(EventSink next, String source, String defaultHost) {
    return e -> {
      observe(e, source, defaultHost);
      next.accept(e);
    };
  }

  /** Notes {@code e} unless it is a job definition (their times are file times, not records'). */
  public void observe(Event e, String source, String defaultHost) {
    if (e instanceof Flow) {
      observe(null, e.tsMicros(), source); // flows name addresses, not hosts: the run's span only
    } else if (!(e instanceof ScheduledJob)) {
      String host = hostOf(e);
      observe(host == null ? defaultHost : host, e.tsMicros(), source);
    }
  }

  /** The host an endpoint event names, or null (network events name addresses, not hosts). */
  static String hostOf(Event e) {
    if (e instanceof ProcessStart s) {
      return s.host();
    } else if (e instanceof NetworkConnection c) {
      return c.host();
    } else if (e instanceof ProcessEnd x) {
      return x.host();
    } else if (e instanceof JobRun r) {
      return r.host();
    } else if (e instanceof DnsQuery q) {
      return q.host();
    } else if (e instanceof FileActivity f) {
      return f.host();
    }
    return null;
  }

  /** The span of {@code host}'s dated records, or null when none was read. */
  public Window host(String host) {
    return host == null || host.isEmpty() ? null : hosts.get(key(host));
  }

  /** The span of every dated record read, or null when none was. */
  public Window run() {
    return run.min == Long.MAX_VALUE ? null : run;
  }

  static String key(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.indexOf(':') >= 0 || isAddress(h)) {
      return h;
    }
    int dot = h.indexOf('.');
    return dot > 0 ? h.substring(0, dot) : h;
  }

  private static boolean isAddress(String h) {
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
