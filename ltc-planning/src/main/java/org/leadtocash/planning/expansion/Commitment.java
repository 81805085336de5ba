package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.FreeText;

/**
 * A commitment or action of an {@link ExpansionCard} (DOMAIN D10.3): specific and measurable — what
 * is done, by whom, a measurable target with its unit, and a due date. A commitment without a
 * positive target, a unit or a due date cannot be built.
 *
 * @param what what is committed, e.g. "executive visits to the CTO"; not null, not blank
 * @param owner our employee who delivers it; not null
 * @param target the measurable target, e.g. {@code 3}; not null, positive
 * @param unit what the target counts, e.g. "visits"; not null, not blank
 * @param due when it is due; not null
 */
public record Commitment(
    String what, EmployeeId owner, BigDecimal target, String unit, LocalDate due) {

  /**
   * Checks that the commitment is specific and measurable.
   *
   * @param what what is committed; not null, not blank
   * @param owner who delivers it; not null
   * @param target the measurable target; not null, positive
   * @param unit what the target counts; not null, not blank
   * @param due when it is due; not null
   * @throws NullPointerException if the target or the due date is missing, naming D10.3
   * @throws IllegalArgumentException if a text is blank or the target is not positive
   */
  public Commitment {
    Objects.requireNonNull(target, "target: a commitment has a measurable target (DOMAIN D10.3)");
    Objects.requireNonNull(due, "due: a commitment has a due date (DOMAIN D10.3)");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(unit, "unit");
    FreeText.line(what, "what");
    checkArgument(!what.isBlank(), "a commitment says specifically what (DOMAIN D10.3)");
    checkArgument(
        target.signum() > 0,
        "a commitment has a measurable, positive target (DOMAIN D10.3): '%s' has %s",
        what,
        target);
    checkArgument(
        !unit.isBlank(),
        "a commitment's target says what it counts (DOMAIN D10.3): '%s' has no unit",
        what);
  }

  /** {@return e.g. "3 visits: executive visits to the CTO, by E-QIAN, due 2027-03-31"} */
  public String explanation() {
    return target.stripTrailingZeros().toPlainString()
        + " "
        + unit
        + ": "
        + what
        + ", by "
        + owner
        + ", due "
        + due;
  }
}
