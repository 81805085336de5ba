package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The record of one decision at a gate (DOMAIN D3.2): which gate of which opportunity, who decided
 * with what authority, when it was planned and when it was taken, the verdict, its conditions and
 * the rationale.
 *
 * <p>True of every decision: a verdict {@link Verdict#APPROVED_WITH_CONDITIONS} lists at least one
 * condition and no other verdict lists any; the rationale and every condition are non-blank.
 * Whether the decision is allowed at all (gate order, readiness, authority) is checked when it is
 * recorded, by {@link Opportunity#decide}.
 */
@Value.Immutable
@DomainStyle
public abstract class GateDecision {

  /** {@return the opportunity decided on; never null} */
  public abstract OpportunityId opportunity();

  /** {@return the gate; never null} */
  public abstract Gate gate();

  /** {@return who decided, and with which level of authority; never null} */
  public abstract DecisionAuthority authority();

  /** {@return the date the decision was planned for; never null} */
  public abstract LocalDate plannedOn();

  /** {@return the date the decision was taken; never null} */
  public abstract LocalDate decidedOn();

  /** {@return the verdict; never null} */
  public abstract Verdict verdict();

  /**
   * {@return the conditions of an approval with conditions, in order; empty otherwise; never null}
   */
  public abstract List<String> conditions();

  /** {@return why the decider decided so; never null, never blank} */
  public abstract String rationale();

  /** {@return whether this decision passes its gate (see {@link Verdict#passes()})} */
  public boolean passes() {
    return verdict().passes();
  }

  /** {@return whether the decision was taken later than planned} */
  public boolean isLate() {
    return decidedOn().isAfter(plannedOn());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GateDecision}; every attribute but the conditions is required. */
  public static final class Builder extends ImmutableGateDecision.Builder {}

  @Value.Check
  void check() {
    checkArgument(!rationale().isBlank(), "a gate decision states its rationale");
    conditions()
        .forEach(c -> checkArgument(!c.isBlank(), "a condition of a gate decision is not blank"));
    if (verdict() == Verdict.APPROVED_WITH_CONDITIONS) {
      checkArgument(
          !conditions().isEmpty(),
          "an approval with conditions lists its conditions (DOMAIN D3.2)");
    } else {
      checkArgument(
          conditions().isEmpty(),
          "only an approval with conditions lists conditions, not a verdict %s (DOMAIN D3.2)",
          verdict());
    }
  }
}
