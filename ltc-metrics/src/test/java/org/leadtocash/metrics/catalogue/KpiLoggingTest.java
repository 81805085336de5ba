package org.leadtocash.metrics.catalogue;

import static com.google.common.collect.ImmutableSet.toImmutableSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadtocash.domain.activity.ActivityId;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Clause;
import org.leadtocash.domain.contract.ClauseId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.MilestoneId;
import org.leadtocash.domain.contract.PaymentMilestone;
import org.leadtocash.domain.contract.PaymentTrigger;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.IntangibleScores;
import org.leadtocash.domain.customer.IntangibleValuePolicy;
import org.leadtocash.domain.customer.ServingCosts;
import org.leadtocash.domain.relationship.DecisionChain;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.RoleHolder;
import org.leadtocash.domain.team.RoleKpi;
import org.leadtocash.domain.team.SystemDepartmentSize;
import org.leadtocash.domain.testing.LogCapture;
import org.leadtocash.domain.testing.LogCapture.LogEvent;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.FeedbackSource;
import org.leadtocash.domain.voice.IssueDescription;
import org.leadtocash.domain.voice.IssueId;
import org.leadtocash.domain.voice.SatisfactionDimension;
import org.leadtocash.domain.voice.SatisfactionSurvey;
import org.leadtocash.domain.voice.SurveyKind;
import org.leadtocash.domain.voice.SurveyResponse;
import org.leadtocash.metrics.Kpi;
import org.leadtocash.metrics.OncePerFact;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.customer.AssessedChain;
import org.leadtocash.metrics.customer.CustomerTotalValueSum;
import org.leadtocash.metrics.customer.EscalationRate;
import org.leadtocash.metrics.customer.IssueClosureTime;
import org.leadtocash.metrics.customer.PyramidMembership;
import org.leadtocash.metrics.customer.RelationshipCoverage;
import org.leadtocash.metrics.customer.SatisfactionIndex;
import org.leadtocash.metrics.customer.ValueConcentration;
import org.leadtocash.metrics.dashboard.PipelineFunnel;
import org.leadtocash.metrics.dashboard.SalesWatch;
import org.leadtocash.metrics.efficiency.RevenueGeneratingTimeShare;
import org.leadtocash.metrics.efficiency.SalesLossWaterfall;
import org.leadtocash.metrics.efficiency.SalesTimeEntry;
import org.leadtocash.metrics.efficiency.SalesTimeKind;
import org.leadtocash.metrics.efficiency.TargetAccount;
import org.leadtocash.metrics.efficiency.VisitsPerWeek;
import org.leadtocash.metrics.finance.CollectionRate;
import org.leadtocash.metrics.finance.OperatingUnit;
import org.leadtocash.metrics.finance.Orders;
import org.leadtocash.metrics.finance.OverdueReceivables;
import org.leadtocash.metrics.finance.Profit;
import org.leadtocash.metrics.finance.ProfitRecord;
import org.leadtocash.metrics.finance.Revenue;
import org.leadtocash.metrics.finance.UnitKind;
import org.leadtocash.metrics.sales.CustomerSpend;
import org.leadtocash.metrics.sales.DecisionCycle;
import org.leadtocash.metrics.sales.DecisionTimeliness;
import org.leadtocash.metrics.sales.HeadToHead;
import org.leadtocash.metrics.sales.LeadConversionRate;
import org.leadtocash.metrics.sales.MarketShare;
import org.leadtocash.metrics.sales.PipelineCoverage;
import org.leadtocash.metrics.sales.ShareOfWallet;
import org.leadtocash.metrics.sales.SuppressionRatio;
import org.leadtocash.metrics.sales.WinRate;
import org.leadtocash.metrics.team.PoolTimeEntry;
import org.leadtocash.metrics.team.PoolUtilisation;
import org.leadtocash.metrics.team.RoleKpiMeasurement;
import org.leadtocash.metrics.team.RoleScorecard;
import org.leadtocash.metrics.team.TenureAgainstRotation;
import org.leadtocash.metrics.testing.Deals;
import org.leadtocash.metrics.testing.LeadRecords;
import org.leadtocash.metrics.testing.Periods;
import org.slf4j.event.Level;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearWeek;

