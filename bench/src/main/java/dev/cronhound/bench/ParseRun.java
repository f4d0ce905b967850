package dev.cronhound.bench;

import dev.cronhound.formats.InputFile;
import dev.cronhound.formats.Inputs;
import dev.cronhound.formats.ReadReport;
import org.openjdk.jmh.infra.Blackhole;

/** One whole-file parse, shared by the parse benchmarks. */
final class ParseRun {

  private ParseRun() {}

  static ReadReport parse(InputFile input, double megabytes, ParseCounters counters, Blackhole bh) {
    ReadReport report = new ReadReport();
    Inputs.read(input, bh::consume, report);
    counters.megabytes += megabytes;
    counters.records += report.totalRecords();
    return report;
  }
}
