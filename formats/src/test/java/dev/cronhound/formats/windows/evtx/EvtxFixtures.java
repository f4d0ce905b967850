package dev.cronhound.formats.windows.evtx;

import dev.cronhound.formats.ReadReport;
import dev.cronhound.formats.windows.WindowsRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The EVTX fixtures in {@code src/test/resources/windows/evtx/} and a one-call read of them. */
final class EvtxFixtures {

  static final Path DIR = Path.of("src/test/resources/windows/evtx");

  record Read(List<WindowsRecord> records, ReadReport report) {}

  private EvtxFixtures() {}

  static List<Path> all() {
    try (Stream<Path> s = Files.walk(DIR)) {
      return s.filter(p -> p.toString().endsWith(".evtx")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Read read(Path file, int threads) {
    try {
      return read(Files.readAllBytes(file), file.getFileName().toString(), threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Read read(byte[] data, String name, int threads) {
    List<WindowsRecord> out = new ArrayList<>();
    ReadReport report = new ReadReport();
    EvtxReader.read(new ByteArrayInputStream(data), name, out::add, report, threads);
    return new Read(out, report);
  }
}