/**
 * Every KPI of the catalogue (DOMAIN D12) logs at DEBUG, under its own class's logger, each record
 * it leaves out of its population and why: {@code <kpi id>: <record> left out: <reason>}, naming
 * the record by its ids, never by a person's data; and nothing above DEBUG.
 *
 * <p>One population per KPI, built to hold a record the KPI leaves out (and, where it helps, one it
 * counts, which must not be logged). A KPI added to the catalogue, or a {@link Kpi} class added to
 * the module, without a population here fails {@link #everyKpiHasAPopulation()} and {@link
 * #everyKpiClassHasAPopulation()}; one that does not log its exclusions fails {@link
 * #logsEachRecordLeftOut}.
 */
class KpiLoggingTest {

  /** Days 0 to 30 from {@code D0} (2026-01-05), read in UTC. */
  private static final ReportingPeriod PERIOD = Periods.days(0, 30);

  /** Dates outside {@link #PERIOD}. */
  private static final LocalDateRange LATER = LocalDateRange.of(D0.plusDays(40), D0.plusDays(70));

  private static final LocalDateRange WITHIN = LocalDateRange.of(D0, D0.plusDays(30));

  private static final CustomerId CU_1 = CustomerId.of("CU-1");
  private static final CustomerId CU_2 = CustomerId.of("CU-2");
  private static final EmployeeId E_1 = EmployeeId.of("E-1");

  /** The personal data of the one key person of the decision chain (DOMAIN D7.8). */
  private static final String CTO_NAME = "Wang Fang";

  private static final String CTO_TITLE = "Chief Technology Officer, North";

  /**
   * The KPI's population, the id of a record it leaves out, the ids it counts (never logged as left
   * out), the strings of personal data in the population (never logged), and the classes whose
   * loggers speak for it.
   */
  private record Population(
      Kpi<?, ?, ?> kpi,
      Supplier<?> compute,
      Optional<String> leftOut,
      List<String> counted,
      List<String> personal,
      Set<String> loggers) {

    static <R> Population of(
        Kpi<R, ?, ?> kpi, List<? extends R> records, String leftOut, String... counted) {
      return new Population(
          kpi,
          () -> kpi.compute(records),
          Optional.of(leftOut),
          List.of(counted),
          List.of(),
          Set.of(kpi.getClass().getName()));
    }

    /** A KPI whose population takes every record it is given: it has nothing to log. */
    static <R> Population takingEvery(Kpi<R, ?, ?> kpi, List<? extends R> records) {
      return new Population(
          kpi,
          () -> kpi.compute(records),
          Optional.empty(),
          List.of(),
          List.of(),
          Set.of(kpi.getClass().getName()));
    }

    Population withPersonal(String... strings) {
      return new Population(kpi, compute, leftOut, counted, List.of(strings), loggers);
    }

    /** The records are logged by the KPIs this one is made of, each of them. */
    Population loggedBy(Class<?>... parts) {
      return new Population(
          kpi,
          compute,
          leftOut,
          counted,
          personal,
          Stream.of(parts).map(Class::getName).collect(toImmutableSet()));
    }
  }

