package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;

/**
 * A person or a customer below a relationship target, a candidate to raise to it (DOMAIN D10.1):
 * for a key-person target a key person of a decision chain, for an organisational or general target
 * a customer of the scope.
 *
 * @param customer the customer; not null
 * @param person the key person, for a key-person target; not null
 * @param current where the relationship stands today, in D7's words, e.g. "favourable" or "not
 *     assessed"; not null, not blank
 */
public record GapCandidate(CustomerId customer, Optional<PersonId> person, String current) {

  /**
   * Checks the candidate.
   *
   * @param customer the customer; not null
   * @param person the key person, for a key-person target; not null
   * @param current where the relationship stands today; not null, not blank
   * @throws IllegalArgumentException if {@code current} is blank
   */
  public GapCandidate {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(current, "current");
    checkArgument(!current.isBlank(), "a gap candidate says where it stands (DOMAIN D10.1)");
  }

  /** {@return e.g. {@code P-7 of CU-1 (favourable)} or {@code CU-2 (key supplier)}} */
  @Override
  public String toString() {
    return person.map(p -> p + " of " + customer).orElseGet(customer::toString)
        + " ("
        + current
        + ")";
  }
}
