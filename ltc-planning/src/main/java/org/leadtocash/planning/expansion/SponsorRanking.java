package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.PositionKind;

/**
 * The senior-sponsor candidates for one key person, ranked by the four principles of DOMAIN D10.3
 * under a {@link SponsorPolicy}, each explained principle by principle.
 *
 * <p>The ranking is deterministic: a higher score ranks first; equal scores are broken by the
 * employee's id in alphabetical ({@link String#compareTo}) order. Candidates are distinct
 * employees, so no two tie, and ranks run 1, 2, 3… in the ranking's order. The first is the sponsor
 * an {@link ExpansionCard} takes ({@link ExpansionCard#withSponsor}).
 *
 * @param keyPerson the key person to sponsor; not null
 * @param keyPosition the kind of position the key person holds, for rank parity; not null
 * @param ranking the candidates, best first; not null
 */
public record SponsorRanking(
    PersonId keyPerson, PositionKind keyPosition, List<RankedSponsor> ranking) {

  private static final Comparator<RankedSponsor> ORDER =
      Comparator.comparing(RankedSponsor::score)
          .reversed()
          .thenComparing(r -> r.candidate().employee().value());

  /**
   * Checks the ranking.
   *
   * @param keyPerson the key person; not null
   * @param keyPosition the key person's kind of position; not null
   * @param ranking the candidates, best first; not null
   * @throws IllegalArgumentException if an employee is a candidate twice, or the ranks or the order
   *     are not those of the ranking rule
   */
  public SponsorRanking {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(keyPerson, "keyPerson");
    Objects.requireNonNull(keyPosition, "keyPosition");
    ranking = ImmutableList.copyOf(ranking);
    checkDistinct(ranking.stream().map(RankedSponsor::candidate).toList());
    for (int i = 0; i < ranking.size(); i++) {
      checkArgument(
          ranking.get(i).rank() == i + 1,
          "sponsor candidates rank from 1 in order (DOMAIN D10.3): %s is ranked %s at place %s",
          ranking.get(i).candidate().employee(),
          ranking.get(i).rank(),
          i + 1);
      if (i > 0) {
        checkArgument(
            ORDER.compare(ranking.get(i - 1), ranking.get(i)) < 0,
            "sponsor candidates rank by score, then employee id (DOMAIN D10.3): %s before %s",
            ranking.get(i - 1).candidate().employee(),
            ranking.get(i).candidate().employee());
      }
    }
  }

  /**
   * Ranks the candidates to sponsor a key person under a policy.
   *
   * @param keyPerson the key person, from the customer's decision chain; not null
   * @param candidates the candidates, distinct employees; not null
   * @param policy the scoring policy, e.g. {@link SponsorPolicy#standard()}; not null
   * @return the ranking, never null
   * @throws IllegalArgumentException if an employee is a candidate twice, or the policy does not
   *     score every principle in order with scores from 0 to 100 and weights adding up to 100
   */
  public static SponsorRanking of(
      KeyPerson keyPerson, List<SponsorCandidate> candidates, SponsorPolicy policy) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(keyPerson, "keyPerson");
    List<SponsorCandidate> field = ImmutableList.copyOf(candidates);
    Objects.requireNonNull(policy, "policy");
    checkDistinct(field);
    List<RankedSponsor> scored = new ArrayList<>();
    for (SponsorCandidate candidate : field) {
      scored.add(new RankedSponsor(1, candidate, policy.score(candidate, keyPerson.position())));
    }
    scored.sort(ORDER);
    List<RankedSponsor> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      ranked.add(new RankedSponsor(i + 1, scored.get(i).candidate(), scored.get(i).principles()));
    }
    return new SponsorRanking(keyPerson.id(), keyPerson.position(), ranked);
  }

  /** {@return the best-ranked candidate, or empty if there was no candidate; never null} */
  public Optional<RankedSponsor> top() {
    return ranking.stream().findFirst();
  }

  /**
   * Finds one candidate.
   *
   * @param employee the candidate's id; not null
   * @return the candidate with its rank and score, or empty if not ranked; never null
   */
  public Optional<RankedSponsor> find(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return ranking.stream().filter(r -> r.candidate().employee().equals(employee)).findFirst();
  }

  /** {@return the ranking in words, one line per candidate, best first} */
  public String explanation() {
    return String.join("\n", ranking.stream().map(RankedSponsor::explanation).toList());
  }

  private static void checkDistinct(List<SponsorCandidate> candidates) {
    Set<EmployeeId> seen = new HashSet<>();
    for (SponsorCandidate c : candidates) {
      checkArgument(
          seen.add(c.employee()),
          "a sponsor ranking considers each employee once (DOMAIN D10.3): %s is there twice",
          c.employee());
    }
  }
}
