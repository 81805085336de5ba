package org.leadtocash.domain.opportunity;

/** The stages of the customer's buying process, in order (DOMAIN D3.3). */
public enum BuyingStage {
  /** Strategy and business plan formation. */
  STRATEGY_AND_BUSINESS_PLAN,
  /** Project formation and initiation. */
  PROJECT_FORMATION,
  /** Tender and decision. */
  TENDER_AND_DECISION,
  /** Contract. */
  CONTRACT,
  /** Implementation. */
  IMPLEMENTATION,
  /** Operation. */
  OPERATION
}
