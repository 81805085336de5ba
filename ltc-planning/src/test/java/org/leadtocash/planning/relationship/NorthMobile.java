package org.leadtocash.planning.relationship;

import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.DepartmentKind;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.relationship.CustomerDepartment;
import org.leadtocash.domain.relationship.RelationshipLayer;
import org.leadtocash.domain.testing.Grades;

/**
 * The relationship plan of the account team at North Mobile, a grade-S operator where our new 5G
 * core is still to break in (DOMAIN D10.1): the fixtures the scenarios share.
 */
final class NorthMobile {

  static final CustomerId NORTH_MOBILE = CustomerId.of("CU-NM");
  static final RelationshipPlanId PLAN = RelationshipPlanId.of("RP-NM-2027");
  static final EmployeeId WANG = EmployeeId.of("E-WANG");
  static final EmployeeId LI = EmployeeId.of("E-LI");
  static final EmployeeId CHEN = EmployeeId.of("E-CHEN");
  static final EmployeeId ZHAO = EmployeeId.of("E-ZHAO");
  static final EmployeeId SUN = EmployeeId.of("E-SUN");
  static final EmployeeId MANAGER = EmployeeId.of("E-DIRECTOR");
  static final CompetitorId RIVAL = CompetitorId.of("CO-RIVAL");
  static final OpportunityId CORE = OpportunityId.of("OP-CORE-2027");
  static final PersonId CEO = PersonId.of("P-CEO");
  static final PersonId CTO = PersonId.of("P-CTO");
  static final PersonId PROCUREMENT = PersonId.of("P-PD");
  static final PersonId NETWORK = PersonId.of("P-NET");
  static final PersonId ENGINEER = PersonId.of("P-ENG");
  static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
  static final LocalDate START = LocalDate.of(2027, 1, 4);

  private NorthMobile() {}

  static Instant day(int days) {
    return T0.plusSeconds(86_400L * days);
  }

  static PlanScope scope() {
    return PlanScope.customer("North Mobile", NORTH_MOBILE);
  }

  /** 30 % of the 5G core, suppression ratio 0.25 against the rival, one hilltop project. */
  static MarketTargets targets() {
    return targets("0.30");
  }

  static MarketTargets targets(String share) {
    return profitOnly()
        .share(
            ShareTarget.withCustomer(
                NORTH_MOBILE, "5G core", OfferingKind.PRODUCT, new BigDecimal(share)))
        .competition(new CompetitionTarget(RIVAL, new BigDecimal("0.25"), false))
        .hilltop(new HilltopTarget(CORE, NORTH_MOBILE, "provincial 5G core"))
        .build();
  }

  static MarketTargets.Builder profitOnly() {
    return MarketTargets.builder()
        .profit(ProfitMeasure.REVENUE, cny(120_000_000))
        .profit(ProfitMeasure.PROFIT, cny(18_000_000))
        .profit(ProfitMeasure.COLLECTION, cny(110_000_000))
        .profit(ProfitMeasure.ORDERS, cny(150_000_000));
  }

  static RelationshipAnalysis.Builder analysisWithoutProblems() {
    RelationshipAnalysis.Builder analysis =
        RelationshipAnalysis.builder()
            .ours(RelationshipLayer.KEY, "the CEO and the head of network back us")
            .ours(
                RelationshipLayer.GENERAL, "good with planning and maintenance, none with finance")
            .ours(RelationshipLayer.ORGANISATIONAL, "key supplier: we take part in four steps")
            .competitors(RelationshipLayer.KEY, "the procurement director is theirs")
            .competitors(RelationshipLayer.GENERAL, "strong with finance")
            .competitors(RelationshipLayer.ORGANISATIONAL, "partner since the 4G roll-out")
            .competitor(CompetitorAspect.TARGETS, "keep 70 % of the core network")
            .competitor(CompetitorAspect.STRATEGY, "price the 5G core as an upgrade")
            .competitor(CompetitorAspect.ORGANISATION, "a system department on site")
            .competitor(CompetitorAspect.STAFFING, "twelve people on the account")
            .competitor(CompetitorAspect.KPIS, "share of the core network")
            .competitor(CompetitorAspect.STRENGTHS, "installed base, finance relationships");
    return analysis;
  }

  static RelationshipAnalysis analysis() {
    return analysisWithoutProblems()
        .competitor(CompetitorAspect.PROBLEMS, "slow delivery in the last two projects")
        .macro("the regulator opens the 5G core to a second vendor")
        .build();
  }

  static Transition<RelationshipPlan, RelationshipPlanEvent> opened() {
    return RelationshipPlan.open(PLAN, scope(), WANG, MANAGER, T0);
  }

  /** The plan at step 3, its targets derived by the standard policy. */
  static Transition<RelationshipPlan, RelationshipPlanEvent> derived() {
    return opened()
        .then(p -> p.inheritMarketTargets(targets(), day(1)))
        .then(p -> p.recordAnalysis(analysis(), day(8)))
        .then(p -> p.deriveTargets(RelationshipTargetPolicy.standard(), day(9)));
  }

  /** The plan at step 4 with a strategy for every target. */
  static Transition<RelationshipPlan, RelationshipPlanEvent> withStrategies() {
    Transition<RelationshipPlan, RelationshipPlanEvent> plan = derived();
    List<RelationshipTarget> targets = plan.state().targets();
    return plan.then(
            p ->
                p.adoptStrategy(
                    RelationshipStrategy.forPerson(
                        targets.get(0), NORTH_MOBILE, PROCUREMENT, "invite to the showcase site"),
                    day(10)))
        .then(
            p ->
                p.adoptStrategy(
                    RelationshipStrategy.forPerson(
                        targets.get(1), NORTH_MOBILE, CTO, "joint innovation on network slicing"),
                    day(10)))
        .then(
            p ->
                p.adoptStrategy(
                    RelationshipStrategy.forDepartment(
                        targets.get(2),
                        NORTH_MOBILE,
                        CustomerDepartment.of(DepartmentKind.PROCUREMENT),
                        "take part in supplier certification"),
                    day(11)))
        .then(
            p ->
                p.adoptStrategy(
                    RelationshipStrategy.forDepartment(
                        targets.get(3),
                        NORTH_MOBILE,
                        CustomerDepartment.of(DepartmentKind.FINANCE),
                        "quarterly topic exchange on the cost of ownership"),
                    day(12)));
  }

  /** North Mobile's attestation of its grade S, issued by the graded customer (DOMAIN D6.2). */
  static GradeAttestation gradeS() {
    return Grades.attested(NORTH_MOBILE, CustomerGrade.S);
  }

  /** The grades the staffed customers attest: North Mobile's S. */
  static List<GradeAttestation> grades() {
    return List.of(gradeS());
  }

  /** North Mobile: grade S, relationships new, so 5 people and an expert owner. */
  static CustomerStaffing staffing() {
    return CustomerStaffing.of(gradeS(), Maturity.NEW, WANG, Ability.EXPERT, LI, CHEN, ZHAO, SUN);
  }

  static Transition<RelationshipPlan, RelationshipPlanEvent> executing() {
    return withStrategies()
        .then(
            p ->
                p.startExecution(
                    START, List.of(staffing()), grades(), StaffingPolicy.standard(), day(60)));
  }
}
