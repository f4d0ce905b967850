package dev.cronhound.cli.simulate;

/**
 * One line of {@code audit.log} without its {@code msg=audit(...)} stamp: the record type and the
 * fields after it ({@code ""} for {@code EOE}).
 */
record AuditRecord(String type, String body) {
  static final AuditRecord EOE = new AuditRecord("EOE", "");
}
