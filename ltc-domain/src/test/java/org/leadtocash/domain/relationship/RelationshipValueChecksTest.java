package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.DepartmentKind;

/** A key person's own checks, each hit with the smallest invalid value (DOMAIN D7.2, D7.3). */
class RelationshipValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static KeyPerson.Builder cto() {
    return KeyPerson.builder().from(ChainFixtures.cto());
  }

  @Test
  @DisplayName("DOMAIN D7.2: a key person has a name, a title and at least one decision role")
  void keyPersonChecks() {
    assertEquals("CTO", cto().title("CTO").build().title());
    assertEquals("a key person has a name", refused(() -> cto().name(" ").build()));
    assertEquals("a key person has a title", refused(() -> cto().title(" ").build()));
    String noRole =
        refused(() -> KeyPerson.builder().from(ChainFixtures.cto()).roles(Set.of()).build());
    assertTrue(
        noRole.endsWith(
            "holds at least one decision role, or is not part of the decision chain (DOMAIN D7.2)"),
        noRole);
  }

  @Test
  @DisplayName("DOMAIN D7.3: a coach is a supporter; a neutral or unknown-stance coach is refused")
  void coachIsASupporter() {
    assertTrue(cto().stance(Stance.SUPPORTER).coach(true).build().coach());
    String neutral = refused(() -> cto().stance(Stance.NEUTRAL).coach(true).build());
    assertTrue(
        neutral.endsWith(
            "is a coach, who wants us to win, so their stance is supporter, not neutral"
                + " (DOMAIN D7.3)"),
        neutral);
    String unknown =
        refused(
            () ->
                KeyPerson.builder()
                    .id(ChainFixtures.cto().id())
                    .name("Qian Hua")
                    .title("CTO")
                    .position(ChainFixtures.cto().position())
                    .roles(ChainFixtures.cto().roles())
                    .stance(Optional.empty())
                    .coach(true)
                    .build());
    assertTrue(
        unknown.endsWith("so their stance is supporter, not unknown (DOMAIN D7.3)"), unknown);
  }

  @Test
  @DisplayName(
      "DOMAIN D7.7: step counts rise from 1 to 8; 1,1,1,1 and 8,8,8,8 hold, 0 and 9 do not")
  void stepCountEdges() {
    assertEquals(
        OrganisationalRelationshipLevel.STRATEGIC_PARTNER,
        OrganisationalRelationshipPolicy.byStepCounts(1, 1, 1, 1)
            .level(EnumSet.of(ProcurementStep.ASSESS_PROBLEM)));
    assertEquals(
        OrganisationalRelationshipLevel.ORDINARY_SUPPLIER,
        OrganisationalRelationshipPolicy.byStepCounts(1, 1, 1, 1)
            .level(EnumSet.noneOf(ProcurementStep.class)));
    assertEquals(
        OrganisationalRelationshipLevel.ORDINARY_SUPPLIER,
        OrganisationalRelationshipPolicy.byStepCounts(8, 8, 8, 8)
            .level(EnumSet.complementOf(EnumSet.of(ProcurementStep.EVALUATE_RESULT))));
    assertEquals(
        OrganisationalRelationshipLevel.STRATEGIC_PARTNER,
        OrganisationalRelationshipPolicy.byStepCounts(8, 8, 8, 8)
            .level(EnumSet.allOf(ProcurementStep.class)));
    String zero = refused(() -> OrganisationalRelationshipPolicy.byStepCounts(0, 5, 7, 8));
    assertEquals(
        "the step counts of the organisational levels rise from 1 to 8 (DOMAIN D7.7), not 0, 5,"
            + " 7, 8",
        zero);
    assertTrue(
        refused(() -> OrganisationalRelationshipPolicy.byStepCounts(6, 5, 7, 8))
            .endsWith("not 6, 5, 7, 8"));
    assertTrue(
        refused(() -> OrganisationalRelationshipPolicy.byStepCounts(3, 8, 7, 8))
            .endsWith("not 3, 8, 7, 8"));
    assertTrue(
        refused(() -> OrganisationalRelationshipPolicy.byStepCounts(3, 5, 8, 7))
            .endsWith("not 3, 5, 8, 7"));
    assertTrue(
        refused(() -> OrganisationalRelationshipPolicy.byStepCounts(3, 5, 7, 9))
            .endsWith("not 3, 5, 7, 9"));
  }

  @Test
  @DisplayName("DOMAIN D7.7: the standard counts 3, 5, 7, 8 at each exact edge")
  void standardStepEdges() {
    OrganisationalRelationshipPolicy policy = OrganisationalRelationshipPolicy.standard();
    ProcurementStep[] all = ProcurementStep.values();
    OrganisationalRelationshipLevel[] expected = {
      OrganisationalRelationshipLevel.ORDINARY_SUPPLIER,
      OrganisationalRelationshipLevel.ORDINARY_SUPPLIER,
      OrganisationalRelationshipLevel.ORDINARY_SUPPLIER,
      OrganisationalRelationshipLevel.QUALIFIED_SUPPLIER,
      OrganisationalRelationshipLevel.QUALIFIED_SUPPLIER,
      OrganisationalRelationshipLevel.KEY_SUPPLIER,
      OrganisationalRelationshipLevel.KEY_SUPPLIER,
      OrganisationalRelationshipLevel.PARTNER,
      OrganisationalRelationshipLevel.STRATEGIC_PARTNER
    };
    for (int n = 0; n <= all.length; n++) {
      EnumSet<ProcurementStep> steps = EnumSet.noneOf(ProcurementStep.class);
      steps.addAll(List.of(all).subList(0, n));
      assertEquals(expected[n], policy.level(steps), n + " steps");
    }
    assertEquals(
        "by steps taken part in: qualified supplier from 3, key supplier from 5, partner from 7,"
            + " strategic partner from 8",
        policy.toString());
  }

  @Test
  @DisplayName("DOMAIN D7.10: a connection path of one contact has no hop and is refused")
  void pathHasAHop() {
    assertEquals(
        "a connection path has at least one hop (DOMAIN D7.10)",
        refused(
            () ->
                new ConnectionPath(
                    List.of(Contact.of(org.leadtocash.domain.common.EmployeeId.of("E-1"))),
                    List.of())));
  }

  @Test
  @DisplayName(
      "DOMAIN D7.2: a coverage report lists the seven roles and the mandatory positions once, in"
          + " order, and each key person once")
  void coverageReportChecks() {
    ChainCoverageReport report =
        ChainFixtures.buyingCentre().coverage(ChainFixtures.levels(), true);
    assertEquals(report, copy(report, report.roles(), report.people(), report.mandatoryPositions()));
    assertTrue(
        refused(
                () ->
                    copy(
                        report,
                        report.roles().subList(1, 7),
                        report.people(),
                        report.mandatoryPositions()))
            .startsWith(
                "a coverage report lists the seven decision roles once, in order (DOMAIN D7.2)"));
    assertTrue(
        refused(
                () ->
                    copy(
                        report,
                        report.roles(),
                        report.people(),
                        report.mandatoryPositions().subList(1, 4)))
            .startsWith(
                "a coverage report checks each mandatory position once, in order (DOMAIN D7.2)"));
    List<PersonCoverage> twice =
        List.of(report.people().get(0), report.people().get(1), report.people().get(0));
    assertEquals(
        "a coverage report lists each key person once",
        refused(() -> copy(report, report.roles(), twice, report.mandatoryPositions())));
  }

  private static ChainCoverageReport copy(
      ChainCoverageReport report,
      List<RoleCoverage> roles,
      List<PersonCoverage> people,
      List<MandatoryPositionCheck> positions) {
    return new ChainCoverageReport(
        report.customer(),
        report.opportunity(),
        report.hilltop(),
        roles,
        people,
        positions,
        report.risks());
  }

  @Test
  @DisplayName(
      "DOMAIN D7.2: a role coverage lists each holder once; a mandatory-position check is of a"
          + " mandatory position, assessed only if held, and says why")
  void coverageLineChecks() {
    PersonId cto = ChainFixtures.CTO;
    assertEquals(List.of(cto), new RoleCoverage(DecisionRole.DECIDER, List.of(cto)).holders());
    assertTrue(
        refused(() -> new RoleCoverage(DecisionRole.DECIDER, List.of(cto, cto)))
            .startsWith("each holder of "));
    assertTrue(
        new MandatoryPositionCheck(PositionKind.CTO, List.of(cto), true, "assessed").assessed());
    assertFalse(
        new MandatoryPositionCheck(PositionKind.COO, List.of(), false, "no one holds it").held());
    assertTrue(
        refused(() -> new MandatoryPositionCheck(PositionKind.MANAGER, List.of(cto), true, "x"))
            .endsWith("is not a mandatory position (DOMAIN D7.2)"));
    assertEquals(
        "a position no one holds is not assessed (DOMAIN D7.2)",
        refused(() -> new MandatoryPositionCheck(PositionKind.COO, List.of(), true, "x")));
    assertEquals(
        "a mandatory position check says why",
        refused(() -> new MandatoryPositionCheck(PositionKind.CTO, List.of(cto), true, " ")));
  }

  @Test
  @DisplayName(
      "DOMAIN D7.2, D7.6: a chain risk says what is wrong; a customer department has a name")
  void reasonsAndNames() {
    assertEquals(
        "no coach", new ChainRisk(ChainRiskKind.NO_COACH_ON_HILLTOP, "no coach").reason());
    assertEquals(
        "a chain risk says what is wrong",
        refused(() -> new ChainRisk(ChainRiskKind.NO_COACH_ON_HILLTOP, "")));
    assertEquals(
        "Network planning", CustomerDepartment.of("Network planning", DepartmentKind.PLANNING).name());
    assertEquals(
        "a customer department has a name",
        refused(() -> CustomerDepartment.of("", DepartmentKind.PLANNING)));
  }

  @Test
  @DisplayName(
      "DESIGN §2: each key-relationship event carries the version it produced, 1 or more")
  void eventVersions() {
    KeyRelationshipId id = RelationshipLevelsFixtures.RELATIONSHIP;
    Instant at = RelationshipLevelsFixtures.day(1);
    KeyRelationshipAssessment scores = RelationshipLevelsFixtures.scores(3, 3, 3, 3, 3, 3);
    String expected = "an event carries the aggregate version it produced, 1 or more, not 0";
    assertEquals(
        1,
        new KeyRelationshipOpened(
                id,
                1,
                RelationshipLevelsFixtures.CUSTOMER,
                RelationshipLevelsFixtures.CTO,
                RelationshipLevelsFixtures.WANG,
                at)
            .version());
    assertEquals(
        expected,
        refused(
            () ->
                new KeyRelationshipOpened(
                    id,
                    0,
                    RelationshipLevelsFixtures.CUSTOMER,
                    RelationshipLevelsFixtures.CTO,
                    RelationshipLevelsFixtures.WANG,
                    at)));
    assertEquals(
        expected,
        refused(
            () ->
                new KeyRelationshipAssessed(
                    id, 0, scores, KeyRelationshipLevel.ACCEPTED, false, at)));
    assertEquals(
        expected,
        refused(
            () ->
                new KeyRelationshipLevelChanged(
                    id, 0, Optional.empty(), KeyRelationshipLevel.ACCEPTED, at)));
    assertEquals(
        expected,
        refused(
            () ->
                new KeyRelationshipTransferred(
                    id, 0, RelationshipLevelsFixtures.WANG, RelationshipLevelsFixtures.LI, at)));
  }
}
