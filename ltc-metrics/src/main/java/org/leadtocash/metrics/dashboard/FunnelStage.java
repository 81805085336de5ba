package org.leadtocash.metrics.dashboard;

import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;

/**
 * The stages of the opportunity funnel, widest first (DOMAIN D3.2, D3.5, D12): each stage implies
 * the one before it, so the funnel never widens.
 */
public enum FunnelStage {
  /** Opened: every opportunity. */
  OPENED("opened"),
  /** ATI approved: the sales project is initiated. */
  ATI_PASSED("ATI passed"),
  /** ATB approved: we bid. */
  ATB_PASSED("ATB passed"),
  /** Won: awarded to us, which needs ATB passed (D3.2). */
  WON("won");

  /** The stages in order, shared so that counting does not copy {@code values()}. */
  static final List<FunnelStage> STAGES = List.of(values());

  private final String label;

  FunnelStage(String label) {
    this.label = label;
  }

  /** {@return the stage's name in words; never null} */
  public String label() {
    return label;
  }

  /**
   * Returns whether an opportunity has reached this stage.
   *
   * @param opportunity the opportunity; not null
   * @return whether it is at or past this stage
   */
  public boolean reachedBy(Opportunity opportunity) {
    Objects.requireNonNull(opportunity, "opportunity");
    switch (this) {
      case OPENED:
        return true;
      case ATI_PASSED:
        return opportunity.passed(Gate.ATI);
      case ATB_PASSED:
        return opportunity.passed(Gate.ATB);
      case WON:
        return opportunity.status() == OpportunityStatus.WON;
    }
    throw new AssertionError(this);
  }
}
