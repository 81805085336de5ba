package org.leadtocash.domain.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The record of one decision at a gate of an opportunity (DOMAIN D3.2): the {@link Ruling} of the
 * decision authority — gate, authority, date, verdict, conditions, rationale — together with what
 * the opportunity adds when it records it: its own id and the date the gate was planned for, if it
 * was.
 *
 * <p>Only {@link Opportunity#decide} records a decision, after checking gate order, readiness and
 * authority. A decision is a record, not evidence: a codec reading a stored event restores one
 * ({@link #restore}), and anyone may call that, so another aggregate never relies on a bare
 * decision. The evidence that a gate was passed is a {@link GatePassage}, which only the
 * opportunity issues ({@link Opportunity#passage(Gate)}): a {@link
 * org.leadtocash.domain.contract.Contract contract} is signed only with the passage of ATC of its
 * own opportunity ({@link Opportunity#contractApproval()}, DOMAIN D5.1). Replay of a stored history
 * checks each restored decision again, as strictly as the commands.
 */
@Value.Immutable
@DomainStyle
public abstract class GateDecision {

  GateDecision() {}

  /** {@return the opportunity decided on; never null} */
  public abstract OpportunityId opportunity();

  /** {@return what the decision authority ruled; never null} */
  public abstract Ruling ruling();

  /** {@return the date the decision was planned for, if the gate was planned; never null} */
  public abstract Optional<LocalDate> plannedOn();

  /** {@return the gate; never null} */
  public Gate gate() {
    return ruling().gate();
  }

  /** {@return who decided, and with which level of authority; never null} */
  public DecisionAuthority authority() {
    return ruling().authority();
  }

  /** {@return the date the decision was taken; never null} */
  public LocalDate decidedOn() {
    return ruling().decidedOn();
  }

  /** {@return the verdict; never null} */
  public Verdict verdict() {
    return ruling().verdict();
  }

  /** {@return the conditions of an approval with conditions, in order; empty otherwise} */
  public List<String> conditions() {
    return ruling().conditions();
  }

  /** {@return why the decider decided so; never null, never blank} */
  public String rationale() {
    return ruling().rationale();
  }

  /** {@return whether this decision passes its gate (see {@link Verdict#passes()})} */
  public boolean passes() {
    return verdict().passes();
  }

  /**
   * {@return whether the decision was taken later than planned; a gate that was never planned is
   * never late}
   */
  public boolean isLate() {
    return plannedOn().map(planned -> decidedOn().isAfter(planned)).orElse(false);
  }

  /**
   * Restores a decision as a stored event recorded it: for codecs reading a stored event; replay
   * checks the event again. A restored decision is never evidence that its gate was passed: only an
   * opportunity whose history or snapshot holds it issues that, as a {@link GatePassage} (DOMAIN
   * D3.2, D5.1).
   *
   * @param opportunity the opportunity decided on; not null
   * @param ruling what the decision authority ruled; not null
   * @param plannedOn the date the decision was planned for, if the gate was planned; not null
   * @return the decision, never null
   */
  public static GateDecision restore(
      OpportunityId opportunity, Ruling ruling, Optional<LocalDate> plannedOn) {
    Objects.requireNonNull(plannedOn, "plannedOn");
    return of(opportunity, ruling, plannedOn);
  }

  /** Records a ruling on an opportunity; only {@link Opportunity} does. */
  static GateDecision of(OpportunityId opportunity, Ruling ruling, Optional<LocalDate> plannedOn) {
    return ImmutableGateDecision.builder()
        .opportunity(opportunity)
        .ruling(ruling)
        .plannedOn(plannedOn)
        .build();
  }
}
