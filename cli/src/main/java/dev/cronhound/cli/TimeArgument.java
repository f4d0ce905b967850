package dev.cronhound.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --since}/{@code --until}: an ISO-8601 instant ({@code 2026-01-05T02:00:00Z}), a UTC
 * date ({@code 2026-01-05}, its midnight), or epoch seconds; to epoch microseconds.
 */
final class TimeArgument implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    String v = value.trim();
    try {
      if (v.matches("\\d+(\\.\\d+)?")) {
        return Math.round(Double.parseDouble(v) * 1e6);
      }
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000L;
      }
      Instant i = Instant.parse(v);
      return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a time: use 2026-01-05, 2026-01-05T02:00:00Z or epoch seconds");
    }
  }
}
