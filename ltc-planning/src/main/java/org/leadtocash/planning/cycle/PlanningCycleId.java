package org.leadtocash.planning.cycle;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies one {@link PlanningCycle}: the planning of a set of key accounts for one period
 * (DOMAIN D11.10).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record PlanningCycleId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public PlanningCycleId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "PlanningCycleId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static PlanningCycleId of(String value) {
    return new PlanningCycleId(value);
  }

  /** {@return the value itself, so that messages read {@code PlanningCycle PC-2027}} */
  @Override
  public String toString() {
    return value;
  }
}
