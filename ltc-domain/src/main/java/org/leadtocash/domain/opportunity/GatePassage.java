package org.leadtocash.domain.opportunity;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.OpportunityId;

/**
 * The evidence that an opportunity passed a gate (DOMAIN D3.2), issued by that opportunity alone,
 * for another aggregate that needs the fact: a {@link org.leadtocash.domain.contract.Contract
 * contract} is signed only with the passage of ATC of its own opportunity (DOMAIN D5.1).
 *
 * <p>It carries the opportunity's id, customer and version when it issued the passage, the passing
 * decision, and the instant of the opportunity's latest event at that version. There is no public
 * constructor, builder, copy or factory: the only way to obtain one is {@link
 * Opportunity#passage(Gate)} (or {@link Opportunity#contractApproval()} for ATC), which issues it
 * exactly when the gate is passed — its latest decision approved it, with or without conditions. A
 * hand-built {@link GateDecision} therefore proves nothing to a contract.
 *
 * <p>The trust boundary: evidence is as good as the opportunity state that issued it. That state
 * comes from the opportunity's own commands, from {@link Opportunity#replay replay} of a stored
 * history, which checks every event as strictly as the commands, or from a snapshot {@link
 * Opportunity#restore() restored} from the host's own storage, whose check refuses a state no
 * command reaches (e.g. ATC approved before ATB, or without the refreshed estimate). The library
 * keeps no registry of ids: which opportunity is "OP-1" is the host's to say, by what it stores and
 * loads. A passage proves that the opportunity state that issued it passed the gate under every
 * rule of D3.2 — order, phase, prerequisites, the authority the ruling names — and carries its
 * version, so the host can check it against the opportunity it stores. The host answers for what
 * its storage holds; the library answers for every state it builds.
 *
 * <p>A passage is an immutable value: two are equal when they carry the same facts.
 */
public final class GatePassage {

  private final OpportunityId opportunity;
  private final CustomerId customer;
  private final long opportunityVersion;
  private final GateDecision decision;
  private final Instant asOf;

  private GatePassage(
      OpportunityId opportunity,
      CustomerId customer,
      long opportunityVersion,
      GateDecision decision,
      Instant asOf) {
    this.opportunity = opportunity;
    this.customer = customer;
    this.opportunityVersion = opportunityVersion;
    this.decision = decision;
    this.asOf = asOf;
  }

  /**
   * Issues the passage of a gate of an opportunity with the decision that passed it: its own latest
   * decision at the gate, which passes; only {@link Opportunity#passage(Gate)} calls it, once it
   * has checked so.
   */
  static GatePassage issue(Opportunity issuer, GateDecision decision) {
    return new GatePassage(
        issuer.id(), issuer.customer(), issuer.version(), decision, issuer.lastEventAt());
  }

  /** {@return the opportunity that passed the gate and issued this passage; never null} */
  public OpportunityId opportunity() {
    return opportunity;
  }

  /** {@return the opportunity's customer when it issued this passage; never null} */
  public CustomerId customer() {
    return customer;
  }

  /**
   * {@return the version of the opportunity that issued this passage: at that version the gate was
   * passed (DOMAIN D3.2); at least 1}
   */
  public long opportunityVersion() {
    return opportunityVersion;
  }

  /** {@return the gate passed; never null} */
  public Gate gate() {
    return decision.gate();
  }

  /**
   * {@return the decision that passed the gate: its latest, an approval with or without conditions
   * (DOMAIN D3.2); never null}
   */
  public GateDecision decision() {
    return decision;
  }

  /**
   * {@return when the opportunity's state that issued this passage was current: the instant of its
   * latest event at {@link #opportunityVersion()}; never null}
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Tells whether another object is a passage carrying the same facts.
   *
   * @param other the object to compare; may be null
   * @return whether it is an equal passage
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GatePassage that
        && opportunity.equals(that.opportunity)
        && customer.equals(that.customer)
        && opportunityVersion == that.opportunityVersion
        && decision.equals(that.decision)
        && asOf.equals(that.asOf);
  }

  /** {@return a hash code consistent with {@link #equals}} */
  @Override
  public int hashCode() {
    return Objects.hash(opportunity, customer, opportunityVersion, decision, asOf);
  }

  /** {@return the gate, the opportunity and its version, e.g. {@code ATC passed by O-1 at v12}} */
  @Override
  public String toString() {
    return gate()
        + " passed by "
        + opportunity
        + " at v"
        + opportunityVersion
        + " (as of "
        + asOf
        + ", "
        + decision.verdict()
        + " on "
        + decision.decidedOn()
        + ")";
  }
}
