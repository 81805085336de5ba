package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One candidate of a {@link SponsorRanking} (DOMAIN D10.3): its rank, and its score explained
 * principle by principle.
 *
 * @param rank its rank, 1 for the best-suited sponsor
 * @param candidate the candidate; not null
 * @param principles one score per {@link SponsorPrinciple}, in the principles' order, with weights
 *     adding up to 100; not null
 */
public record RankedSponsor(int rank, SponsorCandidate candidate, List<PrincipleScore> principles) {

  /**
   * Checks the rank and the principle scores.
   *
   * @param rank its rank, from 1
   * @param candidate the candidate; not null
   * @param principles one score per principle, in order, weights adding up to 100; not null
   * @throws IllegalArgumentException if the rank is below 1, a principle is missing, repeated or
   *     out of order, or the weights do not add up to 100
   */
  public RankedSponsor {
    Objects.requireNonNull(principles, "principles");
    Objects.requireNonNull(candidate, "candidate");
    principles = ImmutableList.copyOf(principles);
    checkArgument(rank >= 1, "a sponsor candidate ranks from 1 (DOMAIN D10.3): %s", rank);
    SponsorPrinciple[] expected = SponsorPrinciple.values();
    checkArgument(
        principles.size() == expected.length,
        "%s is scored on all %s principles of DOMAIN D10.3, not %s",
        candidate.employee(),
        expected.length,
        principles.size());
    int weights = 0;
    for (int i = 0; i < expected.length; i++) {
      checkArgument(
          principles.get(i).principle() == expected[i],
          "%s is scored on the principles in the order of DOMAIN D10.3; expected %s at %s, not %s",
          candidate.employee(),
          expected[i],
          i + 1,
          principles.get(i).principle());
      weights += principles.get(i).weight();
    }
    checkArgument(
        weights == 100,
        "the principle weights scoring %s add up to 100 percent (DOMAIN D10.3), not %s",
        candidate.employee(),
        weights);
  }

  /** {@return the score from 0 to 100: the sum of score × weight / 100, exact to 2 decimals} */
  public BigDecimal score() {
    long total = 0;
    for (PrincipleScore p : principles) {
      total += (long) p.score() * p.weight();
    }
    return BigDecimal.valueOf(total, 2);
  }

  /** {@return e.g. "1. E-QIAN, 67.5 of 100: rank parity: 100 of 100 × 30 % (…); …"} */
  public String explanation() {
    return rank
        + ". "
        + candidate.employee()
        + ", "
        + score().stripTrailingZeros().toPlainString()
        + " of 100: "
        + String.join("; ", principles.stream().map(PrincipleScore::explanation).toList());
  }
}
