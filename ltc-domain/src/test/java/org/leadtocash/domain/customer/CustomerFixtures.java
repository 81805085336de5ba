package org.leadtocash.domain.customer;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.PersonId;
import org.threeten.extra.YearQuarter;

/** Customers, values and profiles for the customer tests. */
final class CustomerFixtures {

  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final String NAME = "Northern Mobile Group";
  static final PersonId CTO = PersonId.of("P-CTO");
  static final String CTO_NAME = "Liu Wenhua";
  static final String CTO_HOBBY = "long-distance cycling";

  private CustomerFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  static Segment segment() {
    return Segment.of(
        CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION,
        CustomerType.TECHNICALLY_COMPLEX,
        cny(3_000_000));
  }

  static Customer registered() {
    return Customer.register(CUSTOMER, NAME, segment(), day(0)).state();
  }

  static BasicDataAnalysis basicData() {
    return BasicDataAnalysis.of(
        "the largest operator of the north, investing in 5G and cloud",
        BasicDataSource.CUSTOMER_PROFILE,
        BasicDataSource.THIRD_PARTY_REPORT);
  }

  static ValueAssessment value(long current, long longTerm) {
    return ValueAssessment.builder()
        .currentValue(cny(current))
        .longTermValue(cny(longTerm))
        .rationale("profit this year and its five-year investment plan")
        .build();
  }

  static Customer analysed() {
    return registered().analyseBasicData(basicData(), day(1)).state();
  }

  static Customer valued() {
    return analysed().identifyValue(value(3_000_000, 20_000_000), day(2)).state();
  }

  /**
   * The standard customer graded from a date, recorded on day 3 or, for a later date, at 09:00 UTC
   * that day: a grading is recorded once it applies (DOMAIN D6.3).
   */
  static Customer graded(CustomerGrade grade, LocalDate effective) {
    Instant at = later(day(3), nineOn(effective));
    return valued()
        .grade(grade, CustomerCategory.STRATEGIC, GradePolicy.standard(grade), effective, at)
        .state();
  }

  /**
   * A customer of the given id walked through the first three steps and graded: registered on day
   * 0, or at 09:00 UTC on the grading's date if that is earlier, and graded then, or on that date
   * if it is later — a grading applies neither before the registration nor before it is recorded
   * (DOMAIN D6.3).
   */
  static Customer graded(CustomerId id, CustomerGrade grade, LocalDate effective) {
    Instant registered = nineOn(effective).isBefore(day(0)) ? nineOn(effective) : day(0);
    Instant at = later(registered, nineOn(effective));
    return Customer.register(id, "Customer " + id, segment(), registered)
        .then(c -> c.analyseBasicData(basicData(), registered))
        .then(c -> c.identifyValue(value(1_000_000, 2_000_000), registered))
        .then(
            c ->
                c.grade(
                    grade, CustomerCategory.PARTNER, GradePolicy.standard(grade), effective, at))
        .state();
  }

