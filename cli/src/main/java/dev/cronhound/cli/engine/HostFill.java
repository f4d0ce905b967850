package dev.cronhound.cli.engine;

import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.EventSink;
import dev.cronhound.core.event.FileActivity;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import java.util.function.UnaryOperator;

/** Gives endpoint events that name no host the host of their file ({@link HostFromPath}). */
final class HostFill implements EventSink {

  private final String host;
  private final EventSink next;

  HostFill(String host, EventSink next) {
    this.host = host;
    this.next = next;
  }

  @Override
  public void accept(Event e) {
    next.accept(host == null ? e : withHost(e, host));
  }

  /** {@code e} with {@code host} when it names none; {@code e} itself otherwise. */
  static Event withHost(Event e, String host) {
    return rehost(e, h -> h == null ? host : h);
  }

  /**
   * {@code e} with its host replaced by {@code rename} of it (which receives null when the event
   * names none); {@code e} itself when the name does not change or the event has no host.
   */
  static Event rehost(Event e, UnaryOperator<String> rename) {
    String old = hostOf(e);
    if (old == null && !(e instanceof ProcessStart || e instanceof ProcessEnd || e instanceof NetworkConnection
        || e instanceof DnsQuery || e instanceof JobRun || e instanceof ScheduledJob || e instanceof FileActivity)) {
      return e;
    }
    String host = rename.apply(old);
    if (java.util.Objects.equals(host, old)) {
      return e;
    }
    if (e instanceof ProcessStart s) {
      return new ProcessStart(s.tsMicros(), host, s.process(), s.image(), s.commandLine(), s.user(), s.loginUser(),
          s.currentDirectory(), s.parent(), s.parentImage(), s.parentCommandLine(), s.integrityLevel(), s.hashes(),
          s.origin());
    } else if (e instanceof ProcessEnd x) {
      return new ProcessEnd(x.tsMicros(), host, x.process(), x.image(), x.user(), x.origin());
    } else if (e instanceof NetworkConnection c) {
      return new NetworkConnection(c.tsMicros(), host, c.process(), c.image(), c.user(), c.protocol(), c.outbound(),
          c.srcIp(), c.srcPort(), c.dstIp(), c.dstPort(), c.dstHostname(), c.origin());
    } else if (e instanceof DnsQuery q) {
      return new DnsQuery(q.tsMicros(), host, q.process(), q.image(), q.user(), q.query(), q.status(), q.answers(),
          q.origin());
    } else if (e instanceof JobRun r) {
      return new JobRun(r.tsMicros(), host, r.job(), r.phase(), r.instanceId(), r.action(), r.pid(), r.resultCode(),
          r.user(), r.origin());
    } else if (e instanceof ScheduledJob j) {
      return new ScheduledJob(j.tsMicros(), host, j.name(), j.change(), j.actor(), j.runAs(), j.actions(),
          j.triggers(), j.enabled(), j.source(), j.author(), j.runLevel(), j.note(), j.origin());
    } else if (e instanceof FileActivity f) {
      return new FileActivity(f.tsMicros(), host, f.process(), f.image(), f.user(), f.path(), f.action(), f.origin());
    }
    return e;
  }

  /** The host an endpoint event names, or null (none named, or not an endpoint event). */
  static String hostOf(Event e) {
    if (e instanceof ProcessStart s) {
      return s.host();
    } else if (e instanceof ProcessEnd x) {
      return x.host();
    } else if (e instanceof NetworkConnection c) {
      return c.host();
    } else if (e instanceof DnsQuery q) {
      return q.host();
    } else if (e instanceof JobRun r) {
      return r.host();
    } else if (e instanceof ScheduledJob j) {
      return j.host();
    } else if (e instanceof FileActivity f) {
      return f.host();
    }
    return null;
  }
}
