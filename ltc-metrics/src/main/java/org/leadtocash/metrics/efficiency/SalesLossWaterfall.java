package org.leadtocash.metrics.efficiency;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;

/**
 * The sales-loss waterfall (DOMAIN D11.5, D12): the market total of the target accounts split into
 * what was lost by not contacting customers (efficiency), by not seriously pursuing or not winning
 * them (effectiveness), and actual sales.
 *
 * <p>Exactly: over the {@link TargetAccount target accounts} of one market and period, each
 * account's potential goes to the part of its reach; a won account's value won goes to actual sales
 * and the rest of its potential to "pursued, not won". The four parts add up to the market total,
 * and their shares of it to exactly 100%. The records are one period's market analysis, so the KPI
 * takes no period of its own. No account is a zero market whose shares are "no data". Accounts in
 * another currency are refused (DESIGN §2).
 *
 * <p>At-least-once delivery (DOMAIN D12): a {@link TargetAccount} has no id or version of its own,
 * so this KPI cannot tell a record delivered twice from two equal facts, and counts every record it
 * is given. The host delivers each of its target accounts once (deduplicating at its own source if
 * its delivery may repeat).
 */
public final class SalesLossWaterfall implements Kpi<TargetAccount, Waterfall, Waterfall> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("sales-loss-waterfall");

  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private SalesLossWaterfall(CurrencyUnit currency) {
    this.currency = currency;
    this.definition =
        definition("the period of the host's market analysis; amounts in " + currency);
  }

  /**
   * Returns the KPI in a currency; it has no period of its own.
   *
   * @param currency the currency of the accounts' potentials; not null
   * @return the KPI, never null
   */
  public static SalesLossWaterfall of(CurrencyUnit currency) {
    return new SalesLossWaterfall(Objects.requireNonNull(currency, "currency"));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "sales-loss waterfall",
        KpiUnit.BREAKDOWN,
        "the target accounts of one market",
        period,
        EmptyPopulation.ZERO,
        "market total = sum of the accounts' potentials, split into not contacted (efficiency"
            + " loss), contacted but not pursued and pursued but not won (effectiveness losses),"
            + " and actual sales; each part's share of the total",
        "D11.5");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public Waterfall empty() {
    return Waterfall.zero(currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the account is in another currency
   */
  @Override
  public Waterfall add(Waterfall accumulator, TargetAccount account) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(account, "account");
    checkArgument(
        account.currency().equals(currency),
        "a waterfall in %s never adds account %s in %s silently (DESIGN §2)",
        currency,
        account.account(),
        account.currency());
    return accumulator.plus(Waterfall.of(account));
  }

  @Override
  public Waterfall merge(Waterfall left, Waterfall right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Waterfall result(Waterfall accumulator) {
    return Objects.requireNonNull(accumulator, "accumulator");
  }
}
