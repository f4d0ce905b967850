package dev.cronhound.cli.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny test-side reader of Zeek ASCII TSV logs: headers plus rows of raw field strings. */
final class ZeekTsv {
  final Map<String, String> headers = new LinkedHashMap<>();
  final List<String> fields = new ArrayList<>();
  final List<String[]> rows = new ArrayList<>();
  final List<String> lines = new ArrayList<>();

  static ZeekTsv read(Path file) throws IOException {
    ZeekTsv log = new ZeekTsv();
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      log.lines.add(line);
      if (line.startsWith("#separator ")) {
        log.headers.put("separator", line.substring("#separator ".length()));
      } else if (line.startsWith("#")) {
        int tab = line.indexOf('\t');
        String key = line.substring(1, tab);
        String value = line.substring(tab + 1);
        log.headers.put(key, value);
        if (key.equals("fields")) {
          log.fields.addAll(List.of(value.split("\t")));
        }
      } else {
        log.rows.add(line.split("\t", -1));
      }
    }
    return log;
  }

  int col(String name) {
    int i = fields.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no field " + name + " in " + fields);
    }
    return i;
  }

  String get(String[] row, String name) {
    return row[col(name)];
  }

  /** {@code ts} in microseconds. */
  long ts(String[] row) {
    return micros(row[col("ts")]);
  }

  static long micros(String seconds) {
    int dot = seconds.indexOf('.');
    return Long.parseLong(seconds.substring(0, dot)) * 1_000_000
        + Long.parseLong(seconds.substring(dot + 1));
  }
}
