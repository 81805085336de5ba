package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.PersonId;

/**
 * One line of a {@link ChainCoverageReport}: a decision role and who holds it (DOMAIN D7.2). A role
 * without holders is hidden.
 *
 * @param role the role; not null
 * @param holders the people holding it, in chain order; not null, no repeats
 */
public record RoleCoverage(DecisionRole role, List<PersonId> holders) {

  /**
   * Checks the parts and copies the holders.
   *
   * @param role the role; not null
   * @param holders the people holding it, in chain order; not null, no repeats
   * @throws IllegalArgumentException if a holder is listed twice
   */
  public RoleCoverage {
    Objects.requireNonNull(holders, "holders");
    Objects.requireNonNull(role, "role");
    holders = ImmutableList.copyOf(holders);
    checkArgument(
        holders.stream().distinct().count() == holders.size(),
        "each holder of %s is listed once: %s",
        role,
        holders);
  }

  /** {@return whether someone is known to hold the role} */
  public boolean mapped() {
    return !holders.isEmpty();
  }

  /** {@return e.g. {@code decider (决定者): P-1, P-4} or {@code buyer (购买者): hidden}} */
  @Override
  public String toString() {
    return role.label()
        + " ("
        + role.chineseTerm()
        + "): "
        + (mapped()
            ? holders.stream().map(PersonId::value).collect(Collectors.joining(", "))
            : "hidden");
  }
}