  /** One population per KPI id of the catalogue, built when its test runs. */
  private static final ImmutableMap<KpiId, Supplier<Population>> POPULATIONS =
      ImmutableMap.<KpiId, Supplier<Population>>builder()
          // ------------------------------------------------------------------------- sales
          .put(
              WinRate.ID,
              () ->
                  Population.of(
                      WinRate.in(PERIOD),
                      List.of(
                          Deals.open(1, 0, 1_000_000).opportunity(),
                          Deals.open(2, 0, 1_000_000).passAti(1).passAtb(2).win(5).opportunity()),
                      "OP-1",
                      "OP-2"))
          .put(
              LeadConversionRate.ID,
              () ->
                  Population.of(
                      LeadConversionRate.in(PERIOD),
                      List.of(LeadRecords.lead(1, 40, false), LeadRecords.lead(2, 1, true)),
                      "LD-1",
                      "LD-2"))
          .put(
              DecisionTimeliness.ID,
              () ->
                  Population.of(
                      DecisionTimeliness.in(PERIOD),
                      List.of(
                          Deals.open(1, 0, 1_000_000).passAti(40).opportunity(),
                          Deals.open(2, 0, 1_000_000).passAti(5).opportunity()),
                      "OP-1",
                      "OP-2"))
          .put(
              DecisionCycle.ID,
              () ->
                  Population.of(
                      DecisionCycle.in(PERIOD),
                      List.of(
                          Deals.open(1, 0, 1_000_000).passAti(40).opportunity(),
                          Deals.open(2, 0, 1_000_000).passAti(5).opportunity()),
                      "OP-1",
                      "OP-2"))
          .put(
              HeadToHead.ID,
              () ->
                  Population.of(
                      HeadToHead.in(PERIOD, Deals.RIVAL),
                      List.of(
                          Deals.open(1, 0, 1_000_000)
                              .competitors(0, Deals.RIVAL, Deals.OTHER)
                              .lose(Deals.OTHER, 5)
                              .opportunity(),
                          Deals.open(2, 0, 1_000_000)
                              .competitors(0, Deals.RIVAL)
                              .lose(Deals.RIVAL, 5)
                              .opportunity()),
                      "OP-1",
                      "OP-2"))
          .put(
              MarketShare.ID,
              () ->
                  Population.of(
                      MarketShare.in(PERIOD, CNY),
                      List.of(
                          Deals.open(1, 0, 1_000_000).passAti(1).passAtb(2).win(5).opportunity()),
                      "OP-1"))
          .put(
              SuppressionRatio.ID,
              () ->
                  Population.of(
                      SuppressionRatio.in(PERIOD, Deals.RIVAL, CNY),
                      List.of(Deals.open(1, 0, 1_000_000).abandon(5).opportunity()),
                      "OP-1"))
          .put(
              PipelineCoverage.ID,
              () ->
                  Population.of(
                      PipelineCoverage.in(PERIOD, cny(1_000_000)),
                      List.of(
                          Deals.open(1, 0, 1_000_000).opportunity(),
                          Deals.open(2, 0, 1_000_000).forecast(0, 10, 50).opportunity()),
                      "OP-1",
                      "OP-2"))
          .put(
              ShareOfWallet.ID,
              () ->
                  Population.of(
                      ShareOfWallet.in(PERIOD, CU_1, CNY),
                      List.of(
                          new CustomerSpend(CU_2, "routers", WITHIN, cny(10), cny(100)),
                          new CustomerSpend(CU_1, "routers", WITHIN, cny(10), cny(100))),
                      "CU-2",
                      "CU-1"))
          // ---------------------------------------------------------------------- dashboard
          .put(
              PipelineFunnel.ID,
              () ->
                  Population.of(
                      PipelineFunnel.in(PERIOD),
                      List.of(
                          Deals.open(1, 40, 1_000_000).opportunity(),
                          Deals.open(2, 1, 1_000_000).opportunity()),
                      "OP-1",
                      "OP-2"))
          .put(
              SalesWatch.ID,
              () ->
                  Population.of(
                          SalesWatch.in(PERIOD, cny(1_000_000)),
                          List.of(Deals.open(1, 40, 1_000_000).opportunity()),
                          "OP-1")
                      .loggedBy(
                          WinRate.class,
                          PipelineFunnel.class,
                          DecisionTimeliness.class,
                          PipelineCoverage.class,
                          MarketShare.class))
          // ------------------------------------------------------------------------ finance
          .put(
              Orders.ID,
              () -> Population.of(Orders.in(PERIOD, CNY), List.of(draft("CT-1").state()), "CT-1"))
          .put(
              Revenue.ID,
              () -> Population.of(Revenue.in(PERIOD, CNY), List.of(draft("CT-1").state()), "CT-1"))
          .put(
              CollectionRate.ID,
              () ->
                  Population.of(
                      CollectionRate.in(PERIOD, CNY), List.of(draft("CT-1").state()), "CT-1"))
          .put(
              OverdueReceivables.ID,
              () ->
                  Population.of(
                      OverdueReceivables.asOf(D0.plusDays(30), CNY),
                      List.of(draft("CT-1").state()),
                      "CT-1"))
          .put(
              Profit.ID,
              () ->
                  Population.of(
                      Profit.in(PERIOD, UnitKind.CUSTOMER, CNY),
                      List.of(
                          ProfitRecord.of(
                              D0.plusDays(40), cny(10), cny(5), OperatingUnit.customer(CU_2)),
                          ProfitRecord.of(
                              D0.plusDays(1), cny(10), cny(5), OperatingUnit.customer(CU_1))),
                      "CU-2",
                      "CU-1"))
          // --------------------------------------------------------------------- efficiency
          .put(
              RevenueGeneratingTimeShare.ID,
              () ->
                  Population.of(
                      RevenueGeneratingTimeShare.in(PERIOD),
                      List.of(
                          new SalesTimeEntry(
                              E_1, D0.plusDays(40), SalesTimeKind.TRAVEL, Duration.ofHours(2))),
                      "E-1"))
          .put(
              VisitsPerWeek.ID,
              () ->
                  Population.of(
                      VisitsPerWeek.in(Set.of(YearWeek.from(D0)), Set.of(E_1)),
                      List.of(
                          activity("A-1", ActivityType.EXECUTIVE_SUMMIT),
                          activity("A-2", ActivityType.DAILY_VISIT)),
                      "A-1",
                      "A-2"))
          .put(
              SalesLossWaterfall.ID,
              () ->
                  Population.takingEvery(
                      SalesLossWaterfall.of(CNY),
                      List.of(
                          TargetAccount.notContacted(CU_1, cny(100)),
                          TargetAccount.won(CU_2, cny(100), cny(40)))))
          // ----------------------------------------------------------------------- customer
          .put(CustomerTotalValueSum.ID, () -> values(CustomerTotalValueSum.in(PERIOD, CNY)))
          .put(PyramidMembership.ID, () -> values(PyramidMembership.in(PERIOD, CNY)))
          .put(ValueConcentration.ID, () -> values(ValueConcentration.in(PERIOD, CNY)))
          .put(
              EscalationRate.ID,
              () ->
                  Population.of(
                      EscalationRate.in(PERIOD),
                      List.of(issue("IS-1", 40), issue("IS-2", 1)),
                      "IS-1",
                      "IS-2"))
          .put(
              IssueClosureTime.ID,
              () -> Population.of(IssueClosureTime.in(PERIOD), List.of(issue("IS-1", 1)), "IS-1"))
          .put(
              SatisfactionIndex.ID,
              () ->
                  Population.of(
                      SatisfactionIndex.in(PERIOD),
                      List.of(survey(CU_2, D0.plusDays(40)), survey(CU_1, D0.plusDays(1))),
                      "CU-2",
                      "CU-1"))
          .put(
              RelationshipCoverage.ID,
              () ->
                  Population.of(
                          RelationshipCoverage.of(KeyRelationshipLevel.ACCEPTED),
                          List.of(
                              AssessedChain.of(
                                  chain(),
                                  Map.of(
                                      PersonId.of("P-CTO"),
                                      KeyRelationshipLevel.FAVOURABLE,
                                      PersonId.of("P-GONE"),
                                      KeyRelationshipLevel.ACCEPTED))),
                          "P-GONE")
                      .withPersonal(CTO_NAME, CTO_TITLE))
          // --------------------------------------------------------------------------- team
          .put(
              PoolUtilisation.ID,
              () ->
                  Population.of(
                      PoolUtilisation.in(PERIOD),
                      List.of(
                          new PoolTimeEntry(
                              OrganisationLevel.REPRESENTATIVE_OFFICE,
                              E_1,
                              D0.plusDays(40),
                              BigDecimal.valueOf(8),
                              BigDecimal.valueOf(4),
                              BigDecimal.valueOf(2))),
                      "E-1"))
          .put(
              RoleScorecard.ID,
              () ->
                  Population.of(
                      RoleScorecard.in(PERIOD),
                      List.of(
                          RoleKpiMeasurement.of(
                              E_1,
                              CoreRole.AR,
                              RoleKpi.CUSTOMER_RELATIONSHIP,
                              new BigDecimal("0.8"),
                              LATER)),
                      "E-1"))
          .put(
              TenureAgainstRotation.ID,
              () ->
                  Population.of(
                      TenureAgainstRotation.asOf(D0),
                      List.of(
                          CustomerGroupTriangle.builder()
                              .customer(CU_1)
                              .size(SystemDepartmentSize.SMALL)
                              .addHolders(RoleHolder.of(CoreRole.AR, E_1))
                              .build()),
                      "E-1"))
          .buildOrThrow();

