package org.leadtocash.domain.customer;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * The customer's least profitable product, and how ours would raise its revenue (DOMAIN D6.1, the
 * fourth question of the 30-second test).
 *
 * @param product the customer's weakest product; not null, not blank
 * @param howOursRaisesRevenue how our product, in its place, would raise the customer's revenue;
 *     not null, not blank
 */
public record WeakestProduct(String product, String howOursRaisesRevenue) {

  /**
   * Checks the parts.
   *
   * @param product the customer's weakest product; not null, not blank
   * @param howOursRaisesRevenue how our product, in its place, would raise the customer's revenue;
   *     not null, not blank
   * @throws IllegalArgumentException if a part is blank
   */
  public WeakestProduct {
    FreeText.line(product, "product");
    FreeText.note(howOursRaisesRevenue, "howOursRaisesRevenue");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(howOursRaisesRevenue, "howOursRaisesRevenue");
    Texts.notBlank(product, "the weakest product");
    Texts.notBlank(howOursRaisesRevenue, "how our product raises the customer's revenue");
  }

  /** {@return e.g. {@code prepaid data bundles — ours cut churn, raising ARPU}} */
  @Override
  public String toString() {
    return product + " — " + howOursRaisesRevenue;
  }
}
