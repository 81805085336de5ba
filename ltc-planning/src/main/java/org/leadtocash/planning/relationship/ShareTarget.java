package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.FreeText;

/**
 * A share target (DOMAIN D10.1): the market share to reach for a product or a category, across the
 * plan's region or with one customer. Shares are fractions: {@code 0.30} is 30 %.
 *
 * @param offering the product or category, e.g. "5G core"; not null, not blank
 * @param kind a product or a category; not null
 * @param customer the customer the share is targeted with, or empty for the whole scope (a regional
 *     target); not null
 * @param share the target share, a fraction above 0 and at most 1; not null
 */
public record ShareTarget(
    String offering, OfferingKind kind, Optional<CustomerId> customer, BigDecimal share) {

  /**
   * Checks the target.
   *
   * @param offering the product or category; not null, not blank
   * @param kind a product or a category; not null
   * @param customer the customer, or empty for the whole scope; not null
   * @param share the target share, a fraction above 0 and at most 1; not null
   * @throws IllegalArgumentException if the offering is blank or the share is not above 0 and at
   *     most 1
   */
  public ShareTarget {
    Objects.requireNonNull(offering, "offering");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(share, "share");
    FreeText.line(offering, "offering");
    checkArgument(
        !offering.isBlank(), "a share target names its product or category (DOMAIN D10.1)");
    checkArgument(
        share.signum() > 0 && share.compareTo(BigDecimal.ONE) <= 0,
        "the target share of %s is a fraction above 0 and at most 1 (DOMAIN D10.1): %s",
        offering,
        share);
  }

  /**
   * Returns a regional share target: across every customer of the plan's scope.
   *
   * @param offering the product or category; not null, not blank
   * @param kind a product or a category; not null
   * @param share the target share, a fraction above 0 and at most 1; not null
   * @return the target, never null
   */
  public static ShareTarget regional(String offering, OfferingKind kind, BigDecimal share) {
    return new ShareTarget(offering, kind, Optional.empty(), share);
  }

  /**
   * Returns a share target with one customer.
   *
   * @param customer the customer; not null
   * @param offering the product or category; not null, not blank
   * @param kind a product or a category; not null
   * @param share the target share, a fraction above 0 and at most 1; not null
   * @return the target, never null
   */
  public static ShareTarget withCustomer(
      CustomerId customer, String offering, OfferingKind kind, BigDecimal share) {
    Objects.requireNonNull(customer, "customer");
    return new ShareTarget(offering, kind, Optional.of(customer), share);
  }

  /** {@return e.g. {@code 30 % of product 5G core in the scope} or {@code … with CU-1}} */
  @Override
  public String toString() {
    return Figures.percent(share)
        + " of "
        + kind.label()
        + " "
        + offering
        + customer.map(c -> " with " + c).orElse(" in the scope");
  }
}