  /** {@code <kpi id>: <record …> left out[ of …]: <reason>} */
  /**
   * One population per KPI class that wraps another and shares its id, such as {@link OncePerFact}:
   * CT-1's draft delivered twice, its duplicate left out by the wrapper and the draft by orders.
   */
  private static final ImmutableMap<String, Supplier<Population>> WRAPPERS =
      ImmutableMap.of(
          "once per fact",
          () ->
              Population.of(
                      OncePerFact.of(Orders.in(PERIOD, CNY)),
                      List.of(draft("CT-1").state(), draft("CT-1").state()),
                      "CT-1")
                  .loggedBy(OncePerFact.class, Orders.class));

  private static final Pattern LEFT_OUT = Pattern.compile("^([a-z-]+): (.+) left out[^:]*: (.+)$");

  static Stream<KpiId> kpis() {
    return POPULATIONS.keySet().stream();
  }

  @Test
  @DisplayName(
      "D12: every KPI of the catalogue, and the sales watch made of five, has a population")
  void everyKpiHasAPopulation() {
    assertEquals(
        Sets.union(KpiCatalogue.standard().ids(), Set.of(SalesWatch.ID)), POPULATIONS.keySet());
  }

  @Test
  @DisplayName("D12: every Kpi class of the module has a population here")
  void everyKpiClassHasAPopulation() {
    ImmutableSet<String> kpiClasses =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leadtocash.metrics")
                .stream()
                .filter(c -> c.isAssignableTo(Kpi.class))
                .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(toImmutableSet());
    ImmutableSet<String> covered =
        Stream.concat(POPULATIONS.values().stream(), WRAPPERS.values().stream())
            .map(p -> p.get().kpi().getClass().getName())
            .collect(toImmutableSet());
    assertEquals(kpiClasses, covered);
  }

