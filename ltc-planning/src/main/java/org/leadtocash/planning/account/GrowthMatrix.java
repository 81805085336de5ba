package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;

/**
 * A key account's growth options on the matrix of size of prize × probability of success (DOMAIN
 * D11.3): each option placed in exactly one {@link Quadrant} by the thresholds of a {@link
 * GrowthMatrixPolicy}, ranked and explained.
 *
 * <p>The ranking is deterministic: by the quadrant's priority (act now, plan the attack,
 * opportunistic, shelve), then by the larger expected prize ({@code prize × probability}), then by
 * the larger prize, then by the kind's order in DOMAIN, then by description ({@link
 * String#compareTo}). Descriptions are distinct, so no two options tie; ranks run 1, 2, 3… in that
 * order.
 *
 * @param thresholds where big meets small and likely meets unlikely; not null
 * @param placements every option placed, in rank order; not null, not empty
 */
public record GrowthMatrix(MatrixThresholds thresholds, List<PlacedOption> placements) {

  private static final Comparator<PlacedOption> ORDER =
      Comparator.comparingInt((PlacedOption p) -> p.quadrant().priority())
          .thenComparing(p -> p.option().expectedPrize().getAmount(), Comparator.reverseOrder())
          .thenComparing(p -> p.option().prize().getAmount(), Comparator.reverseOrder())
          .thenComparing(p -> p.option().kind())
          .thenComparing(p -> p.option().description());

  /**
   * Checks the placements against the thresholds and the ranking rule.
   *
   * @param thresholds the thresholds; not null
   * @param placements every option placed, in rank order; not null, not empty
   * @throws IllegalArgumentException if there is no option, descriptions repeat, currencies differ,
   *     an option is in the wrong quadrant, or the ranks or the order are not those of the ranking
   *     rule
   */
  public GrowthMatrix {
    Objects.requireNonNull(placements, "placements");
    Objects.requireNonNull(thresholds, "thresholds");
    placements = ImmutableList.copyOf(placements);
    checkOptions(placements.stream().map(PlacedOption::option).toList());
    for (int i = 0; i < placements.size(); i++) {
      PlacedOption placed = placements.get(i);
      checkArgument(
          placed.quadrant() == thresholds.place(placed.option()),
          "a growth option sits in the quadrant of its prize and probability (DOMAIN D11.3): %s"
              + " is in %s, not %s",
          placed.option().description(),
          thresholds.place(placed.option()).label(),
          placed.quadrant().label());
      checkArgument(
          placed.rank() == i + 1,
          "a growth matrix ranks from 1 in order (DOMAIN D11.3): %s is ranked %s at place %s",
          placed.option().description(),
          placed.rank(),
          i + 1);
      if (i > 0) {
        checkArgument(
            ORDER.compare(placements.get(i - 1), placed) < 0,
            "a growth matrix ranks by quadrant, then expected prize, prize, kind and description"
                + " (DOMAIN D11.3): %s before %s",
            placements.get(i - 1).option().description(),
            placed.option().description());
      }
    }
  }

  /**
   * Places growth options on the matrix and ranks them.
   *
   * @param options the options; not null, not empty, distinct descriptions, one currency
   * @param policy the thresholds' policy, e.g. {@link GrowthMatrixPolicy#standard()}; not null
   * @return the matrix, never null
   * @throws IllegalArgumentException if there is no option, descriptions repeat, currencies differ,
   *     or the policy's prize threshold is in another currency
   */
  public static GrowthMatrix of(List<GrowthOption> options, GrowthMatrixPolicy policy) {
    Objects.requireNonNull(options, "options");
    List<GrowthOption> field = ImmutableList.copyOf(options);
    Objects.requireNonNull(policy, "policy");
    checkOptions(field);
    MatrixThresholds thresholds = Objects.requireNonNull(policy.thresholds(field), "thresholds");
    List<PlacedOption> placed = new ArrayList<>();
    for (GrowthOption option : field) {
      placed.add(new PlacedOption(1, option, thresholds.place(option), thresholds.explain(option)));
    }
    placed.sort(ORDER);
    List<PlacedOption> ranked = new ArrayList<>();
    for (int i = 0; i < placed.size(); i++) {
      PlacedOption p = placed.get(i);
      ranked.add(new PlacedOption(i + 1, p.option(), p.quadrant(), p.reason()));
    }
    return new GrowthMatrix(thresholds, ranked);
  }

  /**
   * Returns the options in one quadrant.
   *
   * @param quadrant the quadrant; not null
   * @return its options in rank order; never null, empty if none falls in it
   */
  public List<PlacedOption> in(Quadrant quadrant) {
    Objects.requireNonNull(quadrant, "quadrant");
    return placements.stream()
        .filter(p -> p.quadrant() == quadrant)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds one option by its description.
   *
   * @param description the option's description; not null
   * @return it as placed, or empty if it is not on the matrix; never null
   */
  public Optional<PlacedOption> find(String description) {
    Objects.requireNonNull(description, "description");
    return placements.stream()
        .filter(p -> p.option().description().equals(description))
        .findFirst();
  }

  /** {@return the currency of the matrix's prizes} */
  public CurrencyUnit currency() {
    return thresholds.prize().getCurrencyUnit();
  }

  /** {@return the sum of all options' prizes, as if every one succeeded; never null} */
  public Money totalPrize() {
    return Money.total(currency(), placements.stream().map(p -> p.option().prize()).toList());
  }

  /** {@return the sum of all options' expected prizes ({@code prize × probability}); never null} */
  public Money expectedPrize() {
    return Money.total(
        currency(), placements.stream().map(p -> p.option().expectedPrize()).toList());
  }

  /** {@return the thresholds, then one line per option in rank order} */
  public String explanation() {
    return "big prize from "
        + Figures.money(thresholds.prize())
        + ", likely from "
        + thresholds.probability()
        + " ("
        + thresholds.basis()
        + ")\n"
        + String.join("\n", placements.stream().map(PlacedOption::explanation).toList());
  }

  private static void checkOptions(List<GrowthOption> options) {
    checkArgument(!options.isEmpty(), "a growth matrix places at least one option (DOMAIN D11.3)");
    Set<String> descriptions = new HashSet<>();
    Set<CurrencyUnit> currencies = new HashSet<>();
    for (GrowthOption option : options) {
      checkArgument(
          descriptions.add(option.description()),
          "a growth matrix lists each option once (DOMAIN D11.3): %s is there twice",
          option.description());
      currencies.add(option.prize().getCurrencyUnit());
    }
    checkArgument(
        currencies.size() == 1,
        "a growth matrix sizes its prizes in one currency (DOMAIN D11.3), not %s",
        currencies);
  }
}