  private static Instant nineOn(LocalDate date) {
    return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  static Customer graded() {
    return graded(CustomerGrade.S, D0);
  }

  static ServiceStrategy strategy() {
    return new ServiceStrategy(
        List.of(ServiceValue.INNOVATION, ServiceValue.RESPONSE_SPEED, ServiceValue.FINANCING),
        "we co-design with their planning department, competitors sell boxes",
        "joint innovation lab, 24-hour response, vendor financing");
  }

  static Customer withStrategy() {
    return graded().decideServiceStrategy(strategy(), day(4)).state();
  }

  static ValueReturnPoint point(int quarter, long expected, long actual, long planned, long done) {
    return ValueReturnPoint.of(
        YearQuarter.of(2025, quarter), cny(expected), cny(actual), cny(planned), cny(done));
  }

  static Money money(long amount) {
    return cny(amount);
  }

  static ExecutiveProfile executive() {
    return ExecutiveProfile.builder()
        .person(CTO)
        .name(CTO_NAME)
        .profile(
            PersonalProfile.builder()
                .position("Chief Technology Officer")
                .addCareerNeeds("a seat on the group board")
                .putNeed(MaslowLevel.ESTEEM, "recognition as the architect of the 5G rollout")
                .addInterests(CTO_HOBBY)
                .addKeyDate(KeyDate.of("birthday", MonthDay.of(Month.MARCH, 14)))
                .build())
        .build();
  }

  static ProcurementDecision procurement() {
    return ProcurementDecision.builder()
        .model("central tender; the board approves above CNY 50m")
        .addKeyRoles("CTO", "procurement director")
        .addProcedure("technical evaluation", "tender", "board approval")
        .build();
  }

  /** Insight into the standard customer: two forces read, the company, a need, both values. */
  static CustomerInsight insight() {
    return CustomerInsight.builder()
        .customer(CUSTOMER)
        .putExternalEnvironment(CompetitiveForce.RIVALRY, "three operators, price war")
        .putExternalEnvironment(CompetitiveForce.SUBSTITUTES, "OTT messaging")
        .overview(
            CompanyOverview.builder()
                .visionAndMission("connect the north")
                .results("flat revenue")
                .addCoreCapabilities("coverage")
                .build())
        .needs(CustomerNeeds.builder().addSolutions("private 5G for ports").build())
        .procurement(procurement())
        .ourValueToThem("lower network energy cost")
        .theirValueToUs("the reference customer of the region")
        .build();
  }

  static Swot swot() {
    return Swot.builder()
        .addStrengths("largest spectrum holding")
        .addWeaknesses("ageing core network")
        .addOpportunities("enterprise private networks")
        .addThreats("a new entrant with low prices")
        .summary("defend the base, grow enterprise")
        .build();
  }

  /** A profile with the summary only. */
  static CustomerProfile summaryOnly() {
    return CustomerProfile.builder()
        .customer(CUSTOMER)
        .summary("our largest customer in the north; defending against a new entrant")
        .build();
  }

  /** A profile with every section and appendix written. */
  static CustomerProfile fullProfile() {
    return CustomerProfile.builder()
        .from(summaryOnly())
        .industry(
            IndustryAnalysis.builder()
                .macroEnvironment("stable regulation, spectrum auctions every five years")
                .addIndustryTrends("5G standalone", "enterprise private networks")
                .competition(
                    CompetitivePosition.builder()
                        .valueChainPosition("network operator")
                        .addCustomers("households", "enterprises", "government")
                        .addMainCompetitors("Eastern Telecom")
                        .stance(CompetitiveStance.DEFENDER)
                        .marketDistribution("62% share in the north")
                        .differentiation("best coverage")
                        .build())
                .summary("a defender in a maturing market")
                .build())
        .strategy(
            StrategyAnalysis.builder()
                .strategicAnalysis("must grow enterprise revenue to offset consumer decline")
                .addCeoFocus("enterprise growth", "cost of the network")
                .businessStrategy("become the enterprise digital partner of the north")
                .publicRelationsStrategy("national champion of digital industry")
                .addPainPoints("energy cost of the radio network")
                .summary("growth has to come from enterprises")
                .build())
        .financials(
            FinancialAnalysis.builder()
                .performance("revenue flat, margin falling two points a year")
                .revenue(cny(80_000_000_000L))
                .profit(cny(9_000_000_000L))
                .spending("capex falling, opex rising with energy prices")
                .capitalSpending(cny(15_000_000_000L))
                .profitModel("subscriptions from households and enterprise connectivity")
                .weakestProduct(
                    new WeakestProduct(
                        "fixed broadband for small businesses",
                        "our managed SD-WAN lets it sell a higher tier"))
                .summary("needs cheaper networks and new enterprise revenue")
                .build())
        .organisation(
            OrganisationAnalysis.builder()
                .structure("group HQ with nine provincial companies")
                .partWorkingWithUs("group network planning and the northern province")
                .procurement(procurement())
                .summary("decisions are central, projects provincial")
                .build())
        .swot(swot())
        .addExecutives(executive())
        .addBusinessSegments(
            new BusinessSegment(
                "enterprise",
                "connectivity and cloud",
                java.util.Optional.of(cny(20_000_000_000L))))
        .addKeyEvents(
            KeyEvent.in(Month.SEPTEMBER, "budget committee"),
            KeyEvent.on(MonthDay.of(Month.MAY, 20), "shareholders' meeting"))
        .addNetworkDetails("42,000 5G sites")
        .addCountries(new CountryAnalysis("China", "stable, state-led investment"))
        .build();
  }

  static CompetitorProfile competitor() {
    return CompetitorProfile.builder()
        .competitor(CompetitorId.of("CO-EAST"))
        .name("Eastern Networks")
        .overallAnalysis("strong in radio, weak in core")
        .productsAndServices("radio access, microwave")
        .customerRelationshipManagement("relationships held by two account managers")
        .operations("delivery through subcontractors")
        .swot(swot())
        .build();
  }
}
