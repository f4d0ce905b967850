package dev.cronhound.formats.windows;

import dev.cronhound.core.event.JobAction;
import dev.cronhound.core.event.JobTrigger;
import java.util.List;

/**
 * What cronhound reads from a Task Scheduler task definition ({@link TaskDefinitionXml}).
 *
 * @param author {@code RegistrationInfo/Author}, or null
 * @param runAs the acting principal's {@code UserId} (else its {@code GroupId}), or null
 * @param runLevel the acting principal's {@code RunLevel}, or null
 * @param enabled {@code Settings/Enabled} (absent: true) when a definition was read, else null
 * @param actions {@code Actions} in order
 * @param triggers {@code Triggers} in order
 * @param note why the definition was not read (malformed, DTD refused), else null
 */
record TaskDefinition(
    String author,
    String runAs,
    String runLevel,
    Boolean enabled,
    List<JobAction> actions,
    List<JobTrigger> triggers,
    String note) {

  /** No definition was logged. */
  static final TaskDefinition NONE = new TaskDefinition(null, null, null, null, List.of(), List.of(), null);

  TaskDefinition {
    actions = List.copyOf(actions);
    triggers = List.copyOf(triggers);
  }

  /** A definition that was logged but could not be read. */
  static TaskDefinition unread(String note) {
    return new TaskDefinition(null, null, null, null, List.of(), List.of(), note);
  }
}
