package dev.cronhound.core.tuning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one tunable: a component of an analytic's tunables record. The user-facing name is the
 * component name with its first letter capitalised ({@code burstGapSeconds} -> {@code
 * BurstGapSeconds}); {@code docs/tunables.md} lists them all with their defaults.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Tunable {
  /** What the tunable controls, in one sentence. */
  String value();
}
