package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.FreeText;
import org.threeten.extra.LocalDateRange;

/**
 * What a customer spent in a product category over a period, and how much of it went to us: the
 * input of {@link ShareOfWallet} (DOMAIN D12, D6: customer insight). The domain keeps no record of
 * a customer's spend with our competitors; the host brings it from the customer's budget tables,
 * published tender results or market studies.
 *
 * @param customer the customer; not null
 * @param category the product category, e.g. {@code optical transport}; not null, not blank
 * @param period the period the spend covers; not null
 * @param ours what the customer bought from us in the category and period; not null, not negative
 * @param total what the customer spent in the category and period, with us and everyone else; not
 *     null, in the currency of {@code ours}, at least {@code ours}
 */
public record CustomerSpend(
    CustomerId customer, String category, LocalDateRange period, Money ours, Money total) {

  /**
   * Checks the parts.
   *
   * @param customer the customer; not null
   * @param category the product category, e.g. {@code optical transport}; not null, not blank
   * @param period the period the spend covers; not null
   * @param ours what the customer bought from us in the category and period; not null, not negative
   * @param total what the customer spent in the category and period, with us and everyone else; not
   *     null, in the currency of {@code ours}, at least {@code ours}
   * @throws IllegalArgumentException if the category is blank, the currencies differ, or our part
   *     is negative or exceeds the total
   */
  public CustomerSpend {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(ours, "ours");
    Objects.requireNonNull(total, "total");
    FreeText.line(category, "category");
    checkArgument(!category.isBlank(), "a spend names its product category");
    checkArgument(
        ours.isSameCurrency(total),
        "a spend is in one currency: ours %s, total %s (DESIGN §2)",
        ours,
        total);
    checkArgument(
        !ours.isNegative() && !ours.isGreaterThan(total),
        "our part of %s's spend on %s is 0 to %s, not %s",
        customer,
        category,
        total,
        ours);
  }
}
