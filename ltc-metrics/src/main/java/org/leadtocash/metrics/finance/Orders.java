package org.leadtocash.metrics.finance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.RecordedChange;
import org.leadtocash.metrics.EmptyPopulation;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.KpiDefinition;
import org.leadtocash.metrics.KpiUnit;
import org.leadtocash.metrics.MoneyTotal;
import org.leadtocash.metrics.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders (订货, DOMAIN D12, D5.1, D5.2): the contract value signed in the period, net of the amount
 * changes recorded in it.
 *
 * <p>Exactly: for every contract {@link Contract#signedAt() signed} in the period, its value at
 * signature — its {@link Contract#originalValue() original value}, since changes are recorded only
 * once a contract is signed (D5.2); plus, for every {@link Contract#changes() change} recorded in
 * the period, by how much it raised or lowered the contract value ({@link
 * org.leadtocash.domain.contract.RecordedChange#valueDelta()}). So an order raised later counts its
 * raise in the later period, a reduction counts negative there, and over a period that holds a
 * contract's whole history the contract counts its current value. The result is negative only when
 * the reductions in the period exceed what was signed in it. Nothing signed and nothing changed is
 * zero.
 *
 * <p>Each record is one contract as it stands — as the commands left it, as {@link
 * Contract#replay(java.util.List)} rebuilt it from its events, or as {@link
 * Contract#replay(Contract, java.util.List)} rebuilt it from a snapshot — so a host that stores
 * snapshots counts orders too, and each contract, read once, counts its signature once. Every
 * contract must be in the KPI's currency, even one signed outside the period, so that the result
 * never depends on a silent filter (DESIGN §2).
 *
 * <p>At-least-once delivery (DOMAIN D12): this KPI counts every contract state it is given, so the
 * same contract delivered twice, or an older version after a newer one, counts twice; a host whose
 * delivery may repeat counts through {@link org.leadtocash.metrics.OncePerFact#of
 * OncePerFact.of(kpi)}, which counts each contract once, at its latest version.
 */
public final class Orders implements Kpi<Contract, MoneyTotal, Money> {

  /** The KPI's id. */
  public static final KpiId ID = KpiId.of("orders");

  /** Logs at DEBUG each record left out of the population, and why. */
  private static final Logger LOG = LoggerFactory.getLogger(Orders.class);

  private final ReportingPeriod period;
  private final CurrencyUnit currency;
  private final KpiDefinition definition;

  private Orders(ReportingPeriod period, CurrencyUnit currency) {
    this.period = period;
    this.currency = currency;
    this.definition = definition("the signature or change instant's date falls in " + period);
  }

  /**
   * Returns the KPI for a period, in a currency.
   *
   * @param period the period of the signature and change instants; not null
   * @param currency the currency of the contracts; not null
   * @return the KPI, never null
   */
  public static Orders in(ReportingPeriod period, CurrencyUnit currency) {
    return new Orders(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(currency, "currency"));
  }

  /** {@return the definition, with how its period is set} */
  static KpiDefinition definition(String period) {
    return new KpiDefinition(
        ID,
        "orders",
        KpiUnit.MONEY,
        "contracts signed, and contract amount changes recorded, in the period",
        period,
        EmptyPopulation.ZERO,
        "sum of the value at signature of the contracts signed in the period"
            + " + sum of the value changes (raises positive, reductions negative) recorded in it",
        "D12");
  }

  @Override
  public KpiDefinition definition() {
    return definition;
  }

  @Override
  public MoneyTotal empty() {
    return MoneyTotal.zero(currency);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the contract is in another currency
   */
  @Override
  public MoneyTotal add(MoneyTotal accumulator, Contract contract) {
    Objects.requireNonNull(accumulator, "accumulator");
    Currencies.check(contract, currency, "orders");
    MoneyTotal total = accumulator;
    Optional<Instant> signedAt = contract.signedAt();
    if (signedAt.isEmpty()) {
      LOG.debug("orders: {} left out: not signed", contract.id());
    } else if (period.contains(signedAt.get())) {
      total = total.plus(contract.originalValue());
    } else if (LOG.isDebugEnabled()) {
      LOG.debug(
          "orders: the signature of {} left out: recorded on {}, outside {}",
          contract.id(),
          period.dateOf(signedAt.get()),
          period);
    }
    for (RecordedChange change : contract.changes()) {
      if (period.contains(change.at())) {
        total = total.plus(change.valueDelta());
      } else if (LOG.isDebugEnabled()) {
        LOG.debug(
            "orders: a change of {} left out: recorded on {}, outside {}",
            contract.id(),
            period.dateOf(change.at()),
            period);
      }
    }
    return total;
  }

  @Override
  public MoneyTotal merge(MoneyTotal left, MoneyTotal right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    return left.plus(right);
  }

  @Override
  public Money result(MoneyTotal accumulator) {
    Objects.requireNonNull(accumulator, "accumulator");
    return accumulator.total();
  }
}
