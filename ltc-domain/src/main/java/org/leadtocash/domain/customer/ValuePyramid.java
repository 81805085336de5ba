package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Rate;

/**
 * The customer value pyramid of a portfolio (DOMAIN D6.4, 客户价值金字塔): every customer ranked by value
 * and placed in one tier — {@link ValueTier#KEY key}, {@link ValueTier#IMPORTANT important} or
 * {@link ValueTier#GENERAL general} — with each tier's share of the customers and of the value, and
 * the portfolio's actual {@link ParetoShare Pareto share}.
 *
 * <p>{@link #classify(Collection)} ranks the customers, highest value first and equal values by
 * customer id, so the result never depends on the input's order, and lets a {@link PyramidPolicy}
 * cut the ranking ({@link PyramidPolicy#standard()} by default: key customers bring 80% of the
 * value, key and important 95%). Tiers follow the ranking: no important or general customer is
 * worth more than a key one, no general customer more than an important one. All values are in one
 * currency; a mix is refused, never converted.
 *
 * @param currency the currency of every value; not null
 * @param entries every customer, in rank order; not null, not empty
 */
public record ValuePyramid(CurrencyUnit currency, List<PyramidEntry> entries) {

  private static final Comparator<CustomerValue> RANKING =
      Comparator.comparing((CustomerValue v) -> v.value().getAmount())
          .reversed()
          .thenComparing(v -> v.customer().value());

  /**
   * Checks and copies the entries.
   *
   * @param currency the currency of every value; not null
   * @param entries every customer, in rank order; not null, not empty
   * @throws IllegalArgumentException if there is no entry, a customer appears twice, the ranks are
   *     not 1, 2, 3 … in value order (ties by id), a value is in another currency, or the tiers do
   *     not follow the ranking
   */
  public ValuePyramid {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(currency, "currency");
    entries = ImmutableList.copyOf(entries);
    checkArgument(!entries.isEmpty(), "a value pyramid holds at least one customer");
    checkArgument(
        entries.stream().map(PyramidEntry::customer).distinct().count() == entries.size(),
        "a value pyramid holds each customer once");
    for (int i = 0; i < entries.size(); i++) {
      PyramidEntry entry = entries.get(i);
      checkArgument(
          entry.rank() == i + 1, "the entries are in rank order; expected rank %s at %s", i + 1, i);
      checkArgument(
          entry.value().getCurrencyUnit().equals(currency),
          "every value of the pyramid is in %s, not %s (DOMAIN D6.4)",
          currency,
          entry.value());
      if (i > 0) {
        PyramidEntry above = entries.get(i - 1);
        checkArgument(
            RANKING.compare(
                    CustomerValue.of(above.customer(), above.value()),
                    CustomerValue.of(entry.customer(), entry.value()))
                < 0,
            "the ranking is by value, highest first, equal values by customer id: %s after %s",
            entry,
            above);
        checkArgument(
            above.tier().compareTo(entry.tier()) <= 0,
            "tiers follow the value ranking, key first, then important, then general: %s after %s"
                + " (DOMAIN D6.4)",
            entry,
            above);
      }
    }
  }

  /**
   * Classifies a portfolio by the default policy, {@link PyramidPolicy#standard()}.
   *
   * @param values every customer's value; not null, not empty, one currency, not negative
   * @return the pyramid, never null
   * @throws IllegalArgumentException if there is no customer, a value is negative, or the values
   *     are in different currencies
   */
  public static ValuePyramid classify(Map<CustomerId, Money> values) {
    return classify(values, PyramidPolicy.standard());
  }

  /**
   * Classifies a portfolio by a policy.
   *
   * @param values every customer's value; not null, not empty, one currency, not negative
   * @param policy cuts the ranking into tiers; not null
   * @return the pyramid, never null
   * @throws IllegalArgumentException as {@link #classify(Collection, PyramidPolicy)}
   */
  public static ValuePyramid classify(Map<CustomerId, Money> values, PyramidPolicy policy) {
    Objects.requireNonNull(values, "values");
    return classify(
        values.entrySet().stream()
            .map(e -> CustomerValue.of(e.getKey(), e.getValue()))
            .collect(ImmutableList.toImmutableList()),
        policy);
  }

  /**
   * Classifies a portfolio by the default policy, {@link PyramidPolicy#standard()}.
   *
   * @param values every customer's value; not null, not empty, one currency, no customer twice
   * @return the pyramid, never null
   * @throws IllegalArgumentException as {@link #classify(Collection, PyramidPolicy)}
   */
  public static ValuePyramid classify(Collection<CustomerValue> values) {
    return classify(values, PyramidPolicy.standard());
  }

