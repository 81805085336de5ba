package org.leadtocash.metrics.efficiency;

import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.LI;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.W02;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.W03;
import static org.leadtocash.metrics.efficiency.VisitsPerWeekTest.ZHANG;
import static org.leadtocash.metrics.testing.Periods.days;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.testing.DomainTesters;
import org.leadtocash.metrics.ReportingPeriod;
import org.threeten.extra.YearWeek;

/** Null rejection and equality of the efficiency package's public types. */
class EfficiencyContractsTest {

  private static final ReportingPeriod PERIOD = days(0, 28);
  private static final CustomerId CU = CustomerId.of("CU-1");

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(ReportingPeriod.class, PERIOD)
        .setDefault(YearWeek.class, W02)
        .setDefault(Set.class, Set.of())
        .setDefault(
            ContactActivity.class, VisitsPerWeekTest.activity(ActivityType.DAILY_VISIT, D0, ZHANG))
        .setDefault(VisitLog.class, VisitLog.NONE)
        .setDefault(Duration.class, Duration.ofHours(1))
        .setDefault(SalesTimeKind.class, SalesTimeKind.TRAVEL)
        .setDefault(
            SalesTimeEntry.class,
            new SalesTimeEntry(ZHANG, D0, SalesTimeKind.PROPOSALS, Duration.ofHours(1)))
        .setDefault(TimeSplit.class, TimeSplit.NONE)
        .setDefault(Rate.class, Rate.of(1, 5))
        .setDefault(Reach.class, Reach.NOT_CONTACTED)
        .setDefault(TargetAccount.class, TargetAccount.notContacted(CU, cny(1)))
        .setDefault(Waterfall.class, Waterfall.zero(CNY));
  }

  @Test
  @DisplayName("every public method of the efficiency package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            VisitsPerWeek.class,
            VisitLog.class,
            WeeklyVisits.class,
            RevenueGeneratingTimeShare.class,
            SalesTimeEntry.class,
            TimeSplit.class,
            TeamBand.class,
            SalesLossWaterfall.class,
            TargetAccount.class,
            Waterfall.class,
            EfficiencyKpis.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(VisitsPerWeek.in(Set.of(W02), Set.of(ZHANG)));
    tester.testAllPublicInstanceMethods(VisitLog.NONE.plus(ZHANG, W02));
    tester.testAllPublicInstanceMethods(RevenueGeneratingTimeShare.in(PERIOD));
    tester.testAllPublicInstanceMethods(TimeSplit.NONE);
    tester.testAllPublicInstanceMethods(SalesLossWaterfall.of(CNY));
    tester.testAllPublicInstanceMethods(TargetAccount.won(CU, cny(2), cny(1)));
    tester.testAllPublicInstanceMethods(Waterfall.zero(CNY));
  }

  @Test
  @DisplayName("efficiency values are equal exactly when all their parts are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(VisitLog.NONE, VisitLog.NONE.plus(VisitLog.NONE))
        .addEqualityGroup(
            VisitLog.NONE.plus(ZHANG, W02).plus(LI, W02),
            VisitLog.NONE.plus(LI, W02).plus(ZHANG, W02))
        .addEqualityGroup(VisitLog.NONE.plus(ZHANG, W03))
        .addEqualityGroup(VisitLog.NONE.plus(ZHANG, W02).plus(ZHANG, W02))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new WeeklyVisits(6, 3, 4, 0), new WeeklyVisits(6, 3, 4, 0))
        .addEqualityGroup(new WeeklyVisits(6, 12, 4, 1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new SalesTimeEntry(ZHANG, D0, SalesTimeKind.TRAVEL, Duration.ofHours(1)),
            new SalesTimeEntry(ZHANG, D0, SalesTimeKind.TRAVEL, Duration.ofMinutes(60)))
        .addEqualityGroup(new SalesTimeEntry(LI, D0, SalesTimeKind.TRAVEL, Duration.ofHours(1)))
        .addEqualityGroup(new SalesTimeEntry(ZHANG, D0, SalesTimeKind.REWORK, Duration.ofHours(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(TimeSplit.NONE, TimeSplit.NONE.plus(TimeSplit.NONE))
        .addEqualityGroup(
            new TimeSplit(Duration.ofHours(1), Duration.ofHours(2)),
            TimeSplit.of(
                    new SalesTimeEntry(ZHANG, D0, SalesTimeKind.PROPOSALS, Duration.ofHours(1)))
                .plus(
                    TimeSplit.of(
                        new SalesTimeEntry(ZHANG, D0, SalesTimeKind.TRAVEL, Duration.ofHours(1)))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            TargetAccount.won(CU, cny(2), cny(1)), new TargetAccount(CU, cny(2), Reach.WON, cny(1)))
        .addEqualityGroup(TargetAccount.pursuedNotWon(CU, cny(2)))
        .addEqualityGroup(TargetAccount.contactedNotPursued(CU, cny(2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Waterfall.zero(CNY), Waterfall.zero(CNY).plus(Waterfall.zero(CNY)))
        .addEqualityGroup(
            Waterfall.of(TargetAccount.won(CU, cny(2), cny(1))),
            Waterfall.of(TargetAccount.won(CU, cny(1), cny(1)))
                .plus(Waterfall.zero(CNY))
                .plus(Waterfall.zero(CNY))
                .plus(Waterfall.of(TargetAccount.pursuedNotWon(CU, cny(1))))
                .plus(Waterfall.zero(CNY))
                .plus(Waterfall.zero(CNY)))
        .testEquals();
  }
}
