package dev.cronhound.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cronhound.core.event.DnsQuery;
import dev.cronhound.core.event.Event;
import dev.cronhound.core.event.FileActivity;
import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobRun;
import dev.cronhound.core.event.JobTrigger;
import dev.cronhound.core.event.NetworkConnection;
import dev.cronhound.core.event.ProcessEnd;
import dev.cronhound.core.event.ProcessRef;
import dev.cronhound.core.event.ProcessStart;
import dev.cronhound.core.event.ScheduledJob;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The fields of the endpoint events for {@link EventJson}, between its head ({@code type}, {@code
 * ts}, {@code ts_us}) and {@code origin}, in the same style: snake_case names in declaration order,
 * null strings, -1 numbers and empty lists left out. A {@link ProcessRef} is written flat as {@code
 * process_guid} + {@code pid} (a parent as {@code parent_guid} + {@code parent_pid}); enums in
 * lower case; a job's actions and triggers as arrays of objects.
 */
final class EndpointEventJson {

  private final JsonGenerator gen;

  EndpointEventJson(JsonGenerator gen) {
    this.gen = gen;
  }

  /**
   * The {@code type} value of an endpoint event, its record name in snake_case: {@code
   * process_start}, {@code process_end}, {@code network_connection}, {@code file_activity}, {@code
   * dns_query}, {@code scheduled_job}, {@code job_run}.
   */
  static String typeName(Event event) {
    if (event instanceof ProcessStart) {
      return "process_start";
    } else if (event instanceof ProcessEnd) {
      return "process_end";
    } else if (event instanceof NetworkConnection) {
      return "network_connection";
    } else if (event instanceof FileActivity) {
      return "file_activity";
    } else if (event instanceof DnsQuery) {
      return "dns_query";
    } else if (event instanceof ScheduledJob) {
      return "scheduled_job";
    } else if (event instanceof JobRun) {
      return "job_run";
    }
    throw new IllegalArgumentException("not an endpoint event: " + event.getClass().getName());
  }

  void fields(Event event) throws IOException {
    if (event instanceof ProcessStart p) {
      string("host", p.host());
      process("process_guid", "pid", p.process());
      string("image", p.image());
      string("command_line", p.commandLine());
      string("user", p.user());
      string("current_directory", p.currentDirectory());
      process("parent_guid", "parent_pid", p.parent());
      string("parent_image", p.parentImage());
      string("parent_command_line", p.parentCommandLine());
      string("integrity_level", p.integrityLevel());
      string("hashes", p.hashes());
    } else if (event instanceof ProcessEnd p) {
      string("host", p.host());
      process("process_guid", "pid", p.process());
      string("image", p.image());
      string("user", p.user());
    } else if (event instanceof NetworkConnection n) {
      string("host", n.host());
      process("process_guid", "pid", n.process());
      string("image", n.image());
      string("user", n.user());
      string("protocol", n.protocol());
      gen.writeBooleanField("outbound", n.outbound());
      string("src_ip", n.srcIp());
      number("src_port", n.srcPort());
      string("dst_ip", n.dstIp());
      number("dst_port", n.dstPort());
      string("dst_hostname", n.dstHostname());
    } else if (event instanceof FileActivity f) {
      string("host", f.host());
      process("process_guid", "pid", f.process());
      string("image", f.image());
      string("user", f.user());
      string("path", f.path());
      string("action", lower(f.action()));
    } else if (event instanceof DnsQuery d) {
      string("host", d.host());
      process("process_guid", "pid", d.process());
      string("image", d.image());
      string("user", d.user());
      string("query", d.query());
      string("status", d.status());
      strings("answers", d.answers());
    } else if (event instanceof ScheduledJob j) {
      job(j);
    } else if (event instanceof JobRun r) {
      string("host", r.host());
      string("job", r.job());
      string("phase", lower(r.phase()));
      string("instance_id", r.instanceId());
      string("action", r.action());
      number("pid", r.pid());
      number("result_code", r.resultCode());
      string("user", r.user());
    }
  }

  private void job(ScheduledJob j) throws IOException {
    string("host", j.host());
    string("name", j.name());
    string("change", lower(j.change()));
    string("actor", j.actor());
    string("run_as", j.runAs());
    if (!j.actions().isEmpty()) {
      gen.writeArrayFieldStart("actions");
      for (JobAction a : j.actions()) {
        gen.writeStartObject();
        string("command", a.command());
        string("arguments", a.arguments());
        string("working_directory", a.workingDirectory());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    if (!j.triggers().isEmpty()) {
      gen.writeArrayFieldStart("triggers");
      for (JobTrigger t : j.triggers()) {
        gen.writeStartObject();
        string("kind", t.kind());
        string("start", t.start());
        number("period_seconds", t.periodSeconds());
        string("detail", t.detail());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    if (j.enabled() != null) {
      gen.writeBooleanField("enabled", j.enabled());
    }
    string("source", j.source());
    string("author", j.author());
    string("run_level", j.runLevel());
    string("note", j.note());
  }

  private void process(String guidName, String pidName, ProcessRef ref) throws IOException {
    if (ref != null) {
      string(guidName, ref.guid());
      number(pidName, ref.pid());
    }
  }

  private static String lower(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT);
  }

  private void string(String name, String value) throws IOException {
    if (value != null) {
      gen.writeStringField(name, value);
    }
  }

  private void number(String name, long value) throws IOException {
    if (value != -1) {
      gen.writeNumberField(name, value);
    }
  }

  private void strings(String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      gen.writeArrayFieldStart(name);
      for (String v : values) {
        gen.writeString(v);
      }
      gen.writeEndArray();
    }
  }
}
