package org.leadtocash.planning.target;

import java.util.Objects;
import org.leadtocash.domain.common.CustomerId;

/**
 * One customer's line in a {@link CoverageReport} (DOMAIN D9.5): its number, what its opportunities
 * cover, the uncovered rest and any surplus.
 *
 * @param customer the customer; not null
 * @param coverage its number's coverage by its opportunities; not null
 */
public record CustomerCoverage(CustomerId customer, Coverage coverage) {

  /**
   * Checks the values.
   *
   * @param customer the customer; not null
   * @param coverage its number's coverage; not null
   */
  public CustomerCoverage {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** {@return the line in words, e.g. {@code customer CU-1: target CNY 5,000,000.00, …}} */
  public String explanation() {
    return "customer " + customer + ": " + coverage.explanation();
  }
}
