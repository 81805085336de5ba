package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.PersonId;

/**
 * One line of a {@link ChainCoverageReport}: a mandatory position (CEO, CTO, COO, procurement
 * director — always assessed, DOMAIN D7.2), who holds it, whether it is assessed, and why.
 *
 * <p>A position is assessed when it is held and every holder has a recorded stance (D7.3) and a
 * known key-relationship level (D7.4); see {@link DecisionChain}.
 *
 * @param position the position; not null, {@link PositionKind#isMandatory() mandatory}
 * @param holders who holds it, in chain order; not null
 * @param assessed whether it is held and every holder is assessed
 * @param reason the evidence, or what is missing; not null, not blank
 */
public record MandatoryPositionCheck(
    PositionKind position, List<PersonId> holders, boolean assessed, String reason) {

  /**
   * Checks the parts and copies the holders.
   *
   * @param position the position; not null, {@link PositionKind#isMandatory() mandatory}
   * @param holders who holds it, in chain order; not null
   * @param assessed whether it is held and every holder is assessed
   * @param reason the evidence, or what is missing; not null, not blank
   * @throws IllegalArgumentException if the position is not mandatory, a position without holders
   *     is called assessed, or the reason is blank
   */
  public MandatoryPositionCheck {
    Objects.requireNonNull(holders, "holders");
    Objects.requireNonNull(position, "position");
    holders = ImmutableList.copyOf(holders);
    Objects.requireNonNull(reason, "reason");
    checkArgument(position.isMandatory(), "%s is not a mandatory position (DOMAIN D7.2)", position);
    checkArgument(
        !assessed || !holders.isEmpty(), "a position no one holds is not assessed (DOMAIN D7.2)");
    checkArgument(!reason.isBlank(), "a mandatory position check says why");
  }

  /** {@return whether someone in the chain holds the position} */
  public boolean held() {
    return !holders.isEmpty();
  }

  /** {@return e.g. {@code CTO ASSESSED — P-3 assessed: stance and level known}} */
  @Override
  public String toString() {
    return position.abbreviation()
        + (assessed ? " ASSESSED" : held() ? " NOT ASSESSED" : " MISSING")
        + " — "
        + reason;
  }
}
