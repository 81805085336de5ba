package org.leadtocash.domain.opportunity;

/**
 * The functions that prepare the integrated project plan and budget estimate (概算) with sales, in
 * support of ATB and, refreshed, ATC (DOMAIN D3.2).
 */
public enum EstimateContributor {
  /** Supply. */
  SUPPLY("supply"),
  /** Procurement. */
  PROCUREMENT("procurement"),
  /** Service delivery. */
  SERVICE_DELIVERY("service delivery"),
  /** Finance. */
  FINANCE("finance");

  private final String label;

  EstimateContributor(String label) {
    this.label = label;
  }

  /** {@return the estimate contributor in words, for display, e.g. {@code supply}; never null} */
  public String label() {
    return label;
  }
}
