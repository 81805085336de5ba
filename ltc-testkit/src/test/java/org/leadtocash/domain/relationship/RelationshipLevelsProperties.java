package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.ACCEPTANCE_OF_COMPANY;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.COMPETITIVE_ATTITUDE;
import static org.leadtocash.domain.relationship.KeyRelationshipDimension.PROJECT_SUPPORT;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the three relationship policies (DOMAIN D7.5, D7.6, D7.7) over the kit's
 * assessments: better scores or more procurement steps never give a lower level or grade, and the
 * standard key-relationship policy keeps its documented anchors.
 */
class RelationshipLevelsProperties {

  @Property(tries = 400)
  void raisingAKeyRelationshipScoreNeverLowersTheLevel(
      @ForAll KeyRelationshipAssessment assessment, @ForAll KeyRelationshipDimension dimension) {
    Map<KeyRelationshipDimension, Integer> raised = new EnumMap<>(assessment.scores());
    raised.put(
        dimension, Math.min(KeyRelationshipAssessment.MAX_SCORE, assessment.score(dimension) + 1));
    KeyRelationshipPolicy policy = KeyRelationshipPolicy.standard();
    KeyRelationshipLevel low = policy.level(assessment);
    KeyRelationshipLevel high =
        policy.level(KeyRelationshipAssessment.builder().from(assessment).scores(raised).build());
    Statistics.label("level").collect(low);
    assertTrue(high.isAtLeast(low), () -> low + " became " + high);
  }

  @Property(tries = 400)
  void theStandardKeyRelationshipPolicyKeepsItsAnchors(
      @ForAll KeyRelationshipAssessment assessment) {
    KeyRelationshipPolicy policy = KeyRelationshipPolicy.standard();
    KeyRelationshipLevel level = policy.level(assessment);
    int support = assessment.score(PROJECT_SUPPORT);
    assertEquals(
        support == 1, level == KeyRelationshipLevel.OPPOSED, "opposed exactly when voting against");
    assertEquals(
        support == 5 && assessment.score(COMPETITIVE_ATTITUDE) == 5,
        level == KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE,
        "supportive and exclusive exactly at full support and full competitive attitude");
    assertEquals(
        support >= 4 && assessment.score(COMPETITIVE_ATTITUDE) >= 3,
        level.isAtLeast(KeyRelationshipLevel.SUPPORTIVE),
        "supportive exactly when voting for us without leaning to a competitor");
    assertTrue(
        support < 4 || level.isAtLeast(KeyRelationshipLevel.FAVOURABLE),
        "voting for us is at least favourable");
    assertTrue(
        support < 3 || level.isAtLeast(KeyRelationshipLevel.ACCEPTED), "a neutral vote accepts");
    assertTrue(
        support >= 3 || !level.isAtLeast(KeyRelationshipLevel.ACCEPTED),
        "without a neutral vote, not accepted");
    assertEquals(
        assessment.score(ACCEPTANCE_OF_COMPANY) <= 2
            && level.isAtLeast(KeyRelationshipLevel.ACCEPTED),
        policy.isTiedToOneEmployee(assessment),
        "D7.5: tied to one employee exactly when engaged without accepting the company");
  }

  @Property(tries = 300)
  void raisingAGeneralRelationshipScoreNeverLowersTheGrade(
      @ForAll GeneralRelationshipAssessment assessment,
      @ForAll GeneralRelationshipDimension dimension) {
    Map<GeneralRelationshipDimension, Integer> raised = new EnumMap<>(assessment.scores());
    raised.put(
        dimension,
        Math.min(GeneralRelationshipAssessment.MAX_SCORE, assessment.score(dimension) + 1));
    GeneralRelationshipPolicy policy = GeneralRelationshipPolicy.standard();
    GeneralRelationshipGrade low = policy.grade(assessment);
    GeneralRelationshipGrade high =
        policy.grade(
            GeneralRelationshipAssessment.builder().from(assessment).scores(raised).build());
    Statistics.label("grade").collect(low);
    assertTrue(high.isAtLeast(low), () -> low + " became " + high);
  }

  @Property(tries = 300)
  void moreProcurementStepsNeverLowerTheOrganisationalLevel(
      @ForAll Set<ProcurementStep> steps,
      @ForAll ProcurementStep added,
      @ForAll("policies") OrganisationalRelationshipPolicy policy) {
    Set<ProcurementStep> more = EnumSet.noneOf(ProcurementStep.class);
    more.addAll(steps);
    more.add(added);
    OrganisationalRelationshipLevel low = policy.level(steps);
    OrganisationalRelationshipLevel high = policy.level(more);
    Statistics.label("level").collect(low);
    assertTrue(high.isAtLeast(low), () -> steps + " gave " + low + ", " + more + " gave " + high);
  }

  @Property(tries = 100)
  void everyStepCountFromNothingToAllIsMonotone(
      @ForAll("policies") OrganisationalRelationshipPolicy policy) {
    Set<ProcurementStep> steps = EnumSet.noneOf(ProcurementStep.class);
    OrganisationalRelationshipLevel previous = policy.level(steps);
    for (ProcurementStep step : ProcurementStep.values()) {
      steps.add(step);
      OrganisationalRelationshipLevel level = policy.level(steps);
      OrganisationalRelationshipLevel before = previous;
      assertTrue(level.isAtLeast(before), () -> before + " fell to " + level);
      previous = level;
    }
    assertEquals(
        OrganisationalRelationshipLevel.STRATEGIC_PARTNER,
        policy.level(EnumSet.allOf(ProcurementStep.class)),
        "every step taken part in is a strategic partnership");
  }

  /**
   * The standard policy, and counting policies with any rising thresholds from 1 to 8 (policies are
   * interfaces, which the kit leaves to their implementations' tests).
   */
  @Provide
  Arbitrary<OrganisationalRelationshipPolicy> policies() {
    Arbitrary<int[]> thresholds =
        Arbitraries.integers()
            .between(1, 8)
            .list()
            .ofSize(4)
            .map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray());
    Arbitrary<OrganisationalRelationshipPolicy> counting =
        thresholds.map(t -> OrganisationalRelationshipPolicy.byStepCounts(t[0], t[1], t[2], t[3]));
    return Arbitraries.oneOf(
        Arbitraries.just(OrganisationalRelationshipPolicy.standard()), counting);
  }
}
