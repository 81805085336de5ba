package org.leadtocash.planning.cycle;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the cycle package's public types (DOMAIN D11.10). */
class CycleContractsTest {

  private static final CustomerId NORTH = CustomerId.of("CU-NORTH");
  private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(PlanningCycleId.class, PlanningCycleId.of("PC-1"))
        .setDefault(PlanningPeriod.class, PlanningPeriod.year(2027))
        .setDefault(
            PlannedAccount.class, new PlannedAccount(NORTH, AccountImportance.MOST_IMPORTANT))
        .setDefault(
            List.class, List.of(new PlannedAccount(NORTH, AccountImportance.MOST_IMPORTANT)))
        .setDefault(ReviewKind.class, ReviewKind.PROGRESS_REPORT)
        .setDefault(ReviewStatus.class, ReviewStatus.OPEN)
        .setDefault(WindowStatus.class, WindowStatus.NOT_STARTED)
        .setDefault(Duration.class, Duration.ZERO)
        .setDefault(PlanningCycle.class, PlanningCycleTest.prepared().cycle)
        .setDefault(ReviewAnswer.class, new ReviewAnswer(true, "checked", Optional.empty()));
  }

  @Test
  @DisplayName("every public constructor and method refuses null")
  void nullsAreRefused() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            PlanningCycleId.class,
            PlanningPeriod.class,
            PlannedAccount.class,
            CompletedStep.class,
            ReviewAnswer.class,
            ReviewItem.class,
            ReviewReport.class,
            DevelopmentWindow.class,
            HeldReview.class,
            ReviewDue.class,
            PlanningCycle.class,
            PlanningCycleOpened.class,
            PreparationRecorded.class,
            DevelopmentStarted.class,
            DevelopmentStepCompleted.class,
            ReviewQuestionAnswered.class,
            PlanAdjusted.class,
            ImplementationStarted.class,
            ReviewHeld.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    PlanningCycleTest.Walk walk = PlanningCycleTest.implemented();
    tester.testAllPublicInstanceMethods(walk.cycle);
    tester.testAllPublicInstanceMethods(PlanningCycleTest.prepared().cycle);
  }

  @Test
  @DisplayName("values and aggregates are equal by their components")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(PlanningCycleId.of("PC-1"), new PlanningCycleId("PC-1"))
        .addEqualityGroup(PlanningCycleId.of("PC-2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PlanningPeriod.year(2027), PlanningPeriod.year(2027))
        .addEqualityGroup(PlanningPeriod.year(2028))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new ReviewAnswer(false, "short", Optional.of("cut the team")),
            new ReviewAnswer(false, "short", Optional.of("cut the team")))
        .addEqualityGroup(new ReviewAnswer(false, "short", Optional.empty()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new HeldReview(ReviewKind.ACCOUNT_REVIEW, Optional.of(NORTH), AT),
            new HeldReview(ReviewKind.ACCOUNT_REVIEW, Optional.of(NORTH), AT))
        .addEqualityGroup(new HeldReview(ReviewKind.PROGRESS_REPORT, Optional.empty(), AT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PlanningCycleTest.implemented().cycle, PlanningCycleTest.implemented().cycle)
        .addEqualityGroup(PlanningCycleTest.reviewed(true).cycle)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DevelopmentWindow.of(Optional.of(AT), Optional.empty(), AT.plus(Duration.ofDays(3))),
            new DevelopmentWindow(
                WindowStatus.IN_PROGRESS, Optional.of(AT), Optional.empty(), Duration.ofDays(3)))
        .addEqualityGroup(DevelopmentWindow.of(Optional.empty(), Optional.empty(), AT))
        .testEquals();
  }
}