  @ParameterizedTest
  @MethodSource("kpis")
  @DisplayName("D12: a KPI logs at DEBUG each record it leaves out, by its id, and why")
  void logsEachRecordLeftOut(KpiId id) {
    checkLogs(id.value(), POPULATIONS.get(id).get());
  }

  @ParameterizedTest
  @MethodSource("wrappers")
  @DisplayName("D12: a KPI made of another logs at DEBUG each record it leaves out, and why")
  void wrappersLogEachRecordLeftOut(String name) {
    checkLogs(name, WRAPPERS.get(name).get());
  }

  static Stream<String> wrappers() {
    return WRAPPERS.keySet().stream();
  }

  private static void checkLogs(String name, Population population) {
    KpiId id = population.kpi().definition().id();
    List<LogEvent> events;
    try (LogCapture logs = LogCapture.start(Level.DEBUG)) {
      var unused = population.compute().get();
      events = logs.events();
    }

    for (LogEvent event : events) {
      assertTrue(population.loggers().contains(event.logger()), () -> "logged by " + event);
      assertEquals(Level.DEBUG, event.level(), event::toString);
      Matcher message = LEFT_OUT.matcher(event.message());
      assertTrue(message.matches(), event::toString);
      for (String counted : population.counted()) {
        assertFalse(message.group(2).contains(counted), () -> counted + " is counted: " + event);
      }
      for (String personal : population.personal()) {
        assertFalse(event.message().contains(personal), () -> "personal data in " + event);
      }
    }
    if (population.leftOut().isEmpty()) {
      assertEquals(List.of(), events, name + " takes every record it is given");
      return;
    }
    String leftOut = population.leftOut().orElseThrow();
    String kpiId = population.loggers().size() == 1 ? id.value() : "[a-z-]+";
    Pattern expected =
        Pattern.compile(
            "^" + kpiId + ": .*\\b" + Pattern.quote(leftOut) + "\\b.* left out[^:]*: \\S.*$");
    for (String logger : population.loggers()) {
      assertTrue(
          events.stream()
              .anyMatch(e -> e.logger().equals(logger) && expected.matcher(e.message()).matches()),
          () -> logger + " logs why " + leftOut + " is left out: " + events);
    }
  }

