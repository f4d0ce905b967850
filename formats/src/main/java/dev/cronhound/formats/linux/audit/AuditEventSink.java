package dev.cronhound.formats.linux.audit;

/** Receives assembled audit events, in the order they are completed. */
@FunctionalInterface
public interface AuditEventSink {
  void accept(AuditEvent event);
}
