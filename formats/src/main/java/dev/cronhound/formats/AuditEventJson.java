package dev.cronhound.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cronhound.formats.linux.audit.AuditEvent;
import dev.cronhound.formats.linux.audit.AuditEventSink;
import dev.cronhound.formats.linux.audit.AuditRecord;
import dev.cronhound.formats.linux.audit.ExecveArgs;
import dev.cronhound.formats.linux.audit.ProcTitle;
import dev.cronhound.formats.linux.audit.SockAddr;
import dev.cronhound.formats.linux.audit.Syscalls;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders assembled audit events as JSON lines ({@code cronhound convert --to jsonl} on an audit
 * log), one object per event:
 *
 * <pre>
 * {"serial":59,"ts":"2017-04-12T22:48:11.036000Z","ts_us":1492037291036000,"closed":"end",
 *  "argv":["grep","--color=auto","mapping"],
 *  "records":[{"type":"SYSCALL","line":3,"fields":{"arch":"c000003e","syscall":"59",...},
 *              "decoded":{"arch":"x86_64","syscall":"execve","exe":"/usr/bin/grep",...}},...],
 *  "origin":"normal.log:3"}
 * </pre>
 *
 * {@code node} follows {@code ts_us} when logged; {@code closed} is what completed the event
 * ({@code eoe}, {@code alone}, {@code timeout}, {@code evicted}, {@code end}); {@code argv} is the
 * execve vector from the EXECVE records ({@link ExecveArgs}). Each record has its {@code fields}
 * as logged, in order, double quotes removed ({@code exe="/usr/bin/grep"} -> {@code
 * "/usr/bin/grep"}; hex stays hex; a key logged twice gets {@code #2}, {@code #3}...), the
 * enriched fields after {@code \x1d} under {@code enriched}, and under {@code decoded} what
 * cronhound reads from it: SYSCALL {@code arch} and {@code syscall} names (when known), {@code
 * exe}, {@code comm}; CWD {@code cwd}; PATH {@code name}; PROCTITLE {@code argv}; SOCKADDR {@code
 * family}, {@code address}, {@code port}, {@code path}. Escaping is {@link EventJson}'s.
 */
public final class AuditEventJson implements AuditEventSink, Closeable {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final JsonGenerator gen;

  /** Writes lines to {@code out}; {@link #close()} flushes but does not close {@code out}. */
  public AuditEventJson(OutputStream out) {
    try {
      gen = JSON.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.setRootValueSeparator(null);
    gen.setCharacterEscapes(EventJson.lineSafeEscapes());
  }

  /** One event as a JSON line, without the newline. */
  public static String toJson(AuditEvent e, String file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (AuditEventJson json = new AuditEventJson(out)) {
      json.write(e, file);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    return line.substring(0, line.length() - 1);
  }

  private String file = "-";

  /** The file name origins are given for, until the next call. */
  public AuditEventJson file(String name) {
    this.file = name;
    return this;
  }

  @Override
  public void accept(AuditEvent e) {
    write(e, file);
  }

  private void write(AuditEvent e, String name) {
    try {
      gen.writeStartObject();
      gen.writeNumberField("serial", e.serial());
      gen.writeStringField("ts", EventJson.isoTime(e.tsMicros()));
      gen.writeNumberField("ts_us", e.tsMicros());
      if (e.node() != null) {
        gen.writeStringField("node", e.node());
      }
      gen.writeStringField("closed", e.closed().name().toLowerCase(java.util.Locale.ROOT));
      List<AuditRecord> execve = e.all("EXECVE");
      if (!execve.isEmpty()) {
        strings("argv", ExecveArgs.of(execve).argv());
      }
      gen.writeArrayFieldStart("records");
      for (AuditRecord r : e.records()) {
        record(r);
      }
      gen.writeEndArray();
      gen.writeStringField("origin", name + ":" + e.line());
      gen.writeEndObject();
      gen.writeRaw('\n');
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void record(AuditRecord r) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("type", r.type());
    gen.writeNumberField("line", r.line());
    fields("fields", r.fields());
    if (r.enriched().length > 0) {
      fields("enriched", r.enriched());
    }
    decoded(r);
    gen.writeEndObject();
  }

  private void fields(String name, String[] kv) throws IOException {
    gen.writeObjectFieldStart(name);
    Map<String, Integer> seen = null;
    for (int i = 0; i + 1 < kv.length; i += 2) {
      String k = kv[i];
      for (int j = 0; j < i; j += 2) {
        if (kv[j].equals(k)) {
          if (seen == null) {
            seen = new HashMap<>();
          }
          k = k + "#" + seen.merge(k, 2, (a, b) -> a + 1);
          break;
        }
      }
      String v = kv[i + 1];
      gen.writeStringField(k, v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"' ? v.substring(1, v.length() - 1) : v);
    }
    gen.writeEndObject();
  }

  private void decoded(AuditRecord r) throws IOException {
    switch (r.type()) {
      case "SYSCALL" -> {
        gen.writeObjectFieldStart("decoded");
        String arch = r.value("arch");
        string("arch", Syscalls.arch(arch));
        string("syscall", Syscalls.name(arch, r.value("syscall")));
        string("exe", r.text("exe"));
        string("comm", r.text("comm"));
        gen.writeEndObject();
      }
      case "CWD" -> one("cwd", r.text("cwd"));
      case "PATH" -> one("name", r.text("name"));
      case "PROCTITLE" -> {
        gen.writeObjectFieldStart("decoded");
        strings("argv", ProcTitle.argv(r.raw("proctitle")));
        gen.writeEndObject();
      }
      case "SOCKADDR" -> {
        SockAddr a = SockAddr.parse(r.raw("saddr")).addr();
        if (a != null) {
          gen.writeObjectFieldStart("decoded");
          string("family", a.family());
          string("address", a.address());
          if (a.port() >= 0) {
            gen.writeNumberField("port", a.port());
          }
          string("path", a.path());
          gen.writeEndObject();
        }
      }
      default -> {}
    }
  }

  private void one(String key, String value) throws IOException {
    if (value != null) {
      gen.writeObjectFieldStart("decoded");
      gen.writeStringField(key, value);
      gen.writeEndObject();
    }
  }

  private void string(String key, String value) throws IOException {
    if (value != null) {
      gen.writeStringField(key, value);
    }
  }

  private void strings(String key, List<String> values) throws IOException {
    gen.writeArrayFieldStart(key);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  /** Writes buffered lines to the stream and flushes it. */
  public void flush() {
    try {
      gen.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    flush();
  }
}
