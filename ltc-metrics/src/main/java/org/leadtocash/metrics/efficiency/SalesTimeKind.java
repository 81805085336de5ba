package org.leadtocash.metrics.efficiency;

/**
 * Where a salesperson's time goes (DOMAIN D11.6, micro efficiency): three kinds generate revenue —
 * face-to-face selling, account planning and proposals — and the rest is travel, administration,
 * rework and internal coordination.
 */
public enum SalesTimeKind {
  /** Selling face to face with the customer. */
  FACE_TO_FACE_SELLING(true),
  /** Planning an account (D11.9). */
  ACCOUNT_PLANNING(true),
  /** Writing proposals and bids. */
  PROPOSALS(true),
  /** Travelling. */
  TRAVEL(false),
  /** Administration: reports, expenses, systems. */
  ADMINISTRATION(false),
  /** Doing again what was done wrong or changed. */
  REWORK(false),
  /** Coordinating inside the company. */
  INTERNAL_COORDINATION(false);

  private final boolean revenueGenerating;

  SalesTimeKind(boolean revenueGenerating) {
    this.revenueGenerating = revenueGenerating;
  }

  /** {@return whether time of this kind generates revenue (D11.6)} */
  public boolean isRevenueGenerating() {
    return revenueGenerating;
  }
}
