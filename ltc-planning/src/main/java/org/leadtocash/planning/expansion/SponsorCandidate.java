package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.relationship.PositionKind;

/**
 * One of our senior people considered as the senior sponsor of a key person (DOMAIN D10.3), with
 * what the four principles of selection look at.
 *
 * @param employee our employee; not null
 * @param position the kind of position they hold, on the same scale as the key person's (D7.2), for
 *     rank parity; not null
 * @param businessMatch how far their responsibility matches the key person's business; not null
 * @param sharedHistory how many times they have worked with the key person before (projects,
 *     meetings, joint events); not negative
 * @param ability how able they are to solve the customer's problems; not null
 * @param willingness how willing they are to; not null
 */
public record SponsorCandidate(
    EmployeeId employee,
    PositionKind position,
    Extent businessMatch,
    int sharedHistory,
    Extent ability,
    Extent willingness) {

  /**
   * Checks the parts.
   *
   * @param employee our employee; not null
   * @param position the kind of position; not null
   * @param businessMatch the business match; not null
   * @param sharedHistory the times worked together; not negative
   * @param ability the ability; not null
   * @param willingness the willingness; not null
   * @throws IllegalArgumentException if the shared history is negative
   */
  public SponsorCandidate {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(businessMatch, "businessMatch");
    Objects.requireNonNull(ability, "ability");
    Objects.requireNonNull(willingness, "willingness");
    checkArgument(
        sharedHistory >= 0,
        "a sponsor candidate's shared history counts times worked together (DOMAIN D10.3): %s"
            + " has %s",
        employee,
        sharedHistory);
  }
}
