package org.leadtocash.planning.strategy;

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

/**
 * The screening of market opportunities (DOMAIN D9.4): every opportunity ranked by its score under
 * a {@link ScreeningPolicy}, each explained factor by factor.
 *
 * <p>The ranking is deterministic: a higher score ranks first; equal scores are broken by the
 * larger market space, then by name in alphabetical ({@link String#compareTo}) order. Names are
 * distinct, so no two opportunities tie, and ranks run 1, 2, 3… in the ranking's order.
 *
 * @param ranking the screened opportunities, best first; not null
 */
public record Screening(List<ScreenedOpportunity> ranking) {

  private static final Comparator<ScreenedOpportunity> ORDER =
      Comparator.comparing(ScreenedOpportunity::score)
          .reversed()
          .thenComparing(s -> s.opportunity().space().getAmount(), Comparator.reverseOrder())
          .thenComparing(s -> s.opportunity().name());

  /**
   * Checks the ranking.
   *
   * @param ranking the screened opportunities, best first; not null
   * @throws IllegalArgumentException if names repeat, currencies differ, or the ranks or the order
   *     are not those of the ranking rule
   */
  public Screening {
    Objects.requireNonNull(ranking, "ranking");
    ranking = ImmutableList.copyOf(ranking);
    checkOpportunities(ranking.stream().map(ScreenedOpportunity::opportunity).toList());
    for (int i = 0; i < ranking.size(); i++) {
      checkArgument(
          ranking.get(i).rank() == i + 1,
          "a screening ranks from 1 in order (DOMAIN D9.4): %s is ranked %s at place %s",
          ranking.get(i).opportunity().name(),
          ranking.get(i).rank(),
          i + 1);
      if (i > 0) {
        checkArgument(
            ORDER.compare(ranking.get(i - 1), ranking.get(i)) < 0,
            "a screening ranks by score, then space, then name (DOMAIN D9.4): %s before %s",
            ranking.get(i - 1).opportunity().name(),
            ranking.get(i).opportunity().name());
      }
    }
  }

  /**
   * Screens market opportunities under a policy and ranks them.
   *
   * @param opportunities the opportunities; not null, distinct names, one currency
   * @param policy the scoring policy, e.g. {@link ScreeningPolicy#standard()}; not null
   * @return the ranked screening, never null
   * @throws IllegalArgumentException if names repeat, currencies differ, or the policy does not
   *     score every factor in order with weights adding up to 100 and scores from 0 to 100
   */
  public static Screening of(List<MarketOpportunity> opportunities, ScreeningPolicy policy) {
    Objects.requireNonNull(opportunities, "opportunities");
    List<MarketOpportunity> field = ImmutableList.copyOf(opportunities);
    Objects.requireNonNull(policy, "policy");
    checkOpportunities(field);
    List<ScreenedOpportunity> scored = new ArrayList<>();
    for (MarketOpportunity opportunity : field) {
      scored.add(new ScreenedOpportunity(1, opportunity, policy.score(opportunity, field)));
    }
    scored.sort(ORDER);
    List<ScreenedOpportunity> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(
          new ScreenedOpportunity(i + 1, scored.get(i).opportunity(), scored.get(i).factors()));
    }
    return new Screening(ranked);
  }

  /**
   * Finds one opportunity by name.
   *
   * @param name the opportunity's name; not null
   * @return it with its rank and score, or empty if it was not screened; never null
   */
  public Optional<ScreenedOpportunity> find(String name) {
    Objects.requireNonNull(name, "name");
    return ranking.stream().filter(s -> s.opportunity().name().equals(name)).findFirst();
  }

  /** {@return the ranking in words, one line per opportunity, best first} */
  public String explanation() {
    return String.join("\n", ranking.stream().map(ScreenedOpportunity::explanation).toList());
  }

  private static void checkOpportunities(List<MarketOpportunity> opportunities) {
    Set<String> names = new HashSet<>();
    Set<CurrencyUnit> currencies = new HashSet<>();
    for (MarketOpportunity o : opportunities) {
      checkArgument(
          names.add(o.name()),
          "a screening names each opportunity once (DOMAIN D9.4): %s is there twice",
          o.name());
      currencies.add(o.space().getCurrencyUnit());
    }
    checkArgument(
        currencies.size() <= 1,
        "a screening compares market spaces in one currency (DOMAIN D9.4), not %s",
        currencies);
  }
}
