package org.leadtocash.domain.relationship;

import java.util.Collections;
import java.util.Objects;

/**
 * The default {@link GeneralRelationshipPolicy}; see {@link GeneralRelationshipPolicy#standard()}.
 */
enum StandardGeneralRelationshipPolicy implements GeneralRelationshipPolicy {
  INSTANCE;

  @Override
  public GeneralRelationshipGrade grade(GeneralRelationshipAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    int lowest = Collections.min(assessment.scores().values());
    int total = assessment.scores().values().stream().mapToInt(Integer::intValue).sum();
    if (lowest >= 4 && total >= 18) {
      return GeneralRelationshipGrade.EXCELLENT;
    }
    if (lowest >= 3 && total >= 14) {
      return GeneralRelationshipGrade.GOOD;
    }
    return lowest >= 2 ? GeneralRelationshipGrade.MEDIUM : GeneralRelationshipGrade.POOR;
  }

  @Override
  public String toString() {
    return "standard general-relationship policy (the weakest dimension limits the grade)";
  }
}
