package org.leadtocash.domain.relationship;

/**
 * How the four scores of a {@link GeneralRelationshipAssessment} give a {@link
 * GeneralRelationshipGrade} (DOMAIN D7.6). The sources name the dimensions and the grades but not
 * the mapping; {@link #standard()} is the library's documented choice, and a host passes its own.
 */
@FunctionalInterface
public interface GeneralRelationshipPolicy {

  /**
   * Returns the grade the assessment gives.
   *
   * @param assessment the assessment; not null
   * @return the grade, never null
   */
  GeneralRelationshipGrade grade(GeneralRelationshipAssessment assessment);

  /**
   * Returns the default policy. A broad relationship is as strong as its weakest dimension: with
   * {@code lowest} the lowest of the four scores and {@code total} their sum (4 to 20), the grade
   * is
   *
   * <ul>
   *   <li>{@link GeneralRelationshipGrade#EXCELLENT excellent} if {@code lowest ≥ 4} and {@code
   *       total ≥ 18};
   *   <li>{@link GeneralRelationshipGrade#GOOD good} if {@code lowest ≥ 3} and {@code total ≥ 14};
   *   <li>{@link GeneralRelationshipGrade#MEDIUM medium} if {@code lowest ≥ 2};
   *   <li>{@link GeneralRelationshipGrade#POOR poor} otherwise: some dimension is against us.
   * </ul>
   *
   * <p>The mapping is monotone: raising any score never lowers the grade.
   *
   * @return the default policy, never null
   */
  static GeneralRelationshipPolicy standard() {
    return StandardGeneralRelationshipPolicy.INSTANCE;
  }
}
