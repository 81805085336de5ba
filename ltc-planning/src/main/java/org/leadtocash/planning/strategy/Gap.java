package org.leadtocash.planning.strategy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * One gap found by a {@link GapAnalysis} (DOMAIN D9.3): its kind and amount.
 *
 * @param kind the kind, which says the action that closes it; not null
 * @param amount how much it is; not null, positive
 */
public record Gap(GapKind kind, Money amount) {

  /**
   * Checks the amount.
   *
   * @param kind the kind; not null
   * @param amount how much it is; not null, positive
   * @throws IllegalArgumentException if the amount is zero or negative
   */
  public Gap {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    checkArgument(
        amount.isPositive(), "the %s is a positive amount (DOMAIN D9.3): %s", kind.label(), amount);
  }

  /** {@return the action that closes the gap, e.g. "execution"} */
  public String action() {
    return kind.action();
  }

  /** {@return the gap in words, e.g. "performance gap of CNY 1,200.00, closed by execution"} */
  public String explanation() {
    return kind.label() + " of " + Figures.money(amount) + ", closed by " + kind.action();
  }
}
