package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.Rate;

/**
 * How the customer split the award between us and each competitor (DOMAIN D3.5), the input of
 * market share and suppression ratio (D12).
 *
 * <p>True of every split: all amounts are in one currency, none is negative, and something was
 * awarded.
 */
@Value.Immutable
@DomainStyle
public abstract class AwardSplit {

  AwardSplit() {}

  /** {@return the value awarded to us; never null, may be zero} */
  public abstract Money ours();

  /** {@return the value awarded to each competitor; never null} */
  public abstract Map<CompetitorId, Money> competitors();

  /** {@return the currency of every amount; never null} */
  public CurrencyUnit currency() {
    return ours().getCurrencyUnit();
  }

  /** {@return the total awarded: ours plus every competitor's; never null} */
  public Money total() {
    return ours().plus(competitors().values());
  }

  /** {@return our share of the total, e.g. {@code 60/100}; never null} */
  public Rate ourShare() {
    return Rate.of(ours().getAmount(), total().getAmount());
  }

  /**
   * Returns a competitor's share of the total.
   *
   * @param competitor the competitor; not null
   * @return its share, {@code 0/total} if it was awarded nothing; never null
   */
  public Rate shareOf(CompetitorId competitor) {
    Objects.requireNonNull(competitor, "competitor");
    Money theirs =
        Optional.ofNullable(competitors().get(competitor)).orElse(Money.zero(currency()));
    return Rate.of(theirs.getAmount(), total().getAmount());
  }

  /**
   * Returns the split where we won everything.
   *
   * @param ours the value awarded to us; not null, positive
   * @return the split, never null
   */
  public static AwardSplit allOurs(Money ours) {
    return builder().ours(ours).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AwardSplit}; {@code ours} is required, competitors optional. */
  public static final class Builder extends ImmutableAwardSplit.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!ours().isNegative(), "an award is not negative: ours %s", ours());
    competitors()
        .forEach(
            (competitor, amount) -> {
              checkArgument(
                  amount.getCurrencyUnit().equals(currency()),
                  "an award split is in one currency: %s has %s, ours is in %s",
                  competitor,
                  amount,
                  currency());
              checkArgument(
                  !amount.isNegative(), "an award is not negative: %s %s", competitor, amount);
            });
    checkArgument(total().isPositive(), "an award split awards something (DOMAIN D3.5)");
  }
}
