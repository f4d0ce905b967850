/**
 * Linux audit (auditd) logs: {@link dev.cronhound.formats.linux.audit.AuditReader} streams the raw
 * {@code /var/log/audit/audit.log} form (also {@code ausearch --raw} output and records forwarded
 * through syslog), {@link dev.cronhound.formats.linux.audit.Reassembler} groups records into
 * {@link dev.cronhound.formats.linux.audit.AuditEvent}s by their {@code msg=audit(TIME:SERIAL)}
 * stamp, and {@link dev.cronhound.formats.linux.audit.AuditEventMapper} turns execve and connect
 * events into cronhound events. The mapping is documented in {@code docs/linux-events.md}.
 */
package dev.cronhound.formats.linux.audit;
