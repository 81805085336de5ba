package org.leadtocash.domain.activity;

import static org.leadtocash.domain.activity.ActivityFixtures.CORE;
import static org.leadtocash.domain.activity.ActivityFixtures.CTO;
import static org.leadtocash.domain.activity.ActivityFixtures.CUSTOMER;
import static org.leadtocash.domain.activity.ActivityFixtures.SIGNING;
import static org.leadtocash.domain.activity.ActivityFixtures.activity;
import static org.leadtocash.domain.activity.ActivityFixtures.activityBuilder;
import static org.leadtocash.domain.activity.ActivityFixtures.core;
import static org.leadtocash.domain.activity.ActivityFixtures.date;
import static org.leadtocash.domain.activity.ActivityFixtures.days;
import static org.leadtocash.domain.activity.ActivityFixtures.emptyPlan;
import static org.leadtocash.domain.activity.ActivityFixtures.planOf;
import static org.leadtocash.domain.testing.DomainTesters.CNY;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.testing.DomainTesters;

/** Null rejection and equality of the activity package's public types. */
class ActivityContractsTest {

  private static final ContactActivity DINNER = activity("A-1", ActivityType.DINNER, 5, CTO);
  private static final ContactActivity SECOND_DINNER = activity("A-2", ActivityType.DINNER, 9, CTO);

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(ActivityId.class, ActivityId.of("A-9"))
        .setDefault(ContactActivity.class, DINNER)
        .setDefault(Opportunity.class, core())
        .setDefault(ProjectSchedule.class, ProjectSchedule.of(core(), ZoneOffset.UTC))
        .setDefault(FatiguePolicy.class, FatiguePolicy.standard())
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(ActivityType.class, ActivityType.DINNER)
        .setDefault(OpportunityStatus.class, OpportunityStatus.OPEN)
        .setDefault(
            PlaybookEntry.class, RelationshipPlaybook.standard().entry(LifecycleStage.COLLECTION));
  }

  @Test
  @DisplayName("every public method of the activity package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ActivityId.class,
            ActivityType.class,
            ContactActivity.class,
            ContactPlan.class,
            ProjectSchedule.class,
            FatiguePolicy.class,
            FatigueFlag.class,
            FatigueReport.class,
            PlaybookEntry.class,
            RelationshipPlaybook.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(DINNER);
    tester.testAllPublicInstanceMethods(planOf(List.of(DINNER, SECOND_DINNER)));
    tester.testAllPublicInstanceMethods(ProjectSchedule.of(core(), ZoneOffset.UTC));
    tester.testAllPublicInstanceMethods(FatiguePolicy.standard());
    tester.testAllPublicInstanceMethods(FatiguePolicy.uniform(3));
    tester.testAllPublicInstanceMethods(planOf(List.of(DINNER, SECOND_DINNER)).fatigueReport());
    tester.testAllPublicInstanceMethods(RelationshipPlaybook.standard());
    tester.testAllPublicInstanceMethods(
        RelationshipPlaybook.standard().entry(LifecycleStage.PROJECT_OPERATION));
  }

  @Test
  @DisplayName("activity values are equal exactly when all their parts are")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ActivityId.of("A-1"), new ActivityId("A-1"))
        .addEqualityGroup(ActivityId.of("A-2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DINNER, activity("A-1", ActivityType.DINNER, 5, CTO))
        .addEqualityGroup(SECOND_DINNER)
        .addEqualityGroup(
            activityBuilder("A-1", ActivityType.DINNER, 5, CTO).dates(days(5, 6)).build())
        .addEqualityGroup(
            activityBuilder("A-1", ActivityType.DINNER, 5, CTO).budget(cny(9)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            emptyPlan().plan(DINNER, core()),
            ContactPlan.restore(CUSTOMER, CNY, ZoneOffset.UTC, List.of(DINNER)))
        .addEqualityGroup(emptyPlan())
        .addEqualityGroup(planOf(List.of(DINNER, SECOND_DINNER)))
        .addEqualityGroup(planOf(List.of(SECOND_DINNER, DINNER)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ProjectSchedule.of(core(), ZoneOffset.UTC),
            new ProjectSchedule(
                CORE, CUSTOMER, OpportunityStatus.OPEN, false, date(0), Optional.of(SIGNING)))
        .addEqualityGroup(
            new ProjectSchedule(
                CORE, CUSTOMER, OpportunityStatus.OPEN, false, date(0), Optional.empty()))
        .addEqualityGroup(
            new ProjectSchedule(
                OpportunityId.of("OP-X"),
                CUSTOMER,
                OpportunityStatus.OPEN,
                false,
                date(0),
                Optional.empty()))
        .testEquals();
    FatigueFlag flag = new FatigueFlag(CTO, ActivityType.DINNER, DINNER, SECOND_DINNER, 4, 30);
    new EqualsTester()
        .addEqualityGroup(
            flag, planOf(List.of(DINNER, SECOND_DINNER)).fatigueReport().flags().get(0))
        .addEqualityGroup(new FatigueFlag(CTO, ActivityType.DINNER, DINNER, SECOND_DINNER, 4, 7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new FatigueReport(List.of(flag)), new FatigueReport(List.of(flag)))
        .addEqualityGroup(new FatigueReport(List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(FatiguePolicy.uniform(7), FatiguePolicy.uniform(7))
        .addEqualityGroup(FatiguePolicy.uniform(8))
        .addEqualityGroup(FatiguePolicy.standard())
        .testEquals();
    RelationshipPlaybook standard = RelationshipPlaybook.standard();
    new EqualsTester()
        .addEqualityGroup(
            standard, RelationshipPlaybook.of(List.copyOf(standard.entries().values())))
        .testEquals();
    PlaybookEntry collection = standard.entry(LifecycleStage.COLLECTION);
    new EqualsTester()
        .addEqualityGroup(
            collection,
            new PlaybookEntry(
                collection.stage(),
                collection.goal(),
                collection.objectives(),
                collection.departments(),
                collection.methods(),
                collection.owners()))
        .addEqualityGroup(standard.entry(LifecycleStage.CONTRACT_EXECUTION))
        .testEquals();
  }
}
