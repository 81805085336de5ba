package org.leadtocash.planning.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.planning.strategy.Completeness;
import org.leadtocash.planning.strategy.CompletenessItem;

/**
 * The market targets a relationship plan inherits in its first step (DOMAIN D10.1): profit targets
 * (revenue, profit, collection, orders), share targets (regional or per customer; per product or
 * category), the competition target against the main competitor, and the hilltop projects.
 *
 * <p>Targets are set over time, so they may be incomplete: {@link #completeness()} lists each of
 * the four profit measures, the share targets, the competition target and the hilltop projects as
 * set or missing; the plan leaves its first step only once they are complete. Build one with {@link
 * #builder()}.
 *
 * @param profit the amount of each profit measure set so far, in the measures' order; not null, all
 *     in one currency, none negative
 * @param shares the share targets; not null, at most one per offering and customer
 * @param competition the competition target, if set; not null
 * @param hilltops the hilltop projects; not null, each opportunity once
 */
public record MarketTargets(
    Map<ProfitMeasure, Money> profit,
    List<ShareTarget> shares,
    Optional<CompetitionTarget> competition,
    List<HilltopTarget> hilltops) {

  /**
   * Checks and copies the targets.
   *
   * @param profit the amount of each profit measure; not null, one currency, none negative
   * @param shares the share targets; not null, at most one per offering and customer
   * @param competition the competition target, if set; not null
   * @param hilltops the hilltop projects; not null, each opportunity once
   * @throws IllegalArgumentException if the profit targets mix currencies or one is negative, two
   *     share targets are for the same offering and customer, or a hilltop project is named twice
   */
  public MarketTargets {
    Objects.requireNonNull(shares, "shares");
    Objects.requireNonNull(hilltops, "hilltops");
    Objects.requireNonNull(profit, "profit");
    Objects.requireNonNull(competition, "competition");
    EnumMap<ProfitMeasure, Money> ordered = new EnumMap<>(ProfitMeasure.class);
    profit.forEach(
        (measure, amount) ->
            ordered.put(
                Objects.requireNonNull(measure, "profit measure"),
                Objects.requireNonNull(amount, "profit amount")));
    Optional<CurrencyUnit> currency = Optional.empty();
    for (Map.Entry<ProfitMeasure, Money> entry : ordered.entrySet()) {
      Money amount = entry.getValue();
      checkArgument(
          !amount.isNegative(),
          "the %s target is not negative (DOMAIN D10.1): %s",
          entry.getKey().label(),
          Figures.money(amount));
      if (currency.isPresent()) {
        checkArgument(
            currency.get().equals(amount.getCurrencyUnit()),
            "the profit targets are in one currency, %s, and the %s target is in %s; convert it"
                + " before setting it (DOMAIN D10.1)",
            currency.get(),
            entry.getKey().label(),
            amount.getCurrencyUnit());
      } else {
        currency = Optional.of(amount.getCurrencyUnit());
      }
    }
    profit = ImmutableMap.copyOf(ordered);
    shares = ImmutableList.copyOf(shares);
    hilltops = ImmutableList.copyOf(hilltops);
    Set<List<Object>> offerings = new HashSet<>();
    for (ShareTarget share : shares) {
      checkArgument(
          offerings.add(List.of(share.offering(), share.customer())),
          "two share targets are for %s %s; one offering has one target per customer or region"
              + " (DOMAIN D10.1)",
          share.offering(),
          share.customer().map(c -> "with " + c).orElse("in the scope"));
    }
    Set<OpportunityId> projects = new HashSet<>();
    for (HilltopTarget hilltop : hilltops) {
      checkArgument(
          projects.add(hilltop.opportunity()),
          "the hilltop project %s is named twice (DOMAIN D10.1)",
          hilltop.opportunity());
    }
  }

  /** {@return a builder of targets with nothing set yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the amount of one profit target.
   *
   * @param measure the measure; not null
   * @return its amount, or empty if it is not set; never null
   */
  public Optional<Money> profit(ProfitMeasure measure) {
    return Optional.ofNullable(profit.get(Objects.requireNonNull(measure, "measure")));
  }

  /** {@return the largest target share of the share targets, or empty if there is none} */
  public Optional<BigDecimal> largestShare() {
    return shares.stream().map(ShareTarget::share).max(BigDecimal::compareTo);
  }

  /** {@return the customers the share and hilltop targets name, in order; never null} */
  public Set<CustomerId> namedCustomers() {
    ImmutableSet.Builder<CustomerId> named = ImmutableSet.builder();
    shares.forEach(s -> s.customer().ifPresent(named::add));
    hilltops.forEach(h -> named.add(h.customer()));
    return named.build();
  }

  /**
   * Reports whether the targets are complete (DOMAIN D10.1): the four profit measures in order,
   * then the share targets, the competition target and the hilltop projects, each set or missing.
   *
   * @return the report, never null
   */
  public Completeness completeness() {
    List<CompletenessItem> items = new ArrayList<>();
    for (ProfitMeasure measure : ProfitMeasure.values()) {
      String item = measure.label() + " target";
      items.add(
          profit(measure)
              .map(a -> new CompletenessItem(item, true, "the " + item + " is " + Figures.money(a)))
              .orElseGet(() -> new CompletenessItem(item, false, "the " + item + " is missing")));
    }
    items.add(
        shares.isEmpty()
            ? new CompletenessItem("share targets", false, "no share target is set")
            : new CompletenessItem("share targets", true, "share targets: " + shares));
    items.add(
        competition
            .map(c -> new CompletenessItem("competition target", true, "competition: " + c))
            .orElseGet(
                () ->
                    new CompletenessItem(
                        "competition target", false, "the competition target is missing")));
    items.add(
        hilltops.isEmpty()
            ? new CompletenessItem("hilltop projects", false, "no hilltop project is named")
            : new CompletenessItem("hilltop projects", true, "hilltop projects: " + hilltops));
    return new Completeness(RuleId.D10_1, items);
  }

  /** Builds {@link MarketTargets}; a later amount for the same profit measure replaces it. */
  public static final class Builder {

    private final Map<ProfitMeasure, Money> profit = new EnumMap<>(ProfitMeasure.class);
    private final List<ShareTarget> shares = new ArrayList<>();
    private Optional<CompetitionTarget> competition = Optional.empty();
    private final List<HilltopTarget> hilltops = new ArrayList<>();

    private Builder() {}

    /**
     * Sets a profit target.
     *
     * @param measure the measure; not null
     * @param amount its amount; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder profit(ProfitMeasure measure, Money amount) {
      profit.put(
          Objects.requireNonNull(measure, "measure"), Objects.requireNonNull(amount, "amount"));
      return this;
    }

    /**
     * Adds a share target.
     *
     * @param share the target; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder share(ShareTarget share) {
      shares.add(Objects.requireNonNull(share, "share"));
      return this;
    }

    /**
     * Sets the competition target.
     *
     * @param target the target; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder competition(CompetitionTarget target) {
      competition = Optional.of(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Adds a hilltop project.
     *
     * @param hilltop the project; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder hilltop(HilltopTarget hilltop) {
      hilltops.add(Objects.requireNonNull(hilltop, "hilltop"));
      return this;
    }

    /**
     * Builds the targets.
     *
     * @return the targets set so far; never null
     * @throws IllegalArgumentException as {@link MarketTargets#MarketTargets}
     */
    public MarketTargets build() {
      return new MarketTargets(profit, shares, competition, hilltops);
    }
  }
}
