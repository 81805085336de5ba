package org.leadtocash.planning.expansion;

import java.util.List;
import org.leadtocash.domain.relationship.PositionKind;

/**
 * How a sponsor candidate scores on each principle of DOMAIN D10.3, and how much each weighs. A
 * host replaces the {@link #standard() standard} policy by implementing this interface; {@link
 * SponsorRanking#of} checks what a policy returns.
 */
public interface SponsorPolicy {

  /**
   * Scores one candidate as the sponsor of a key person.
   *
   * @param candidate the candidate; not null
   * @param keyPosition the kind of position the key person holds; not null
   * @return one score per {@link SponsorPrinciple}, in the principles' order, with weights adding
   *     up to 100; never null
   */
  List<PrincipleScore> score(SponsorCandidate candidate, PositionKind keyPosition);

  /**
   * Returns the standard policy. Its weights are rank parity 30 %, business match 25 %, shared
   * history 20 % and ability and willingness 25 %, and each principle scores from 0 to 100:
   *
   * <ul>
   *   <li><b>rank parity</b> by the distance between the candidate's rank and the key person's, on
   *       four ranks — top executive (CEO, CTO, COO), other executive (procurement director,
   *       executive), manager, staff: the same rank 100, one rank apart 50, further 0 (a sponsor
   *       far above the key person is no more a peer than one far below);
   *   <li><b>business match</b> by its extent: low 0, medium 50, high 100;
   *   <li><b>shared history</b> 25 for each time worked together, 100 from four times on;
   *   <li><b>ability and willingness</b> by the lesser of the two extents (low 0, medium 50, high
   *       100): an able sponsor who will not act helps as little as a willing one who cannot.
   * </ul>
   *
   * <p>Each score is monotone: a candidate closer in rank, better matched, with more shared
   * history, or more able or willing never scores less.
   *
   * @return the standard policy, never null
   */
  static SponsorPolicy standard() {
    return StandardSponsorPolicy.INSTANCE;
  }
}