  /**
   * Classifies a portfolio: ranks the customers by value, highest first and equal values by
   * customer id, and asks the policy for their tiers.
   *
   * @param values every customer's value; not null, not empty, one currency, no customer twice
   * @param policy cuts the ranking into tiers; not null
   * @return the pyramid, never null
   * @throws IllegalArgumentException if there is no customer, a customer appears twice, the values
   *     are in different currencies (they are never converted), or the policy's tiers do not follow
   *     the ranking
   */
  public static ValuePyramid classify(Collection<CustomerValue> values, PyramidPolicy policy) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(policy, "policy");
    checkArgument(!values.isEmpty(), "a value pyramid classifies at least one customer");
    List<CustomerValue> ranked = values.stream().sorted(RANKING).collect(Collectors.toList());
    CurrencyUnit currency = ranked.get(0).value().getCurrencyUnit();
    for (CustomerValue value : ranked) {
      checkArgument(
          value.value().getCurrencyUnit().equals(currency),
          "the values of a pyramid are in one currency: %s is not in %s; amounts in different"
              + " currencies are never compared, convert them first (DOMAIN D6.4)",
          value,
          currency);
    }
    List<CustomerValue> view = ImmutableList.copyOf(ranked);
    List<ValueTier> tiers = ImmutableList.copyOf(policy.tiers(view));
    checkArgument(
        tiers.size() == view.size(),
        "the pyramid policy gives one tier per customer: %s tiers for %s customers",
        tiers.size(),
        view.size());
    ImmutableList.Builder<PyramidEntry> entries = ImmutableList.builder();
    for (int i = 0; i < view.size(); i++) {
      entries.add(
          new PyramidEntry(i + 1, view.get(i).customer(), view.get(i).value(), tiers.get(i)));
    }
    return new ValuePyramid(currency, entries.build());
  }

  /** {@return the portfolio's total value; never null} */
  public Money total() {
    return entries.stream().map(PyramidEntry::value).reduce(Money.zero(currency), Money::plus);
  }

  /**
   * Returns a customer's tier.
   *
   * @param customer the customer; not null
   * @return its tier, or empty if it is not in the portfolio; never null
   */
  public Optional<ValueTier> tierOf(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    return entries.stream()
        .filter(e -> e.customer().equals(customer))
        .map(PyramidEntry::tier)
        .findFirst();
  }

  /**
   * Returns the customers of a tier, in rank order.
   *
   * @param tier the tier; not null
   * @return its customers, never null
   */
  public List<CustomerId> customers(ValueTier tier) {
    Objects.requireNonNull(tier, "tier");
    return entries.stream()
        .filter(e -> e.tier() == tier)
        .map(PyramidEntry::customer)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a tier's share of the customers and of the value.
   *
   * @param tier the tier; not null
   * @return its summary, never null
   */
  public TierSummary summary(ValueTier tier) {
    Objects.requireNonNull(tier, "tier");
    List<PyramidEntry> in =
        entries.stream().filter(e -> e.tier() == tier).collect(ImmutableList.toImmutableList());
    Money value = in.stream().map(PyramidEntry::value).reduce(Money.zero(currency), Money::plus);
    return new TierSummary(
        tier,
        in.size(),
        Rate.of(in.size(), entries.size()),
        value,
        Rate.of(value.getAmount(), total().getAmount()));
  }

  /** {@return the summaries of the three tiers, key first; never null} */
  public List<TierSummary> summaries() {
    return List.of(
        summary(ValueTier.KEY), summary(ValueTier.IMPORTANT), summary(ValueTier.GENERAL));
  }

  /**
   * Returns the actual Pareto share: the share of the value that the lowest-ranked 80% of the
   * customers (rounded down) bring.
   *
   * @return the share, never null
   */
  public ParetoShare paretoShare() {
    int n = entries.size();
    int lowest = n * 80 / 100;
    Money value =
        entries.subList(n - lowest, n).stream()
            .map(PyramidEntry::value)
            .reduce(Money.zero(currency), Money::plus);
    return new ParetoShare(Rate.of(lowest, n), Rate.of(value.getAmount(), total().getAmount()));
  }

  /** {@return every tier's summary, every customer's rank and tier, and the Pareto share} */
  @Override
  public String toString() {
    return "value pyramid of "
        + entries.size()
        + " customers, "
        + Figures.money(total())
        + " in all:\n"
        + summaries().stream().map(s -> "  " + s).collect(Collectors.joining("\n"))
        + "\n"
        + entries.stream().map(e -> "    " + e).collect(Collectors.joining("\n"))
        + "\n  "
        + paretoShare();
  }

  /** Formats a rate as a percentage, e.g. {@code 16.7%}, or {@code no data}. */
  static String percent(Rate rate) {
    return rate.value().map(Figures::percent).orElse("no data");
  }
}
