package org.leadtocash.domain.relationship;

import static org.leadtocash.domain.relationship.KeyRelationshipDimension.ACCEPTANCE_OF_COMPANY;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.COMPETITIVE_ATTITUDE;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.GUIDANCE;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.INFORMATION_SHARING;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.PARTICIPATION;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.PROJECT_SUPPORT;

import java.util.Objects;

/** The default {@link KeyRelationshipPolicy}; see {@link KeyRelationshipPolicy#standard()}. */
enum StandardKeyRelationshipPolicy implements KeyRelationshipPolicy {
  INSTANCE;

  /** The engagement from which a person neutral in the vote is favourable: an average of 3.5. */
  private static final int ENGAGED = 14;

  @Override
  public KeyRelationshipLevel level(KeyRelationshipAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    int support = assessment.score(PROJECT_SUPPORT);
    int attitude = assessment.score(COMPETITIVE_ATTITUDE);
    int engagement =
        assessment.score(ACCEPTANCE_OF_COMPANY)
            + assessment.score(PARTICIPATION)
            + assessment.score(INFORMATION_SHARING)
            + assessment.score(GUIDANCE);
    if (support == 1) {
      return KeyRelationshipLevel.OPPOSED;
    }
    if (support == 5 && attitude == 5) {
      return KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE;
    }
    if (support >= 4) {
      return attitude >= 3 ? KeyRelationshipLevel.SUPPORTIVE : KeyRelationshipLevel.FAVOURABLE;
    }
    if (support == 3) {
      return engagement >= ENGAGED
          ? KeyRelationshipLevel.FAVOURABLE
          : KeyRelationshipLevel.ACCEPTED;
    }
    return KeyRelationshipLevel.CONTACTED;
  }

  @Override
  public String toString() {
    return "standard key-relationship policy (project support is the touchstone)";
  }
}
