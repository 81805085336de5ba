package org.leadtocash.domain.relationship;

import static org.leadtocash.domain.relationship.KeyRelationshipDimension.ACCEPTANCE_OF_COMPANY;

import java.util.Objects;

/**
 * How the six scores of a {@link KeyRelationshipAssessment} map to a {@link KeyRelationshipLevel}
 * (DOMAIN D7.5). The sources name the dimensions and the levels and say that project support is the
 * touchstone, but leave the mapping to each company; {@link #standard()} is the library's
 * documented choice, and a host passes its own implementation (a lambda will do) to {@link
 * KeyRelationship#assess(KeyRelationshipAssessment, KeyRelationshipPolicy, java.time.Instant)}.
 */
@FunctionalInterface
public interface KeyRelationshipPolicy {

  /**
   * Returns the level the assessment gives.
   *
   * @param assessment the assessment; not null
   * @return the level, never null
   */
  KeyRelationshipLevel level(KeyRelationshipAssessment assessment);

  /**
   * Returns whether the relationship belongs to one employee rather than to the company (D7.5): the
   * person engages with us — the level is at least {@link KeyRelationshipLevel#ACCEPTED accepted} —
   * but scores {@link KeyRelationshipDimension#ACCEPTANCE_OF_COMPANY acceptance of the company} 2
   * or less, so the relationship would leave with the employee. Such a relationship is a risk, and
   * the reason rotation exists (D4.7). A host may override this rule too.
   *
   * @param assessment the assessment; not null
   * @return whether the relationship is tied to one employee
   */
  default boolean isTiedToOneEmployee(KeyRelationshipAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return assessment.score(ACCEPTANCE_OF_COMPANY) <= 2
        && level(assessment).isAtLeast(KeyRelationshipLevel.ACCEPTED);
  }

  /**
   * Returns the default policy. Project support (PS) is the touchstone; competitive attitude (CA)
   * separates exclusive from non-exclusive support; the engagement E is the sum of acceptance of
   * the company, participation, information sharing and guidance (4 to 20). The first rule that
   * matches gives the level:
   *
   * <ol>
   *   <li>{@link KeyRelationshipLevel#OPPOSED opposed} if PS = 1: votes against us;
   *   <li>{@link KeyRelationshipLevel#SUPPORTIVE_EXCLUSIVE supportive and exclusive} if PS = 5 and
   *       CA = 5;
   *   <li>{@link KeyRelationshipLevel#SUPPORTIVE supportive, not exclusive} if PS &ge; 4 and CA
   *       &ge; 3;
   *   <li>{@link KeyRelationshipLevel#FAVOURABLE favourable} if PS &ge; 4 (votes for us but leans
   *       to a competitor, CA &le; 2), or PS = 3 and E &ge; 14 (neutral in the vote, but engaged);
   *   <li>{@link KeyRelationshipLevel#ACCEPTED accepted} if PS = 3;
   *   <li>{@link KeyRelationshipLevel#CONTACTED contacted} otherwise (PS = 2).
   * </ol>
   *
   * <p>The mapping is monotone: raising any score never lowers the level.
   *
   * @return the default policy, never null
   */
  static KeyRelationshipPolicy standard() {
    return StandardKeyRelationshipPolicy.INSTANCE;
  }
}
