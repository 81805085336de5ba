package org.leadtocash.planning.expansion;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.relationship.PositionKind;

/** The standard sponsor policy, documented on {@link SponsorPolicy#standard()}. */
final class StandardSponsorPolicy implements SponsorPolicy {

  static final StandardSponsorPolicy INSTANCE = new StandardSponsorPolicy();

  private static final ImmutableList<String> RANKS =
      ImmutableList.of("staff", "manager", "executive", "top executive");

  private StandardSponsorPolicy() {}

  @Override
  public List<PrincipleScore> score(SponsorCandidate candidate, PositionKind keyPosition) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(keyPosition, "keyPosition");
    int distance = Math.abs(rank(candidate.position()) - rank(keyPosition));
    int parity = distance == 0 ? 100 : distance == 1 ? 50 : 0;
    String apart =
        distance == 0
            ? "the same rank"
            : distance == 1 ? "one rank apart" : distance + " ranks apart";
    Extent both =
        candidate.ability().compareTo(candidate.willingness()) <= 0
            ? candidate.ability()
            : candidate.willingness();
    int times = candidate.sharedHistory();
    return List.of(
        new PrincipleScore(
            SponsorPrinciple.RANK_PARITY,
            parity,
            30,
            RANKS.get(rank(candidate.position()))
                + " for a "
                + RANKS.get(rank(keyPosition))
                + ", "
                + apart),
        new PrincipleScore(
            SponsorPrinciple.BUSINESS_MATCH,
            extent(candidate.businessMatch()),
            25,
            candidate.businessMatch().label() + " match"),
        new PrincipleScore(
            SponsorPrinciple.SHARED_HISTORY,
            Math.min(times, 4) * 25,
            20,
            (times == 0
                    ? "never worked together"
                    : times == 1 ? "worked together once" : "worked together " + times + " times")
                + ", full marks from 4"),
        new PrincipleScore(
            SponsorPrinciple.ABILITY_AND_WILLINGNESS,
            extent(both),
            25,
            candidate.ability().label()
                + " ability, "
                + candidate.willingness().label()
                + " willingness: the lesser counts"));
  }

  /** The rank of a position: 3 top executive, 2 other executive, 1 manager, 0 staff. */
  private static int rank(PositionKind position) {
    return switch (position) {
      case CEO, CTO, COO -> 3;
      case PROCUREMENT_DIRECTOR, OTHER_EXECUTIVE -> 2;
      case MANAGER -> 1;
      case STAFF -> 0;
    };
  }

  private static int extent(Extent extent) {
    return switch (extent) {
      case LOW -> 0;
      case MEDIUM -> 50;
      case HIGH -> 100;
    };
  }

  @Override
  public String toString() {
    return "SponsorPolicy.standard()";
  }
}
