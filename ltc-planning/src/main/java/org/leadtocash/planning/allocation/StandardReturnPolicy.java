package org.leadtocash.planning.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/** The standard return policy, documented on {@link ReturnPolicy#standard()}. */
final class StandardReturnPolicy implements ReturnPolicy {

  static final StandardReturnPolicy INSTANCE = new StandardReturnPolicy();

  private StandardReturnPolicy() {}

  @Override
  public Money returnPerHour(TargetAccount account) {
    Objects.requireNonNull(account, "account");
    Money potential = account.potential();
    BigDecimal perHour =
        potential
            .getAmount()
            .multiply(account.winChance().fraction())
            .divide(account.usefulHours(), potential.getScale(), RoundingMode.DOWN);
    return Money.of(potential.getCurrencyUnit(), perHour);
  }

  @Override
  public String toString() {
    return "ReturnPolicy.standard()";
  }
}
