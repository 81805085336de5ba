package org.leadtocash.planning.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.testing.RestoreAccess;
import org.leadtocash.planning.cycle.AccountImportance;
import org.leadtocash.planning.cycle.CycleStage;
import org.leadtocash.planning.cycle.DevelopmentStep;
import org.leadtocash.planning.cycle.PlannedAccount;
import org.leadtocash.planning.cycle.PlanningCycle;
import org.leadtocash.planning.cycle.PlanningCycleEvent;
import org.leadtocash.planning.cycle.PlanningCycleId;
import org.leadtocash.planning.cycle.PlanningPeriod;
import org.leadtocash.planning.cycle.PreparationItem;
import org.leadtocash.planning.cycle.ReviewQuestion;

/**
 * A host or a codec outside the cycle package restores a stored planning-cycle snapshot through
 * {@link PlanningCycle#restore()}: every attribute's setter is public, called directly or by
 * reflection (as a codec does), and the restored cycle equals the stored one (DOMAIN D11.10, DESIGN
 * §2).
 */
class PlanningCycleRestoreAccessTest {

  private static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");
  private static final CustomerId NORTH = CustomerId.of("CU-NORTH");
  private static final CustomerId PORT = CustomerId.of("CU-PORT");

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /**
   * A cycle, built through its public commands, in which every attribute holds something: prepared,
   * developed, reviewed with one adjustment, implemented, and reviewed at its cadence.
   */
  private static PlanningCycle everyAttributeSet() {
    Transition<PlanningCycle, PlanningCycleEvent> t =
        PlanningCycle.open(
            PlanningCycleId.of("PC-7"),
            PlanningPeriod.year(2027),
            List.of(
                new PlannedAccount(NORTH, AccountImportance.MOST_IMPORTANT),
                new PlannedAccount(PORT, AccountImportance.UNIMPORTANT)),
            day(0));
    for (PreparationItem item : PreparationItem.values()) {
      t = t.then(c -> c.prepare(item, "recorded: " + item.label(), day(1)));
    }
    t = t.then(c -> c.startDevelopment(day(2)));
    for (DevelopmentStep step : DevelopmentStep.values()) {
      t = t.then(c -> c.completeStep(step, day(2 + 9 * step.number())));
    }
    for (ReviewQuestion question : ReviewQuestion.values()) {
      boolean yes = question != ReviewQuestion.RETURN_JUSTIFIES_RESOURCES;
      t = t.then(c -> c.answer(question, yes, "evidence", day(80)));
    }
    return t.then(c -> c.adjust(ReviewQuestion.RETURN_JUSTIFIES_RESOURCES, "cut", day(81)))
        .then(c -> c.startImplementation(day(120)))
        .then(c -> c.reviewAccount(NORTH, day(210)))
        .then(c -> c.holdCollectiveReview(day(300)))
        .state();
  }

  @Test
  @DisplayName(
      "D11.10 a host restores every attribute of a stored cycle directly, from any package")
  void direct() {
    PlanningCycle stored = everyAttributeSet();
    assertEquals(CycleStage.IMPLEMENT_AND_MONITOR, stored.stage());
    PlanningCycle restored =
        PlanningCycle.restore()
            .id(stored.id())
            .version(stored.version())
            .period(stored.period())
            .accounts(stored.accounts())
            .stage(stored.stage())
            .openedAt(stored.openedAt())
            .lastEventAt(stored.lastEventAt())
            .preparation(stored.preparation())
            .developmentStartedAt(stored.developmentStartedAt())
            .completedSteps(stored.completedSteps())
            .reviewAnswers(stored.reviewAnswers())
            .implementationStartedAt(stored.implementationStartedAt())
            .heldReviews(stored.heldReviews())
            .build();
    assertEquals(stored, restored);
    assertEquals(stored, PlanningCycle.restore().from(stored).build());
  }

  @Test
  @DisplayName(
      "D11.10 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class, and every public method of it is reachable")
  void reflective() throws ReflectiveOperationException {
    PlanningCycle stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(PlanningCycle.class);
    assertEquals(13, attributes.size(), attributes::toString);
    PlanningCycle.Restore restore = PlanningCycle.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
    RestoreAccess.everyMethodReachable(PlanningCycle.restore(), attributes.size());
  }

  @Test
  @DisplayName(
      "D11.10 a snapshot restored by reflection is checked too: the codec gets the rule's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    PlanningCycle.Restore restore = PlanningCycle.restore().from(everyAttributeSet());
    PlanningCycle.Restore.class
        .getMethod("stage", CycleStage.class)
        .invoke(restore, CycleStage.DEVELOP_THE_PLAN);
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    assertTrue(refusal.getMessage().startsWith("planning cycle PC-7: "), refusal.getMessage());
    assertTrue(refusal.getMessage().endsWith("(DOMAIN D11.10)"), refusal.getMessage());
  }
}
