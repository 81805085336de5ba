package org.leadtocash.planning.pricing;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The numbers of one pricing case of a key account (DOMAIN D11.8), from which the questions of the
 * pricing decision tree are {@link #answers() answered}: today's price and the maximum discount,
 * the price that would win, what a lower-cost platform could price at, and how much of each
 * platform's capacity is used.
 *
 * <p>Every amount is in one currency; rates are fractions ({@code 0.15} is 15 %). The answers:
 *
 * <ul>
 *   <li>a winning price can be offered within the discount when {@code currentPrice × (1 −
 *       maximumDiscount) ≤ winningPrice};
 *   <li>the customer can move to a lower-cost platform when {@code lowerCostPlatformPrice} is
 *       given: the lowest price the platform's long-run average incremental cost (LRAIC) supports;
 *   <li>its savings support the winning price when that price is at most {@code winningPrice};
 *   <li>a platform is under-used when its capacity utilisation is below the effective utilisation
 *       level (0.7, that is 70 %, unless the host gives its own); an utilisation not given answers
 *       unknown, and the case goes to management.
 * </ul>
 *
 * @param currentPrice today's price; not null, positive
 * @param maximumDiscount the largest discount allowed on it, a fraction from 0 up to (not
 *     including) 1; not null
 * @param winningPrice the price that would win the business; not null, positive, in the currency of
 *     {@code currentPrice}
 * @param lowerCostPlatformPrice the lowest price the LRAIC of a lower-cost platform the customer
 *     could move to supports; empty if there is none; not null, positive when present, in the same
 *     currency
 * @param currentUtilisation the current platform's capacity utilisation, a fraction from 0 to 1;
 *     empty if not known; not null
 * @param newPlatformUtilisation the lower-cost platform's capacity utilisation, a fraction from 0
 *     to 1; empty if not known; not null
 */
public record PricingCase(
    Money currentPrice,
    BigDecimal maximumDiscount,
    Money winningPrice,
    Optional<Money> lowerCostPlatformPrice,
    Optional<BigDecimal> currentUtilisation,
    Optional<BigDecimal> newPlatformUtilisation) {

  /**
   * The effective capacity utilisation level below which a platform counts as under-used, unless
   * the host gives its own: 0.7, that is 70 %.
   */
  public static final BigDecimal STANDARD_EFFECTIVE_UTILISATION = new BigDecimal("0.7");

  /**
   * Checks the numbers.
   *
   * @param currentPrice today's price; not null, positive
   * @param maximumDiscount the largest discount, a fraction from 0 up to 1; not null
   * @param winningPrice the winning price; not null, positive, in the same currency
   * @param lowerCostPlatformPrice the lower-cost platform's price; not null, positive when present,
   *     in the same currency
   * @param currentUtilisation the current platform's utilisation, from 0 to 1; not null
   * @param newPlatformUtilisation the new platform's utilisation, from 0 to 1; not null
   * @throws IllegalArgumentException if a price is not positive, the currencies differ, or a rate
   *     is off its range
   */
  public PricingCase {
    Objects.requireNonNull(currentPrice, "currentPrice");
    Objects.requireNonNull(maximumDiscount, "maximumDiscount");
    Objects.requireNonNull(winningPrice, "winningPrice");
    Objects.requireNonNull(lowerCostPlatformPrice, "lowerCostPlatformPrice");
    Objects.requireNonNull(currentUtilisation, "currentUtilisation");
    Objects.requireNonNull(newPlatformUtilisation, "newPlatformUtilisation");
    checkArgument(
        currentPrice.isPositive(),
        "the current price of a pricing case is positive (DOMAIN D11.8): %s",
        currentPrice);
    checkArgument(
        winningPrice.isPositive(),
        "the winning price of a pricing case is positive (DOMAIN D11.8): %s",
        winningPrice);
    checkArgument(
        maximumDiscount.signum() >= 0 && maximumDiscount.compareTo(BigDecimal.ONE) < 0,
        "the maximum discount of a pricing case is a fraction from 0 up to 1 (DOMAIN D11.8): %s",
        maximumDiscount);
    checkArgument(
        winningPrice.getCurrencyUnit().equals(currentPrice.getCurrencyUnit()),
        "a pricing case is in one currency (DOMAIN D11.8): the winning price %s is not in %s",
        winningPrice,
        currentPrice.getCurrencyUnit());
    lowerCostPlatformPrice.ifPresent(
        p -> {
          checkArgument(
              p.isPositive(),
              "the lower-cost platform's price of a pricing case is positive (DOMAIN D11.8): %s",
              p);
          checkArgument(
              p.getCurrencyUnit().equals(currentPrice.getCurrencyUnit()),
              "a pricing case is in one currency (DOMAIN D11.8): the lower-cost platform's price"
                  + " %s is not in %s",
              p,
              currentPrice.getCurrencyUnit());
        });
    currentUtilisation.ifPresent(u -> checkUtilisation("current platform's", u));
    newPlatformUtilisation.ifPresent(u -> checkUtilisation("new platform's", u));
  }

  private static void checkUtilisation(String which, BigDecimal utilisation) {
    checkArgument(
        utilisation.signum() >= 0 && utilisation.compareTo(BigDecimal.ONE) <= 0,
        "the %s capacity utilisation is a fraction from 0 to 1 (DOMAIN D11.8): %s",
        which,
        utilisation);
  }

  /**
   * Returns a case with no lower-cost platform and no utilisation known yet.
   *
   * @param currentPrice today's price; not null, positive
   * @param maximumDiscount the largest discount, a fraction from 0 up to 1; not null
   * @param winningPrice the winning price; not null, positive, in the same currency
   * @return the case, never null
   * @throws IllegalArgumentException as {@link #PricingCase the constructor}
   */
  public static PricingCase of(Money currentPrice, BigDecimal maximumDiscount, Money winningPrice) {
    return new PricingCase(
        currentPrice,
        maximumDiscount,
        winningPrice,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns this case with a lower-cost platform the customer could move to.
   *
   * @param price the lowest price the platform's LRAIC supports; not null, positive, same currency
   * @return the new case, never null
   */
  public PricingCase withLowerCostPlatform(Money price) {
    Objects.requireNonNull(price, "price");
    return new PricingCase(
        currentPrice,
        maximumDiscount,
        winningPrice,
        Optional.of(price),
        currentUtilisation,
        newPlatformUtilisation);
  }

  /**
   * Returns this case with the current platform's capacity utilisation.
   *
   * @param utilisation a fraction from 0 to 1; not null
   * @return the new case, never null
   */
  public PricingCase withCurrentUtilisation(BigDecimal utilisation) {
    Objects.requireNonNull(utilisation, "utilisation");
    return new PricingCase(
        currentPrice,
        maximumDiscount,
        winningPrice,
        lowerCostPlatformPrice,
        Optional.of(utilisation),
        newPlatformUtilisation);
  }

  /**
   * Returns this case with the lower-cost platform's capacity utilisation.
   *
   * @param utilisation a fraction from 0 to 1; not null
   * @return the new case, never null
   */
  public PricingCase withNewPlatformUtilisation(BigDecimal utilisation) {
    Objects.requireNonNull(utilisation, "utilisation");
    return new PricingCase(
        currentPrice,
        maximumDiscount,
        winningPrice,
        lowerCostPlatformPrice,
        currentUtilisation,
        Optional.of(utilisation));
  }

  /**
   * {@return the lowest price today's pricing allows: the current price less the maximum discount}
   */
  public Money lowestDiscountedPrice() {
    return currentPrice.multipliedBy(
        BigDecimal.ONE.subtract(maximumDiscount), RoundingMode.HALF_UP);
  }

  /**
   * {@return the answers the numbers give, with the {@link #STANDARD_EFFECTIVE_UTILISATION standard
   * effective utilisation level} (DOMAIN D11.8); never null}
   */
  public PricingAnswers answers() {
    return answers(STANDARD_EFFECTIVE_UTILISATION);
  }

  /**
   * Returns the answers the numbers give (see the class comment).
   *
   * @param effectiveUtilisation the capacity utilisation below which a platform is under-used, a
   *     fraction from 0 to 1; not null
   * @return the answers, every question answered, yes, no or unknown; never null
   * @throws IllegalArgumentException if the level is off its range
   */
  public PricingAnswers answers(BigDecimal effectiveUtilisation) {
    Objects.requireNonNull(effectiveUtilisation, "effectiveUtilisation");
    checkUtilisation("effective", effectiveUtilisation);
    return PricingAnswers.none()
        .with(
            PricingQuestion.WINNING_PRICE_WITHIN_DISCOUNT,
            Answer.of(!lowestDiscountedPrice().isGreaterThan(winningPrice)))
        .with(PricingQuestion.LOWER_COST_PLATFORM, Answer.of(lowerCostPlatformPrice.isPresent()))
        .with(
            PricingQuestion.SAVINGS_SUPPORT_WINNING_PRICE,
            lowerCostPlatformPrice
                .map(p -> Answer.of(!p.isGreaterThan(winningPrice)))
                .orElse(Answer.UNKNOWN))
        .with(
            PricingQuestion.NEW_PLATFORM_UNDER_USED,
            underUsed(newPlatformUtilisation, effectiveUtilisation))
        .with(
            PricingQuestion.CURRENT_PLATFORM_UNDER_USED,
            underUsed(currentUtilisation, effectiveUtilisation));
  }

  private static Answer underUsed(Optional<BigDecimal> utilisation, BigDecimal level) {
    return utilisation.map(u -> Answer.of(u.compareTo(level) < 0)).orElse(Answer.UNKNOWN);
  }

  /**
   * {@return the decision the numbers lead to, with the {@link #STANDARD_EFFECTIVE_UTILISATION
   * standard effective utilisation level} (DOMAIN D11.8); never null}
   */
  public PricingDecision decision() {
    return PricingDecision.decide(answers());
  }

  /**
   * Returns the decision the numbers lead to (DOMAIN D11.8).
   *
   * @param effectiveUtilisation the capacity utilisation below which a platform is under-used, a
   *     fraction from 0 to 1; not null
   * @return the decision with its path, never null
   * @throws IllegalArgumentException if the level is off its range
   */
  public PricingDecision decision(BigDecimal effectiveUtilisation) {
    return PricingDecision.decide(answers(effectiveUtilisation));
  }
}
