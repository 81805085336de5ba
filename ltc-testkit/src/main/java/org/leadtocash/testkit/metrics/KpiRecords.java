package org.leadtocash.testkit.metrics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.Money;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationship;
import org.leadtocash.domain.relationship.ProcurementStep;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.RoleKpi;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.customer.AssessedChain;
import org.leadtocash.metrics.efficiency.SalesTimeEntry;
import org.leadtocash.metrics.efficiency.SalesTimeKind;
import org.leadtocash.metrics.efficiency.TargetAccount;
import org.leadtocash.metrics.finance.OperatingUnit;
import org.leadtocash.metrics.finance.ProfitRecord;
import org.leadtocash.metrics.finance.UnitKind;
import org.leadtocash.metrics.sales.CustomerSpend;
import org.leadtocash.metrics.team.PoolTimeEntry;
import org.leadtocash.metrics.team.RoleKpiMeasurement;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.relationship.Relationships;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The records the KPIs count that are not aggregates (DOMAIN D12): customer spends, profit records
 * by operating unit, sales time entries, target accounts, pool time entries, role KPI measurements,
 * assessed decision chains — and the reporting periods they are counted in.
 */
public final class KpiRecords {

  private KpiRecords() {}

  /**
   * Returns reporting periods within the settings' window: the whole window, one of its quarters or
   * months, read in UTC or in Asia/Shanghai.
   *
   * @param settings what to generate within; not null
   * @return the periods, never null
   */
  public static Arbitrary<ReportingPeriod> periods(Settings settings) {
    YearQuarter first = YearQuarter.from(settings.date(0));
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(java.time.ZoneOffset.UTC, java.time.ZoneId.of("Asia/Shanghai")))
        .as(
            (n, zone) -> {
              if (n == 0) {
                return ReportingPeriod.of(settings.dates(), zone);
              } else if (n <= 3) {
                return ReportingPeriod.quarter(first.plusQuarters(n - 1), zone);
              }
              return ReportingPeriod.month(
                  java.time.YearMonth.from(settings.date(0)).plusMonths(n - 4), zone);
            });
  }

  /**
   * Returns the sales units of the settings' organisation: offices, regions and areas.
   *
   * @param settings what to generate within; not null
   * @return the units, never null
   */
  public static Arbitrary<SalesUnitId> units(Settings settings) {
    return Arbitraries.of(settings.organisation().units());
  }

  static Arbitrary<OperatingUnit> operatingUnits(Settings settings) {
    return Arbitraries.oneOf(
        CommonValues.customers(settings).map(OperatingUnit::customer),
        Combinators.combine(
                Arbitraries.of(UnitKind.class), Arbitraries.of("core", "transport", "P-7", "north"))
            .as(OperatingUnit::of));
  }

  static Arbitrary<ProfitRecord> profitRecords(Settings settings) {
    return Combinators.combine(
            CommonValues.dates(settings),
            CommonValues.amounts(settings.currency(), 0, 5_000_000),
            CommonValues.amounts(settings.currency(), 0, 5_000_000),
            operatingUnits(settings).list().ofMaxSize(3).uniqueElements(OperatingUnit::kind))
        .as(
            (on, revenue, cost, units) ->
                ProfitRecord.of(on, revenue, cost, units.toArray(OperatingUnit[]::new)));
  }

  static Arbitrary<CustomerSpend> spends(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.of("routers", "optical", "services"),
            Arbitraries.integers().between(0, 3),
            Arbitraries.longs().between(0, 10_000_000),
            Arbitraries.integers().between(0, 100))
        .as(
            (customer, category, quarter, total, ourPercent) -> {
              YearQuarter q = YearQuarter.from(settings.date(0)).plusQuarters(quarter);
              Money all = Money.ofMajor(settings.currency(), total);
              return new CustomerSpend(
                  customer,
                  category,
                  LocalDateRange.of(q.atDay(1), q.plusQuarters(1).atDay(1)),
                  all.multipliedBy(ourPercent).dividedBy(100, java.math.RoundingMode.DOWN),
                  all);
            });
  }

  static Arbitrary<SalesTimeEntry> timeEntries(Settings settings) {
    return Combinators.combine(
            Arbitraries.of(settings.accountManagers().subList(0, 5)),
            CommonValues.dates(settings),
            Arbitraries.of(SalesTimeKind.class),
            Arbitraries.integers().between(15, 24 * 60))
        .as((e, on, kind, minutes) -> new SalesTimeEntry(e, on, kind, Duration.ofMinutes(minutes)));
  }

  static Arbitrary<TargetAccount> targetAccounts(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            Arbitraries.longs().between(1, 10_000_000),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(1, 100))
        .as(
            (customer, potential, reach, wonPercent) -> {
              Money all = Money.ofMajor(settings.currency(), potential);
              return switch (reach) {
                case 0 -> TargetAccount.notContacted(customer, all);
                case 1 -> TargetAccount.contactedNotPursued(customer, all);
                case 2 -> TargetAccount.pursuedNotWon(customer, all);
                default ->
                    TargetAccount.won(
                        customer,
                        all,
                        Money.ofMajor(
                            settings.currency(), Math.max(1, potential * wonPercent / 100)));
              };
            });
  }

  static Arbitrary<PoolTimeEntry> poolEntries(Settings settings) {
    return Combinators.combine(
            Arbitraries.of(
                OrganisationLevel.REPRESENTATIVE_OFFICE,
                OrganisationLevel.REGION,
                OrganisationLevel.HEADQUARTERS),
            CommonValues.ids("E-", EmployeeId::of),
            CommonValues.dates(settings),
            Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100))
        .as(
            (level, employee, on, available, assigned, charged) ->
                new PoolTimeEntry(
                    level,
                    employee,
                    on,
                    BigDecimal.valueOf(available),
                    BigDecimal.valueOf(available * assigned / 100),
                    BigDecimal.valueOf(available * charged / 100)));
  }

  static Arbitrary<RoleKpiMeasurement> measurements(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("E-", EmployeeId::of),
            Arbitraries.of(CoreRole.class),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 3))
        .as(
            (employee, role, pick, value, quarter) -> {
              List<RoleKpi> kpis = new ArrayList<>(role.kpis());
              YearQuarter q = YearQuarter.from(settings.date(0)).plusQuarters(quarter);
              return RoleKpiMeasurement.of(
                  employee,
                  role,
                  kpis.get(pick % kpis.size()),
                  BigDecimal.valueOf(value),
                  LocalDateRange.of(q.atDay(1), q.plusQuarters(1).atDay(1)));
            });
  }

  static Arbitrary<AssessedChain> assessedChains(Settings settings) {
    return Combinators.combine(
            Relationships.chains(settings),
            Arbitraries.of(KeyRelationshipLevel.class).optional(0.7).list().ofSize(6),
            Arbitraries.subsetOf(ProcurementStep.values()).optional(0.5))
        .as(
            (chain, levels, steps) -> {
              Map<PersonId, KeyRelationshipLevel> assessed =
                  new TreeMap<>(java.util.Comparator.comparing(PersonId::value));
              List<KeyPerson> people = chain.people();
              for (int i = 0; i < people.size(); i++) {
                Optional<KeyRelationshipLevel> level = levels.get(i);
                if (level.isPresent()) {
                  assessed.put(people.get(i).id(), level.get());
                }
              }
              return steps
                  .map(
                      s ->
                          AssessedChain.of(
                              chain,
                              assessed,
                              OrganisationalRelationship.of(
                                  chain.customer(), s.toArray(ProcurementStep[]::new))))
                  .orElse(AssessedChain.of(chain, assessed));
            });
  }
}
