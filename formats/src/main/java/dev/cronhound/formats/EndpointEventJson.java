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
  private final JsonLineFields fields;

  EndpointEventJson(JsonGenerator gen) {
    this.gen = gen;
    this.fields = new JsonLineFields(gen);
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
      fields.string("host", p.host());
      process("process_guid", "pid", p.process());
      fields.string("image", p.image());
      fields.string("command_line", p.commandLine());
      fields.string("user", p.user());
      fields.string("login_user", p.loginUser());
      fields.string("current_directory", p.currentDirectory());
      process("parent_guid", "parent_pid", p.parent());
      fields.string("parent_image", p.parentImage());
      fields.string("parent_command_line", p.parentCommandLine());
      fields.string("integrity_level", p.integrityLevel());
      fields.string("hashes", p.hashes());
    } else if (event instanceof ProcessEnd p) {
      fields.string("host", p.host());
      process("process_guid", "pid", p.process());
      fields.string("image", p.image());
      fields.string("user", p.user());
    } else if (event instanceof NetworkConnection n) {
      fields.string("host", n.host());
      process("process_guid", "pid", n.process());
      fields.string("image", n.image());
      fields.string("user", n.user());
      fields.string("protocol", n.protocol());
      gen.writeBooleanField("outbound", n.outbound());
      fields.string("src_ip", n.srcIp());
      fields.number("src_port", n.srcPort());
      fields.string("dst_ip", n.dstIp());
      fields.number("dst_port", n.dstPort());
      fields.string("dst_hostname", n.dstHostname());
    } else if (event instanceof FileActivity f) {
      fields.string("host", f.host());
      process("process_guid", "pid", f.process());
      fields.string("image", f.image());
      fields.string("user", f.user());
      fields.string("path", f.path());
      fields.string("action", lower(f.action()));
    } else if (event instanceof DnsQuery d) {
      fields.string("host", d.host());
      process("process_guid", "pid", d.process());
      fields.string("image", d.image());
      fields.string("user", d.user());
      fields.string("query", d.query());
      fields.string("status", d.status());
      fields.strings("answers", d.answers());
    } else if (event instanceof ScheduledJob j) {
      job(j);
    } else if (event instanceof JobRun r) {
      fields.string("host", r.host());
      fields.string("job", r.job());
      fields.string("phase", lower(r.phase()));
      fields.string("instance_id", r.instanceId());
      fields.string("action", r.action());
      fields.number("pid", r.pid());
      fields.number("result_code", r.resultCode());
      fields.string("user", r.user());
    }
  }

  private void job(ScheduledJob j) throws IOException {
    fields.string("host", j.host());
    fields.string("name", j.name());
    fields.string("change", lower(j.change()));
    fields.string("actor", j.actor());
    fields.string("run_as", j.runAs());
    if (!j.actions().isEmpty()) {
      gen.writeArrayFieldStart("actions");
      for (JobAction a : j.actions()) {
        gen.writeStartObject();
        fields.string("command", a.command());
        fields.string("arguments", a.arguments());
        fields.string("working_directory", a.workingDirectory());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    if (!j.triggers().isEmpty()) {
      gen.writeArrayFieldStart("triggers");
      for (JobTrigger t : j.triggers()) {
        gen.writeStartObject();
        fields.string("kind", t.kind());
        fields.string("start", t.start());
        fields.number("period_seconds", t.periodSeconds());
        fields.string("detail", t.detail());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    if (j.enabled() != null) {
      gen.writeBooleanField("enabled", j.enabled());
    }
    fields.string("source", j.source());
    fields.string("author", j.author());
    fields.string("run_level", j.runLevel());
    fields.string("note", j.note());
  }

  private void process(String guidName, String pidName, ProcessRef ref) throws IOException {
    if (ref != null) {
      fields.string(guidName, ref.guid());
      fields.number(pidName, ref.pid());
    }
  }

  private static String lower(Enum<?> e) {
    return e == null ? null : e.name().toLowerCase(Locale.ROOT);
  }
}