  @ParameterizedTest
  @MethodSource("kpis")
  @DisplayName("D12: a KPI logs nothing at INFO")
  void logsNothingAtInfo(KpiId id) {
    Population population = POPULATIONS.get(id).get();
    try (LogCapture logs = LogCapture.start(Level.INFO)) {
      var unused = population.compute().get();
      assertEquals(List.of(), logs.events(), logs::toString);
    }
  }

  // ----------------------------------------------------------------------------- records

  private static Transition<Contract, ContractEvent> draft(String id) {
    return Contract.draft(
        ContractId.of(id),
        OpportunityId.of("OP-" + id),
        CU_1,
        cny(100_000),
        List.of(
            Clause.builder()
                .id(ClauseId.of("PAY"))
                .type(ClauseType.PAYMENT_TERMS)
                .text("the customer pays within 30 days")
                .paymentTermDays(30)
                .build()),
        List.of(
            PaymentMilestone.of(
                MilestoneId.of("M-ALL"),
                "advance of the whole value",
                cny(100_000),
                D0.plusDays(30),
                PaymentTrigger.ON_SIGNATURE)),
        T0);
  }

  private static ContactActivity activity(String id, ActivityType type) {
    return ContactActivity.builder()
        .id(ActivityId.of(id))
        .type(type)
        .addContact(PersonId.of("P-CTO"))
        .addStaff(E_1)
        .opportunity(OpportunityId.of("OP-1"))
        .on(D0)
        .budget(cny(1_000))
        .purpose("keep in touch")
        .build();
  }

  /** A KPI over customer values: CU-2's lies outside {@link #PERIOD}, CU-1's within it. */
  private static Population values(Kpi<CustomerTotalValue, ?, ?> kpi) {
    return Population.of(kpi, List.of(value(CU_2, LATER), value(CU_1, WITHIN)), "CU-2", "CU-1");
  }

  private static CustomerTotalValue value(CustomerId customer, LocalDateRange period) {
    return CustomerTotalValue.calculate(
        customer,
        period,
        cny(1_000),
        ServingCosts.none(CNY),
        IntangibleScores.NONE,
        IntangibleValuePolicy.standard(Money.zero(CNY)));
  }

  private static CustomerIssue issue(String id, int acceptedDay) {
    return CustomerIssue.accept(
            IssueId.of(id),
            IssueDescription.builder()
                .customer(CU_1)
                .summary("Site engineers missed three appointments")
                .channel(FeedbackSource.HOTLINE)
                .build(),
            T0.plus(Duration.ofDays(acceptedDay)))
        .state();
  }

  private static SatisfactionSurvey survey(CustomerId customer, LocalDate on) {
    return SatisfactionSurvey.builder()
        .customer(customer)
        .kind(SurveyKind.PROJECT_BASED)
        .conductedOn(on)
        .contract(ContractId.of("CT-9"))
        .addResponse(SurveyResponse.anonymous(Map.of(SatisfactionDimension.STABILITY, 4)))
        .build();
  }

  private static DecisionChain chain() {
    KeyPerson cto =
        KeyPerson.builder()
            .id(PersonId.of("P-CTO"))
            .name(CTO_NAME)
            .title(CTO_TITLE)
            .position(PositionKind.CTO)
            .addRoles(DecisionRole.DECIDER)
            .stance(Stance.SUPPORTER)
            .coach(false)
            .build();
    return DecisionChain.builder(CU_1).opportunity(OpportunityId.of("OP-1")).person(cto).build();
  }
}
