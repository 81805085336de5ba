package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.contract.Contract;

/**
 * The currency check of the finance KPIs: amounts are never added across currencies (DESIGN §2).
 */
final class Currencies {

  private Currencies() {}

  /**
   * Checks that a contract is in a KPI's currency.
   *
   * @param contract the contract; not null
   * @param currency the KPI's currency; not null
   * @param kpi the KPI's name, for the message; not null
   * @throws IllegalArgumentException if the contract is in another currency
   */
  static void check(Contract contract, CurrencyUnit currency, String kpi) {
    Objects.requireNonNull(contract, "contract");
    checkArgument(
        contract.currency().equals(currency),
        "%s in %s never adds contract %s in %s silently (DESIGN §2)",
        kpi,
        currency,
        contract.id(),
        contract.currency());
  }
}
