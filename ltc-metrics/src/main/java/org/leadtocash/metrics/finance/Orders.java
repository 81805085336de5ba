package org.leadtocash.metrics.finance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.contract.ContractChanged;
import org.leadtocash.domain.contract.ContractDrafted;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.ContractSigned;
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
 * <p>Exactly: for every contract whose {@link ContractSigned} falls in the period, its value at
 * signature — the value it was {@link ContractDrafted drafted} with, since changes are recorded
 * only once a contract is signed (D5.2); plus, for every {@link ContractChanged change} recorded in
 * the period, by how much it raised or lowered the contract value ({@link
 * org.leadtocash.domain.contract.RecordedChange#valueDelta()}). So an order raised later counts its
 * raise in the later period, a reduction counts negative there, and over a period that holds a
 * contract's whole history the contract counts its current value. The result is negative only when
 * the reductions in the period exceed what was signed in it. Nothing signed and nothing changed is
 * zero.
 *
 * <p>Each record is one contract's history, oldest first, as {@link
 * org.leadtocash.domain.common.Transition#events()} or the host's event store gives it: the {@code
 * Contract} state does not keep the moment it was signed, its {@link ContractSigned} event does.
 * Every contract must be in the KPI's currency, even one signed outside the period, so that the
 * result never depends on a silent filter (DESIGN §2).
 */
public final class Orders implements Kpi<List<ContractEvent>, MoneyTotal, Money> {

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
   * @throws IllegalArgumentException if the history is empty, does not start with the contract's
   *     {@link ContractDrafted}, mixes contracts, or the contract is in another currency
   */
  @Override
  public MoneyTotal add(MoneyTotal accumulator, List<ContractEvent> history) {
    Objects.requireNonNull(accumulator, "accumulator");
    Objects.requireNonNull(history, "history");
    checkArgument(!history.isEmpty(), "a contract's history starts with its draft; it is empty");
    checkArgument(
        history.get(0) instanceof ContractDrafted,
        "a contract's history starts with ContractDrafted, not %s",
        history.get(0).getClass().getSimpleName());
    ContractDrafted drafted = (ContractDrafted) history.get(0);
    checkArgument(
        drafted.value().getCurrencyUnit().equals(currency),
        "orders in %s never add contract %s in %s silently (DESIGN §2)",
        currency,
        drafted.contract(),
        drafted.value().getCurrencyUnit());
    MoneyTotal total = accumulator;
    boolean signed = false;
    for (ContractEvent event : history) {
      checkArgument(
          event.contract().equals(drafted.contract()),
          "the history of contract %s holds an event of contract %s",
          drafted.contract(),
          event.contract());
      boolean order = event instanceof ContractSigned || event instanceof ContractChanged;
      signed |= event instanceof ContractSigned;
      if (!order) {
        continue;
      }
      if (!period.contains(event.occurredAt())) {
        if (LOG.isDebugEnabled()) {
          LOG.debug(
              "orders: {} of {} left out: recorded on {}, outside {}",
              event instanceof ContractSigned ? "the signature" : "a change",
              event.contract(),
              period.dateOf(event.occurredAt()),
              period);
        }
        continue;
      }
      if (event instanceof ContractSigned) {
        total = total.plus(drafted.value());
      } else if (event instanceof ContractChanged changed) {
        total = total.plus(changed.change().valueDelta());
      }
    }
    if (!signed) {
      LOG.debug("orders: {} left out: not signed", drafted.contract());
    }
    return total;
  }

  @Override
  public MoneyTotal merge(MoneyTotal left, MoneyTotal right) {
    return left.plus(right);
  }

  @Override
  public Money result(MoneyTotal accumulator) {
    return accumulator.total();
  }
}
