package org.leadtocash.planning.strategy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * The gap classification of a business over one period (DOMAIN D9.3), from three amounts in one
 * currency: the current results, the expectation set for them, and what a new business design could
 * bring.
 *
 * <ul>
 *   <li>a <em>performance gap</em> exists when the results fall short of the expectation; its
 *       amount is {@code expectation − results} and it is closed by execution;
 *   <li>an <em>opportunity gap</em> exists when a new design could bring more than the current
 *       results; its amount is {@code newDesign − results} and it needs a new business design.
 * </ul>
 *
 * <p>Both, one or neither may exist; a gap is never negative: results above the expectation leave
 * no performance gap, and a new design worth no more than the results leaves no opportunity gap.
 *
 * @param results the current results; not null, not negative
 * @param expectation what the results were expected to be; not null, not negative, same currency
 * @param newDesign what a new business design could bring; not null, not negative, same currency
 */
public record GapAnalysis(Money results, Money expectation, Money newDesign) {

  /**
   * Checks the amounts.
   *
   * @param results the current results; not null, not negative
   * @param expectation the expectation; not null, not negative, in the results' currency
   * @param newDesign what a new design could bring; not null, not negative, in the results'
   *     currency
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public GapAnalysis {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(newDesign, "newDesign");
    checkArgument(
        results.getCurrencyUnit().equals(expectation.getCurrencyUnit())
            && results.getCurrencyUnit().equals(newDesign.getCurrencyUnit()),
        "a gap analysis is in one currency (DOMAIN D9.3): results %s, expectation %s, new design"
            + " %s",
        results,
        expectation,
        newDesign);
    checkArgument(!results.isNegative(), "results are not negative (DOMAIN D9.3): %s", results);
    checkArgument(
        !expectation.isNegative(), "an expectation is not negative (DOMAIN D9.3): %s", expectation);
    checkArgument(
        !newDesign.isNegative(),
        "what a new design could bring is not negative (DOMAIN D9.3): %s",
        newDesign);
  }

  /**
   * Classifies the gaps between results, expectation and what a new design could bring.
   *
   * @param results the current results; not null, not negative
   * @param expectation the expectation; not null, not negative, in the results' currency
   * @param newDesign what a new design could bring; not null, not negative, in the results'
   *     currency
   * @return the analysis, never null
   * @throws IllegalArgumentException if an amount is negative or the currencies differ
   */
  public static GapAnalysis of(Money results, Money expectation, Money newDesign) {
    return new GapAnalysis(results, expectation, newDesign);
  }

  /** {@return the performance gap, or empty when the results meet the expectation} */
  public Optional<Gap> performanceGap() {
    return gap(GapKind.PERFORMANCE, expectation);
  }

  /** {@return the opportunity gap, or empty when a new design brings no more than the results} */
  public Optional<Gap> opportunityGap() {
    return gap(GapKind.OPPORTUNITY, newDesign);
  }

  /** {@return the gaps that exist: the performance gap first, then the opportunity gap} */
  public List<Gap> gaps() {
    ImmutableList.Builder<Gap> gaps = ImmutableList.builder();
    performanceGap().ifPresent(gaps::add);
    opportunityGap().ifPresent(gaps::add);
    return gaps.build();
  }

  /**
   * Returns the amount of one kind of gap.
   *
   * @param kind the kind; not null
   * @return its amount, zero (in the analysis' currency) when it does not exist; never negative
   */
  public Money amount(GapKind kind) {
    Objects.requireNonNull(kind, "kind");
    Optional<Gap> gap = kind == GapKind.PERFORMANCE ? performanceGap() : opportunityGap();
    return gap.map(Gap::amount).orElse(Money.zero(results.getCurrencyUnit()));
  }

  /** {@return the analysis in words, naming each gap with its amount and action, or "no gap"} */
  public String explanation() {
    String figures =
        "results "
            + Figures.money(results)
            + " against an expectation of "
            + Figures.money(expectation)
            + " and "
            + Figures.money(newDesign)
            + " with a new design: ";
    List<Gap> gaps = gaps();
    return figures
        + (gaps.isEmpty()
            ? "no gap"
            : String.join("; ", gaps.stream().map(Gap::explanation).toList()));
  }

  private Optional<Gap> gap(GapKind kind, Money target) {
    Money difference = target.minus(results);
    return difference.isPositive() ? Optional.of(new Gap(kind, difference)) : Optional.empty();
  }
}
