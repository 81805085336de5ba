package org.leadtocash.domain.customer;

import java.util.Objects;
import java.util.Set;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * Where a customer sits in the key-account segmentation (DOMAIN D6.7): its size, its type (with the
 * type's key buying factors) and its profit contribution.
 *
 * @param size the customer's size; not null
 * @param type the customer's type; not null
 * @param profitContribution the profit the customer contributes, as the host measures it (may be
 *     zero or negative for a customer not yet profitable); not null
 */
public record Segment(CustomerSize size, CustomerType type, Money profitContribution) {

  /**
   * Checks that no part is null.
   *
   * @param size the customer's size; not null
   * @param type the customer's type; not null
   * @param profitContribution the profit the customer contributes, as the host measures it (may be
   *     zero or negative for a customer not yet profitable); not null
   */
  public Segment {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(profitContribution, "profitContribution");
  }

  /**
   * Returns the segment of the given size, type and profit contribution.
   *
   * @param size the size; not null
   * @param type the type; not null
   * @param profitContribution the profit contribution; not null
   * @return the segment, never null
   */
  public static Segment of(CustomerSize size, CustomerType type, Money profitContribution) {
    return new Segment(size, type, profitContribution);
  }

  /** {@return the key buying factors of the segment's type (D6.7); never null} */
  public Set<KeyBuyingFactor> keyBuyingFactors() {
    return type.keyBuyingFactors();
  }

  /**
   * {@return e.g. {@code large enterprise or institution, technically complex, profit contribution
   * CNY 3,000,000.00}}
   */
  @Override
  public String toString() {
    return size.label()
        + ", "
        + type.label()
        + ", profit contribution "
        + Figures.money(profitContribution);
  }
}
