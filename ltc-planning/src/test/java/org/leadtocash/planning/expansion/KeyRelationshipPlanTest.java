package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.planning.expansion.NorthMobile.ACME;
import static org.leadtocash.planning.expansion.NorthMobile.CHAIN;
import static org.leadtocash.planning.expansion.NorthMobile.CHIEF_ENGINEER;
import static org.leadtocash.planning.expansion.NorthMobile.CTO;
import static org.leadtocash.planning.expansion.NorthMobile.DEPUTY_OM;
import static org.leadtocash.planning.expansion.NorthMobile.LI;
import static org.leadtocash.planning.expansion.NorthMobile.PLANNING;
import static org.leadtocash.planning.expansion.NorthMobile.PRESIDENT;
import static org.leadtocash.planning.expansion.NorthMobile.PROCUREMENT;
import static org.leadtocash.planning.expansion.NorthMobile.WU;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.customer.MaslowLevel;
import org.leadtocash.domain.relationship.InfluenceStrength;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;

/**
 * The account manager E-LI plans North Mobile's key relationships for the core-network tender
 * (DOMAIN D10.2) and has the plan reviewed for the six pitfalls: the first draft falls into three,
 * the revision clears them all.
 */
class KeyRelationshipPlanTest {

  private static final EmployeeId ZHANG = EmployeeId.of("E-ZHANG");
  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
  private static final String TENDER = "win the 2027 core-network tender";

