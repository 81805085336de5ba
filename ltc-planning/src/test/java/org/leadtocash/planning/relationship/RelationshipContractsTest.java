package org.leadtocash.planning.relationship;

import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.planning.relationship.NorthMobile.CTO;
import static org.leadtocash.planning.relationship.NorthMobile.MANAGER;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.WANG;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.relationship.CustomerDepartment;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the relationship package's public types (DOMAIN D10.1, D10.4). */
class RelationshipContractsTest {

  private static final RelationshipTarget TARGET =
      RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE, 2, "backing");

  private static NullPointerTester tester() {
    RelationshipPlan running = NorthMobile.executing().state();
    return DomainTesters.nullPointerTester()
        .setDefault(RuleId.class, RuleId.D10_1)
        .setDefault(RelationshipPlanId.class, NorthMobile.PLAN)
        .setDefault(RelationshipPlan.class, running)
        .setDefault(PlanningStep.class, PlanningStep.SET_STRATEGIES)
        .setDefault(MonitoringActivity.class, MonitoringActivity.HALF_YEAR_COACHING)
        .setDefault(PlanScope.class, NorthMobile.scope())
        .setDefault(MarketTargets.class, NorthMobile.targets())
        .setDefault(RelationshipAnalysis.class, NorthMobile.analysis())
        .setDefault(RelationshipTarget.class, TARGET)
        .setDefault(
            RelationshipStrategy.class,
            RelationshipStrategy.forPerson(TARGET, NORTH_MOBILE, CTO, "dinner"))
        .setDefault(CustomerStaffing.class, NorthMobile.staffing())
        .setDefault(GradeAttestation.class, NorthMobile.gradeS())
        .setDefault(StaffingNorm.class, new StaffingNorm(NORTH_MOBILE, 1, Ability.JUNIOR))
        .setDefault(StaffingPolicy.class, StaffingPolicy.standard())
        .setDefault(RelationshipTargetPolicy.class, RelationshipTargetPolicy.standard())
        .setDefault(
            HeldMonitoring.class,
            new HeldMonitoring(MonitoringActivity.WEEKLY_MEETING, START, MANAGER, "review"))
        .setDefault(
            MonitoringDue.class,
            running
                .monitoringDue(START.plusDays(8))
                .orElseThrow()
                .entry(MonitoringActivity.WEEKLY_MEETING))
        .setDefault(CustomerDepartment.class, CustomerDepartment.of(DepartmentKind.FINANCE))
        .setDefault(CurrentRelationships.class, RelationshipGapTest.today())
        .setDefault(DecisionChain.class, RelationshipGapTest.chain())
        .setDefault(
            GapCandidate.class, new GapCandidate(NORTH_MOBILE, Optional.empty(), "key supplier"))
        .setDefault(TargetGap.class, new TargetGap(TARGET, 1, List.of()))
        .setDefault(
            ShareTarget.class,
            ShareTarget.regional("5G core", OfferingKind.PRODUCT, BigDecimal.ONE))
        .setDefault(
            CompetitionTarget.class,
            new CompetitionTarget(NorthMobile.RIVAL, BigDecimal.ONE, false))
        .setDefault(HilltopTarget.class, new HilltopTarget(NorthMobile.CORE, NORTH_MOBILE, "core"));
  }

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester = tester();
    List<Class<?>> types =
        List.of(
            RelationshipPlanId.class,
            PlanScope.class,
            ShareTarget.class,
            CompetitionTarget.class,
            HilltopTarget.class,
            MarketTargets.class,
            RelationshipAnalysis.class,
            RelationshipTarget.class,
            RelationshipTargetPolicy.class,
            RelationshipStrategy.class,
            CustomerStaffing.class,
            StaffingNorm.class,
            StaffingPolicy.class,
            HeldMonitoring.class,
            MonitoringDue.class,
            MonitoringSchedule.class,
            CurrentRelationships.class,
            GapCandidate.class,
            TargetGap.class,
            RelationshipGap.class,
            RelationshipPlan.class,
            RelationshipPlanOpened.class,
            MarketTargetsInherited.class,
            RelationshipsAnalysed.class,
            RelationshipTargetsSet.class,
            StrategyAdopted.class,
            PlanExecutionStarted.class,
            MonitoringRecorded.class,
            MarketTargetsRevised.class);
    for (Class<?> type : types) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    RelationshipPlan running = NorthMobile.executing().state();
    for (Object instance :
        List.of(
            running,
            NorthMobile.derived().state(),
            NorthMobile.scope(),
            NorthMobile.targets(),
            MarketTargets.builder(),
            NorthMobile.analysis(),
            RelationshipAnalysis.builder(),
            CurrentRelationships.builder(),
            RelationshipGapTest.today(),
            new StaffingNorm(NORTH_MOBILE, 2, Ability.SENIOR),
            running.monitoringDue(START.plusYears(1)).orElseThrow(),
            RelationshipTargetPolicy.standard(),
            StaffingPolicy.standard())) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  @DisplayName("values are equal by their components")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(NorthMobile.targets(), NorthMobile.targets())
        .addEqualityGroup(NorthMobile.targets("0.40"))
        .addEqualityGroup(
            new MarketTargets(
                Map.of(ProfitMeasure.ORDERS, cny(1)), List.of(), Optional.empty(), List.of()),
            MarketTargets.builder().profit(ProfitMeasure.ORDERS, cny(1)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(NorthMobile.analysis(), NorthMobile.analysis())
        .addEqualityGroup(
            RelationshipAnalysis.builder().ours(RelationshipLayer.KEY, "strong").build(),
            new RelationshipAnalysis(
                Map.of(RelationshipLayer.KEY, "strong"), Map.of(), Map.of(), Optional.empty()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            TARGET, RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE, 2, "backing"))
        .addEqualityGroup(
            RelationshipTarget.customers(OrganisationalRelationshipLevel.PARTNER, 2, "backing"))
        .addEqualityGroup(RelationshipTarget.general(GeneralRelationshipGrade.GOOD, 2, "backing"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(NorthMobile.executing().state(), NorthMobile.executing().state())
        .addEqualityGroup(NorthMobile.derived().state())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PlanScope.customer("North Mobile", NORTH_MOBILE),
            new PlanScope(ScopeKind.CUSTOMER, "North Mobile", Set.of(NORTH_MOBILE)))
        .addEqualityGroup(PlanScope.region("North Mobile", List.of(NORTH_MOBILE)))
        .addEqualityGroup(PlanScope.region("North", List.of(NORTH_MOBILE, CustomerId.of("CU-E"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new HeldMonitoring(
                MonitoringActivity.QUARTERLY_SELF_CHECK, LocalDate.of(2027, 4, 5), WANG, "ok"),
            new HeldMonitoring(
                MonitoringActivity.QUARTERLY_SELF_CHECK, LocalDate.of(2027, 4, 5), WANG, "ok"))
        .addEqualityGroup(
            new HeldMonitoring(
                MonitoringActivity.QUARTERLY_SELF_CHECK, LocalDate.of(2027, 4, 6), WANG, "ok"))
        .testEquals();
  }
}
