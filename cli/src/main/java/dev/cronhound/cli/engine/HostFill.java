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

  static Event withHost(Event e, String host) {
    if (e instanceof ProcessStart s && s.host() == null) {
      return new ProcessStart(s.tsMicros(), host, s.process(), s.image(), s.commandLine(), s.user(), s.loginUser(),
          s.currentDirectory(), s.parent(), s.parentImage(), s.parentCommandLine(), s.integrityLevel(), s.hashes(),
          s.origin());
    } else if (e instanceof ProcessEnd x && x.host() == null) {
      return new ProcessEnd(x.tsMicros(), host, x.process(), x.image(), x.user(), x.origin());
    } else if (e instanceof NetworkConnection c && c.host() == null) {
      return new NetworkConnection(c.tsMicros(), host, c.process(), c.image(), c.user(), c.protocol(), c.outbound(),
          c.srcIp(), c.srcPort(), c.dstIp(), c.dstPort(), c.dstHostname(), c.origin());
    } else if (e instanceof DnsQuery q && q.host() == null) {
      return new DnsQuery(q.tsMicros(), host, q.process(), q.image(), q.user(), q.query(), q.status(), q.answers(),
          q.origin());
    } else if (e instanceof JobRun r && r.host() == null) {
      return new JobRun(r.tsMicros(), host, r.job(), r.phase(), r.instanceId(), r.action(), r.pid(), r.resultCode(),
          r.user(), r.origin());
    } else if (e instanceof ScheduledJob j && j.host() == null) {
      return new ScheduledJob(j.tsMicros(), host, j.name(), j.change(), j.actor(), j.runAs(), j.actions(),
          j.triggers(), j.enabled(), j.source(), j.author(), j.runLevel(), j.note(), j.origin());
    } else if (e instanceof FileActivity f && f.host() == null) {
      return new FileActivity(f.tsMicros(), host, f.process(), f.image(), f.user(), f.path(), f.action(), f.origin());
    }
    return e;
  }
}
