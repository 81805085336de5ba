package org.leadtocash.planning.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleId;

/**
 * A sales director maps the nine selling skills of the workshop's example (DOMAIN D11.7): how
 * important each will be in 2–3 years against how well the team performs it today, and which to
 * develop first.
 */
class SkillMapTest {

  /** The workshop's nine skills, rated 1 (low) to 5 (high): importance, then performance. */
  private static final List<SkillAssessment> TEAM =
      List.of(
          new SkillAssessment("develop the customer's needs in depth", 5, 2), // gap 3
          new SkillAssessment("explain and quantify the benefits", 5, 3), // gap 2
          new SkillAssessment("reach the key decision makers", 4, 2), // gap 2
          new SkillAssessment("win access to senior executives", 4, 1), // gap 3
          new SkillAssessment("keep the internal systems running", 2, 4), // gap -2
          new SkillAssessment("negotiate the price efficiently", 3, 3), // gap 0
          new SkillAssessment("build solid business relationships", 3, 2), // gap 1
          new SkillAssessment("plan the account", 5, 4), // gap 1
          new SkillAssessment("sell against the competitors", 4, 3)); // gap 1

  @Test
  @DisplayName("DOMAIN D11.7: the gaps are ranked largest first, ties to the more important skill")
  void ranking() {
    SkillMap map = SkillMap.of(TEAM);
    assertEquals(RuleId.D11_7, map.rule());

    assertEquals(
        List.of(
            "develop the customer's needs in depth", // 3, importance 5
            "win access to senior executives", // 3, importance 4
            "explain and quantify the benefits", // 2, importance 5
            "reach the key decision makers", // 2, importance 4
            "plan the account", // 1, importance 5
            "sell against the competitors", // 1, importance 4
            "build solid business relationships", // 1, importance 3
            "negotiate the price efficiently", // 0
            "keep the internal systems running"), // -2
        map.ranking().stream().map(SkillGap::skill).toList());
    assertEquals(
        List.of(3, 3, 2, 2, 1, 1, 1, 0, -2), map.ranking().stream().map(SkillGap::gap).toList());
    assertEquals(
        List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), map.ranking().stream().map(SkillGap::rank).toList());
  }

  @Test
  @DisplayName("DOMAIN D11.7: only a positive gap is a development need; develop the largest first")
  void developmentNeeds() {
    SkillMap map = SkillMap.of(TEAM);

    assertEquals(7, map.developmentNeeds().size());
    assertEquals("develop the customer's needs in depth", map.developFirst().orElseThrow().skill());
    SkillGap negotiate = map.find("negotiate the price efficiently").orElseThrow();
    assertFalse(negotiate.isDevelopmentNeed());
    assertEquals(
        "8. negotiate the price efficiently: importance 3, performance 3, gap 0 — no development"
            + " need",
        negotiate.explanation());
    assertEquals(
        "1. develop the customer's needs in depth: importance 5, performance 2, gap 3 — develop",
        map.explanation().lines().findFirst().orElseThrow());
    assertEquals(9, map.explanation().lines().count());
    assertEquals(Optional.empty(), map.find("cold calling"));
  }

  @Test
  @DisplayName("DOMAIN D11.7: a team that masters every skill has nothing to develop first")
  void noNeed() {
    SkillMap map =
        SkillMap.of(
            List.of(
                new SkillAssessment("plan the account", 3, 5),
                new SkillAssessment("listen", 4, 4)));
    assertTrue(map.developmentNeeds().isEmpty());
    assertTrue(map.developFirst().isEmpty());
    assertEquals("no skill assessed", SkillMap.of(List.of()).explanation());
  }

  @Test
  @DisplayName("DOMAIN D11.7: the ranking does not depend on the order the skills are given")
  void orderIndependent() {
    List<SkillAssessment> shuffled = new ArrayList<>(TEAM);
    Collections.reverse(shuffled);
    assertEquals(SkillMap.of(TEAM).ranking(), SkillMap.of(shuffled).ranking());
  }

  @Test
  @DisplayName("DOMAIN D11.7: the selling process follows the buying cycle stage by stage")
  void buyingCycle() {
    assertEquals(
        List.of(
            "recognise the need",
            "evaluate the options",
            "decide",
            "implement",
            "resolve the problems"),
        List.of(BuyingCycleStage.values()).stream().map(BuyingCycleStage::label).toList());
    assertEquals(Optional.of(BuyingCycleStage.DECIDE), BuyingCycleStage.EVALUATE_OPTIONS.next());
    assertEquals(Optional.empty(), BuyingCycleStage.RESOLVE_PROBLEMS.next());
    assertTrue(BuyingCycleStage.RECOGNISE_NEED.sellingTask().contains("uncover the need"));
  }

  @Test
  @DisplayName(
      "DOMAIN D11.7: ratings off the 1-5 scale, blank skills and repeated skills are refused")
  void refusals() {
    IllegalArgumentException high =
        assertThrows(IllegalArgumentException.class, () -> new SkillAssessment("listen", 6, 3));
    assertTrue(high.getMessage().contains("importance of listen is rated from 1 to 5"));
    assertTrue(high.getMessage().contains("DOMAIN D11.7"));
    IllegalArgumentException low =
        assertThrows(IllegalArgumentException.class, () -> new SkillAssessment("listen", 3, 0));
    assertTrue(low.getMessage().contains("performance of listen"));
    assertThrows(IllegalArgumentException.class, () -> new SkillAssessment(" ", 3, 3));
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SkillMap.of(
                    List.of(
                        new SkillAssessment("listen", 3, 3), new SkillAssessment("listen", 4, 2))));
    assertTrue(
        twice.getMessage().contains("(DOMAIN D11.7): listen is assessed twice"),
        twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SkillGap(0, TEAM.get(0)));
  }
}
