package dev.cronhound.cli.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --start}: an ISO instant, an offset date-time, or a date (midnight UTC). */
final class StartConverter implements ITypeConverter<Instant> {
  /** The default start of a simulated window: a Monday. */
  static final String MONDAY = "2026-01-05T00:00:00Z";

  @Override
  public Instant convert(String value) {
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "expected an ISO instant such as " + MONDAY + " or a date, got '" + value + "'");
    }
  }
}
