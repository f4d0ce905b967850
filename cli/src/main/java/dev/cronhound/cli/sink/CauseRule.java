package dev.cronhound.cli.sink;

import dev.cronhound.cli.engine.HuntResult;
import dev.cronhound.cli.engine.HuntSettings;
import java.util.Optional;

/**
 * One possible cause of a result that says less than it could: a pure function of what the run
 * counted and what it was told, giving one line that names the cause and the flag that changes it,
 * or nothing when the cause does not apply. {@link ResultCause} holds them in order.
 */
@FunctionalInterface
interface CauseRule {
  Optional<String> explain(HuntResult r, HuntSettings s);
}
