package dev.cronhound.formats;

import java.util.Optional;

/**
 * The input formats cronhound can read, by the id a user names on the command line ({@code --format
 * zeek-tsv}). An open list: later sources (EVTX, auditd, ...) add constants here.
 */
public enum InputFormat {
  /** Zeek ASCII logs: tab-separated values under {@code #separator}/{@code #fields} headers. */
  ZEEK_TSV("zeek-tsv"),
  /** Zeek JSON logs: one JSON object per line, stock or RockNSM field names. */
  ZEEK_JSON("zeek-json");

  private final String id;

  InputFormat(String id) {
    this.id = id;
  }

  /** The stable, lower-case name used on the command line and in read reports. */
  public String id() {
    return id;
  }

  /** The format with this {@link #id()}, matched exactly. */
  public static Optional<InputFormat> byId(String id) {
    for (InputFormat f : values()) {
      if (f.id.equals(id)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
