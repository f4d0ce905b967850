package dev.cronhound.cli.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPOutputStream;

/**
 * Streams one Zeek log file ({@code conn.log}, ...) in TSV or JSON, optionally gzipped. TSV files
 * carry the full Zeek header, with {@code #open}/{@code #close} taken from the simulated window
 * rather than the wall clock so that output is reproducible.
 */
final class ZeekLogWriter implements Closeable {
  private static final int BUFFER = 1 << 16;
  private static final DateTimeFormatter HEADER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);

  private final OutputStream stream;
  private final AsciiBuffer buffer;
  private final FieldSink fields;
  private final OutputFormat format;
  private final Instant closeTime;
  private long records;

  ZeekLogWriter(
      Path dir,
      LogKind kind,
      OutputFormat format,
      boolean gzip,
      Instant openTime,
      Instant closeTime)
      throws IOException {
    Path file = dir.resolve(fileName(kind, gzip));
    OutputStream out = Files.newOutputStream(file);
    this.stream = gzip ? new GZIPOutputStream(out, BUFFER) : out;
    this.buffer = new AsciiBuffer(stream, BUFFER);
    this.format = format;
    this.closeTime = closeTime;
    this.fields = format == OutputFormat.TSV ? new TsvFields(buffer) : new JsonFields(buffer);
    if (format == OutputFormat.TSV) {
      writeHeader(kind, openTime);
    }
  }

  /** {@code conn.log}, or {@code conn.log.gz} when gzipped. */
  static String fileName(LogKind kind, boolean gzip) {
    return kind.path() + ".log" + (gzip ? ".gz" : "");
  }

  private void writeHeader(LogKind kind, Instant openTime) {
    buffer.putAscii("#separator \\x09\n");
    buffer.putAscii("#set_separator\t,\n");
    buffer.putAscii("#empty_field\t(empty)\n");
    buffer.putAscii("#unset_field\t-\n");
    buffer.putAscii("#path\t" + kind.path() + "\n");
    buffer.putAscii("#open\t" + HEADER_TIME.format(openTime) + "\n");
    buffer.putAscii("#fields\t" + String.join("\t", kind.fields()) + "\n");
    buffer.putAscii("#types\t" + String.join("\t", kind.types()) + "\n");
  }

  void write(LogRecord record) {
    record.writeTo(fields);
    records++;
  }

  long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    try {
      if (format == OutputFormat.TSV) {
        buffer.putAscii("#close\t" + HEADER_TIME.format(closeTime) + "\n");
      }
      buffer.drain();
    } catch (UncheckedIOException e) {
      stream.close();
      throw e.getCause();
    }
    stream.close();
  }
}
