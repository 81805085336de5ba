package org.leadtocash.domain.opportunity;

import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;

/**
 * The three key decision points (KDP) of an opportunity, in the order they are passed (DOMAIN D3.2,
 * D1.4).
 */
public enum Gate {
  /**
   * Approve to initiate the sales project (立项决策), after the opportunity is verified; delivery takes
   * part in the verification.
   */
  ATI("approve to initiate"),
  /**
   * Approve to bid (投标决策), supported by an integrated project plan and budget estimate (概算)
   * prepared with supply, procurement, service delivery and finance.
   */
  ATB("approve to bid"),
  /** Approve to contract (签约决策), supported by a refreshed plan and estimate. */
  ATC("approve to contract");

  private final String label;

  Gate(String label) {
    this.label = label;
  }

  /** {@return what the gate approves, e.g. {@code approve to bid}; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns the sales phases in which this gate is decided (DOMAIN D3.1, D3.2, D3.5): ATI while
   * verifying; ATB while developing the solution or in pre-bid guidance; ATC while bidding or
   * negotiating — after the award or before it, and always before the signature.
   *
   * @return the phases, never null; an immutable set (issue 12 §5: no public method returns a
   *     mutable collection)
   */
  public Set<SalesPhase> decidedIn() {
    switch (this) {
      case ATI:
        return Sets.immutableEnumSet(SalesPhase.VERIFY);
      case ATB:
        return Sets.immutableEnumSet(SalesPhase.DEVELOP_SOLUTION, SalesPhase.PRE_BID_GUIDANCE);
      case ATC:
        return Sets.immutableEnumSet(SalesPhase.BID, SalesPhase.NEGOTIATE);
    }
    throw new AssertionError(this);
  }

  /** {@return the gate that must be passed before this one, if any (gates pass in order)} */
  public Optional<Gate> previous() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }
}