  /**
   * The first draft: the CTO, the president, the procurement director and the head of planning are
   * targeted; the chief engineer, who sways the CTO strongly, and the deputy head of O&amp;M, one
   * of tomorrow's stars, are not; the procurement director's career need is not recorded.
   */
  private static KeyRelationshipPlan.Builder draft() {
    return KeyRelationshipPlan.builder(CHAIN)
        .target(
            KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE, TENDER)
                .withNeed(MaslowLevel.SELF_ACTUALISATION))
        .target(
            KeyPersonTarget.of(PRESIDENT, ZHANG, KeyRelationshipLevel.SUPPORTIVE, TENDER)
                .withNeed(MaslowLevel.ESTEEM))
        .target(
            KeyPersonTarget.of(
                PROCUREMENT, LI, KeyRelationshipLevel.FAVOURABLE, "pass the vendor qualification"))
        .target(
            KeyPersonTarget.of(PLANNING, WU, KeyRelationshipLevel.SUPPORTIVE, TENDER)
                .withNeed(MaslowLevel.ESTEEM))
        .competitor(ACME)
        .standing(Standing.of(CTO, KeyRelationshipLevel.SUPPORTIVE, KeyRelationshipLevel.ACCEPTED))
        .standing(
            Standing.of(PRESIDENT, KeyRelationshipLevel.ACCEPTED, KeyRelationshipLevel.FAVOURABLE))
        .standing(
            Standing.of(
                PROCUREMENT, KeyRelationshipLevel.CONTACTED, KeyRelationshipLevel.CONTACTED))
        .standing(
            Standing.of(PLANNING, KeyRelationshipLevel.FAVOURABLE, KeyRelationshipLevel.ACCEPTED))
        .star(DEPUTY_OM)
        .resources(new Resources(Period.ofMonths(6), List.of("executive visit", "showcase")))
        .action(
            PlannedAction.of("invite to the Shenzhen showcase", ActionFocus.TARGETS, CTO, LI, JUNE))
        .action(
            PlannedAction.of(
                "executive summit with our president",
                ActionFocus.PATH_OF_APPROACH,
                PRESIDENT,
                ZHANG,
                JUNE))
        .action(
            PlannedAction.of(
                "learn the qualification schedule",
                ActionFocus.INFORMATION_FLOW,
                PROCUREMENT,
                LI,
                JUNE))
        .action(
            PlannedAction.of(
                "joint planning workshop", ActionFocus.DECISION_CHAIN, PLANNING, WU, JUNE));
  }

  @Test
  @DisplayName(
      "DOMAIN D10.2: the draft's review finds the hidden chain, career needs and stars pitfalls"
          + " with the people behind them, and clears the other three with their evidence")
  void draftReview() {
    PlanReview review = draft().build().review();

    assertEquals(RuleId.D10_2, review.rule());
    assertEquals(6, review.findings().size());
    assertEquals(
        List.of(
            Pitfall.HIDDEN_CHAIN_IGNORED,
            Pitfall.CAREER_NEEDS_IGNORED,
            Pitfall.STARS_NOT_DEVELOPED),
        review.found());
    assertFalse(review.isClear());

    // P-5 sways the CTO strongly and is left out; P-4 (medium) is targeted; P-6 (weak) is below
    // the standard threshold, medium
    assertEquals(
        List.of("P-5 (Chief Engineer) influences P-2 (strong) and is not targeted"),
        review.finding(Pitfall.HIDDEN_CHAIN_IGNORED).evidence());
    assertEquals(
        List.of(
            "main competitor CO-ACME assessed for every targeted person",
            "P-2: ours supportive, not exclusive, competitor's accepted",
            "P-1: ours accepted, competitor's favourable",
            "P-3: ours contacted, competitor's contacted",
            "P-4: ours favourable, competitor's accepted",
            "our strongholds: P-2, P-4",
            "the competitor's strongholds: P-1"),
        review.finding(Pitfall.COMPETITOR_IGNORED).evidence());
    assertFalse(review.finding(Pitfall.COMPETITOR_IGNORED).found());
    assertEquals(
        List.of("P-3: no career need recorded"),
        review.finding(Pitfall.CAREER_NEEDS_IGNORED).evidence());
    // the decider aims at exclusive support, the approver at support: both at least supportive
    assertEquals(
        List.of(
            "4 people targeted, at least 2",
            "P-1 (President) (approver) aimed at supportive, not exclusive",
            "P-2 (CTO) (decider) aimed at supportive and exclusive"),
        review.finding(Pitfall.TOO_SHALLOW).evidence());
    assertEquals(
        List.of("P-6 is one of tomorrow's stars and is not targeted"),
        review.finding(Pitfall.STARS_NOT_DEVELOPED).evidence());
    assertEquals(
        List.of(
            "resources weighed over P6M",
            "4 actions, each with an owner and a review date; every targeted person has one"),
        review.finding(Pitfall.RULES_NOT_FOLLOWED).evidence());
    assertEquals(
        "hidden decision chain ignored: found — P-5 (Chief Engineer) influences P-2 (strong) and"
            + " is not targeted",
        review.explanation().lines().findFirst().orElseThrow());
    assertEquals(6, review.explanation().lines().count());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.2: the revised plan targets the chief engineer, the head of planning and the"
          + " star, and is clear; strongholds are where our level is above the competitor's")
  void revisedPlanIsClear() {
    KeyRelationshipPlan plan =
        KeyRelationshipPlan.builder(CHAIN)
            .target(
                KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE, TENDER)
                    .withNeed(MaslowLevel.SELF_ACTUALISATION))
            .target(
                KeyPersonTarget.of(PRESIDENT, ZHANG, KeyRelationshipLevel.SUPPORTIVE, TENDER)
                    .withNeed(MaslowLevel.ESTEEM))
            .target(
                KeyPersonTarget.of(PLANNING, WU, KeyRelationshipLevel.SUPPORTIVE, TENDER)
                    .withNeed(MaslowLevel.ESTEEM))
            .target(
                KeyPersonTarget.of(CHIEF_ENGINEER, WU, KeyRelationshipLevel.ACCEPTED, TENDER)
                    .withNeed(MaslowLevel.SOCIAL))
            .target(
                KeyPersonTarget.of(DEPUTY_OM, WU, KeyRelationshipLevel.FAVOURABLE, TENDER)
                    .withNeed(MaslowLevel.SELF_ACTUALISATION))
            .competitor(ACME)
            .standing(
                Standing.of(CTO, KeyRelationshipLevel.SUPPORTIVE, KeyRelationshipLevel.ACCEPTED))
            .standing(
                Standing.of(
                    PRESIDENT, KeyRelationshipLevel.ACCEPTED, KeyRelationshipLevel.FAVOURABLE))
            .standing(
                Standing.of(
                    PLANNING, KeyRelationshipLevel.FAVOURABLE, KeyRelationshipLevel.ACCEPTED))
            .standing(
                Standing.of(
                    CHIEF_ENGINEER, KeyRelationshipLevel.OPPOSED, KeyRelationshipLevel.SUPPORTIVE))
            .standing(
                Standing.of(
                    DEPUTY_OM, KeyRelationshipLevel.ACCEPTED, KeyRelationshipLevel.ACCEPTED))
            .star(DEPUTY_OM)
            .resources(new Resources(Period.ofMonths(6), List.of()))
            .action(PlannedAction.of("showcase", ActionFocus.TARGETS, CTO, LI, JUNE))
            .action(PlannedAction.of("summit", ActionFocus.TARGETS, PRESIDENT, ZHANG, JUNE))
            .action(PlannedAction.of("workshop", ActionFocus.DECISION_CHAIN, PLANNING, WU, JUNE))
            .action(
                PlannedAction.of(
                    "technical exchange on O&M tools",
                    ActionFocus.PATH_OF_APPROACH,
                    CHIEF_ENGINEER,
                    WU,
                    JUNE))
            .action(PlannedAction.of("training in Xi'an", ActionFocus.TARGETS, DEPUTY_OM, WU, JUNE))
            .build();

    PlanReview review = plan.review();

    assertTrue(review.isClear(), review::explanation);
    assertEquals(List.of(), review.found());
    assertEquals(
        List.of(
            "every decision role is mapped",
            "P-4 (Head of Planning) influences P-2 (medium) and is targeted",
            "P-5 (Chief Engineer) influences P-2 (strong) and is targeted"),
        review.finding(Pitfall.HIDDEN_CHAIN_IGNORED).evidence());
    assertEquals(
        List.of("tomorrow's stars targeted: P-6"),
        review.finding(Pitfall.STARS_NOT_DEVELOPED).evidence());
    assertEquals(List.of(CTO, PLANNING), plan.strongholds());
    assertEquals(List.of(PRESIDENT, CHIEF_ENGINEER), plan.competitorStrongholds());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.2: a plan with the chain alone falls into every pitfall but the hidden chain's,"
          + " each with the missing step as evidence")
  void emptyPlan() {
    PlanReview review = KeyRelationshipPlan.builder(CHAIN).build().review();

    assertEquals(
        List.of(
            Pitfall.HIDDEN_CHAIN_IGNORED,
            Pitfall.COMPETITOR_IGNORED,
            Pitfall.TOO_SHALLOW,
            Pitfall.STARS_NOT_DEVELOPED,
            Pitfall.RULES_NOT_FOLLOWED),
        review.found());
    assertEquals(
        List.of(
            "P-4 (Head of Planning) influences P-2 (medium) and is not targeted",
            "P-5 (Chief Engineer) influences P-2 (strong) and is not targeted"),
        review.finding(Pitfall.HIDDEN_CHAIN_IGNORED).evidence());
    assertEquals(
        List.of("no main competitor is named"),
        review.finding(Pitfall.COMPETITOR_IGNORED).evidence());
    assertEquals(
        List.of("no one is targeted yet"), review.finding(Pitfall.CAREER_NEEDS_IGNORED).evidence());
    assertEquals(
        List.of(
            "0 people are targeted, fewer than 2: the account hangs on too few relationships",
            "no decider or approver of the chain is targeted"),
        review.finding(Pitfall.TOO_SHALLOW).evidence());
    assertEquals(
        List.of("no one is named as one of tomorrow's stars"),
        review.finding(Pitfall.STARS_NOT_DEVELOPED).evidence());
    assertEquals(
        List.of("the resources are not weighed: no cycle, nothing available"),
        review.finding(Pitfall.RULES_NOT_FOLLOWED).evidence());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.2: the rules pitfall names each action without an owner or review date and each"
          + " target without an action; an unassessed competitor level is found per person")
  void rulesAndCompetitorEvidence() {
    KeyRelationshipPlan plan =
        draft()
            .standing(Standing.oursOnly(DEPUTY_OM, KeyRelationshipLevel.CONTACTED))
            .target(KeyPersonTarget.of(DEPUTY_OM, WU, KeyRelationshipLevel.FAVOURABLE, TENDER))
            .action(
                new PlannedAction(
                    "lunch", ActionFocus.TARGETS, PLANNING, Optional.empty(), Optional.of(JUNE)))
            .action(
                new PlannedAction(
                    "visit", ActionFocus.TARGETS, CTO, Optional.of(LI), Optional.empty()))
            .build();

    PlanReview review = plan.review();

    assertEquals(
        List.of(
            "P-6 is targeted without an action",
            "'lunch' towards P-4 has no owner",
            "'visit' towards P-2 has no review date"),
        review.finding(Pitfall.RULES_NOT_FOLLOWED).evidence());
    assertEquals(
        List.of("P-6: the competitor's relationship is not assessed"),
        review.finding(Pitfall.COMPETITOR_IGNORED).evidence());
    assertTrue(review.finding(Pitfall.COMPETITOR_IGNORED).found());
    assertFalse(review.finding(Pitfall.STARS_NOT_DEVELOPED).found(), "P-6 is targeted now");
  }

  @Test
  @DisplayName(
      "DOMAIN D10.2: a host's stricter thresholds find the draft too shallow and count weak"
          + " influence as part of the hidden chain")
  void stricterThresholds() {
    PitfallPolicy strict =
        PitfallPolicy.withThresholds(
            InfluenceStrength.WEAK, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE, 5);

    PlanReview review = draft().build().review(strict);

    assertEquals(
        List.of(
            "P-5 (Chief Engineer) influences P-2 (strong) and is not targeted",
            "P-6 (Deputy Head of O&M) influences P-4 (weak) and is not targeted"),
        review.finding(Pitfall.HIDDEN_CHAIN_IGNORED).evidence());
    assertEquals(
        List.of(
            "4 people are targeted, fewer than 5: the account hangs on too few relationships",
            "P-1 (President) (approver) aimed at supportive, not exclusive, below supportive and"
                + " exclusive"),
        review.finding(Pitfall.TOO_SHALLOW).evidence());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PitfallPolicy.withThresholds(InfluenceStrength.WEAK, KeyRelationshipLevel.OPPOSED, 0));
  }

  @Test
  @DisplayName("DOMAIN D10.2: a decider aimed below support makes the relationships too shallow")
  void shallowDecider() {
    KeyRelationshipPlan plan =
        KeyRelationshipPlan.builder(CHAIN)
            .target(KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.FAVOURABLE, TENDER))
            .target(KeyPersonTarget.of(PLANNING, WU, KeyRelationshipLevel.ACCEPTED, TENDER))
            .build();

    assertEquals(
        List.of("P-2 (CTO) (decider) aimed at favourable, below supportive, not exclusive"),
        plan.review().finding(Pitfall.TOO_SHALLOW).evidence());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.2: a plan about people outside its decision chain, or about a person twice, is"
          + " refused naming the rule")
  void refusals() {
    PersonId stranger = PersonId.of("P-99");
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KeyRelationshipPlan.builder(CHAIN)
                    .target(KeyPersonTarget.of(stranger, LI, KeyRelationshipLevel.ACCEPTED, "x"))
                    .build());
    assertEquals(
        "a key-relationship plan targets P-99, who is not in its decision chain of CU-NORTH"
            + " (DOMAIN D10.2)",
        outside.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                draft()
                    .target(KeyPersonTarget.of(CTO, WU, KeyRelationshipLevel.ACCEPTED, "x"))
                    .build());
    assertTrue(twice.getMessage().contains("targets P-2 once, not twice (DOMAIN D10.2)"));
    IllegalArgumentException noCompetitor =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KeyRelationshipPlan.builder(CHAIN)
                    .standing(
                        Standing.of(
                            CTO, KeyRelationshipLevel.ACCEPTED, KeyRelationshipLevel.ACCEPTED))
                    .build());
    assertTrue(noCompetitor.getMessage().contains("named main competitor (DOMAIN D10.2)"));
    assertThrows(
        IllegalArgumentException.class,
        () -> KeyRelationshipPlan.builder(CHAIN).star(stranger).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            KeyRelationshipPlan.builder(CHAIN)
                .action(PlannedAction.of("x", ActionFocus.TARGETS, stranger, LI, JUNE))
                .build());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () -> KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.ACCEPTED, " "));
    assertTrue(blank.getMessage().contains("(DOMAIN D10.2)"));
    assertThrows(
        IllegalArgumentException.class, () -> new Resources(Period.ZERO, List.of("showcase")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Resources(Period.of(0, 6, -1), List.of("showcase")));
  }

  @Test
  @DisplayName("DOMAIN D7.8: a target's career need is personal data and never printed")
  void needIsNotPrinted() {
    KeyPersonTarget target =
        KeyPersonTarget.of(CTO, LI, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE, TENDER)
            .withNeed(MaslowLevel.SELF_ACTUALISATION);
    assertEquals(
        "P-2 → supportive and exclusive, owned by E-LI (win the 2027 core-network tender), need"
            + " recorded",
        target.toString());
    assertFalse(draft().build().toString().contains("Wang Gang"));
  }
}
