package dev.cronhound.cli.simulate;

/** How the simulated Zeek logs are spelled on disk. */
public enum OutputFormat {
  /** Zeek's default ASCII format: tab-separated values under {@code #}-prefixed headers. */
  TSV,
  /** Zeek's JSON writer ({@code LogAscii::use_json=T}): one object per line, no headers. */
  JSON
}
