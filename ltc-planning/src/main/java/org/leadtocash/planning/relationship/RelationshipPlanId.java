package org.leadtocash.planning.relationship;

import java.util.Objects;
import org.leadtocash.domain.common.Identifier;

/**
 * Identifies one {@link RelationshipPlan} (DOMAIN D10.1).
 *
 * @param value the host's value; non-blank, see {@link Identifier}
 */
public record RelationshipPlanId(String value) implements Identifier {

  /**
   * Checks the value.
   *
   * @param value the host's value; non-blank, see {@link Identifier}
   * @throws IllegalArgumentException if the value is blank, too long or padded with whitespace
   */
  public RelationshipPlanId {
    Objects.requireNonNull(value, "value");
    value = Identifier.checked(value, "RelationshipPlanId");
  }

  /**
   * Returns the id with this value.
   *
   * @param value the host's value; not null, not blank
   * @return the id, never null
   */
  public static RelationshipPlanId of(String value) {
    return new RelationshipPlanId(value);
  }

  /** {@return the value itself, so that messages read {@code RelationshipPlan RP-7}} */
  @Override
  public String toString() {
    return value;
  }
}
