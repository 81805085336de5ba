package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;

/**
 * One target of a {@link KeyRelationshipPlan} (DOMAIN D10.2, step 2): a person of the decision
 * chain chosen from the business targets, the employee who owns the relationship, the level to
 * reach (D7.4), and the career need the plan serves, if recorded.
 *
 * <p>The need is the {@link MaslowLevel} of the person's need we help with (D6.8, D7.4); it is
 * personal data (D7.8), so {@link #toString()} says only whether it is recorded.
 *
 * @param person the customer's person; not null
 * @param owner our employee who owns the relationship; not null
 * @param level the key-relationship level to reach; not null
 * @param businessTarget the business target that makes the person a target, e.g. "win the core
 *     network tender"; not null, not blank
 * @param need the level of the person's need the plan serves, or empty if not recorded; not null
 */
public record KeyPersonTarget(
    PersonId person,
    EmployeeId owner,
    KeyRelationshipLevel level,
    String businessTarget,
    Optional<MaslowLevel> need) {

  /**
   * Checks the parts.
   *
   * @param person the customer's person; not null
   * @param owner our employee who owns the relationship; not null
   * @param level the level to reach; not null
   * @param businessTarget the business target behind it; not null, not blank
   * @param need the level of need served, or empty; not null
   * @throws IllegalArgumentException if the business target is blank
   */
  public KeyPersonTarget {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(businessTarget, "businessTarget");
    Objects.requireNonNull(need, "need");
    checkArgument(
        !businessTarget.isBlank(),
        "a relationship target is chosen from a business target (DOMAIN D10.2): %s has none",
        person);
  }

  /**
   * Returns a target whose career need is not recorded yet.
   *
   * @param person the customer's person; not null
   * @param owner our employee who owns the relationship; not null
   * @param level the level to reach; not null
   * @param businessTarget the business target behind it; not null, not blank
   * @return the target, never null
   */
  public static KeyPersonTarget of(
      PersonId person, EmployeeId owner, KeyRelationshipLevel level, String businessTarget) {
    return new KeyPersonTarget(person, owner, level, businessTarget, Optional.empty());
  }

  /**
   * Returns this target with the career need the plan serves.
   *
   * @param need the Maslow level of the person's need; not null
   * @return the target, never null
   */
  public KeyPersonTarget withNeed(MaslowLevel need) {
    Objects.requireNonNull(need, "need");
    return new KeyPersonTarget(person, owner, level, businessTarget, Optional.of(need));
  }

  /**
   * {@return e.g. {@code P-3 → supportive and exclusive, owned by E-LI (win the core tender), need
   * recorded}: never the need itself (D7.8)}
   */
  @Override
  public String toString() {
    return person
        + " → "
        + level.label()
        + ", owned by "
        + owner
        + " ("
        + businessTarget
        + "), "
        + (need.isPresent() ? "need recorded" : "need not recorded");
  }
}
