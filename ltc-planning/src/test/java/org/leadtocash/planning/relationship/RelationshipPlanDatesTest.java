package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.planning.relationship.NorthMobile.MANAGER;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.T0;
import static org.leadtocash.planning.relationship.NorthMobile.day;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * A relationship plan's history runs forward (DOMAIN D10.1): a command dated before its last event
 * is refused, execution does not start before the plan was opened (on {@code T0}, 2026-11-02 09:00
 * UTC), and monitoring is not recorded before it is held, compared without a time zone; a restored
 * snapshot is held to the same.
 */
class RelationshipPlanDatesTest {

  private static final LocalDate OPENED = LocalDate.ofInstant(T0, ZoneOffset.UTC);

  @Test
  @DisplayName("execution starting ten years before the plan was opened is refused (DOMAIN D10.1)")
  void executionBeforeOpening() {
    RelationshipPlan ready = NorthMobile.withStrategies().state();
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D10.1",
            ready,
            p ->
                p.startExecution(
                    OPENED.minusYears(10),
                    List.of(NorthMobile.staffing()),
                    NorthMobile.grades(),
                    day(60)));
    assertTrue(
        refused.getMessage().contains("execution starts on " + OPENED.minusYears(10)),
        refused.getMessage());
  }

  @Test
  @DisplayName(
      "execution may start on the plan's opening date in some zone, not a day before it (DOMAIN"
          + " D10.1)")
  void boundary() {
    RelationshipPlan ready = NorthMobile.withStrategies().state();
    assertEquals(
        OPENED.minusDays(1),
        ready
            .startExecution(
                OPENED.minusDays(1), List.of(NorthMobile.staffing()), NorthMobile.grades(), day(60))
            .state()
            .startsOn()
            .orElseThrow());
    assertRefused(
        RuleViolationException.class,
        "D10.1",
        ready,
        p ->
            p.startExecution(
                OPENED.minusDays(2),
                List.of(NorthMobile.staffing()),
                NorthMobile.grades(),
                day(60)));
  }

  @Test
  @DisplayName("a command dated before the plan's last event is refused, naming D10.1")
  void backdated() {
    RelationshipPlan ready = NorthMobile.withStrategies().state();
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D10.1",
            ready,
            p ->
                p.startExecution(
                    OPENED, List.of(NorthMobile.staffing()), NorthMobile.grades(), day(1)));
    assertTrue(refused.getMessage().contains("runs forward"), refused.getMessage());
  }

  @Test
  @DisplayName("monitoring recorded before it is held is refused (DOMAIN D10.1)")
  void monitoringInTheFuture() {
    RelationshipPlan running = NorthMobile.executing().state();
    HeldMonitoring meeting =
        new HeldMonitoring(
            MonitoringActivity.WEEKLY_MEETING, START.plusDays(14), MANAGER, "pipeline review");
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D10.1",
            running,
            p -> p.recordMonitoring(meeting, day(70)));
    assertTrue(
        refused.getMessage().contains("the weekly meeting is held on " + START.plusDays(14)),
        refused.getMessage());
    assertTrue(
        refused.getMessage().contains("a fact is recorded once it has happened"),
        refused.getMessage());
    assertEquals(1, running.recordMonitoring(meeting, day(77)).state().monitoring().size());
  }

  @Test
  @DisplayName(
      "a snapshot starting execution before the opening, or holding monitoring after its latest"
          + " event, is refused (DOMAIN D10.1)")
  void snapshotDatesOutsideThePlan() {
    RelationshipPlan running = NorthMobile.executing().state();
    IllegalArgumentException early =
        assertThrows(
            IllegalArgumentException.class,
            () -> RelationshipPlan.restore().from(running).startsOn(OPENED.minusYears(1)).build());
    assertTrue(
        early.getMessage().contains("startsOn " + OPENED.minusYears(1) + " is before openedAt"),
        early.getMessage());
    assertTrue(early.getMessage().endsWith("(DOMAIN D10.1)"), early.getMessage());
    HeldMonitoring later =
        new HeldMonitoring(
            MonitoringActivity.WEEKLY_MEETING, START.plusDays(70), MANAGER, "pipeline review");
    IllegalArgumentException late =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RelationshipPlan.restore()
                    .from(running)
                    .addMonitoring(later)
                    .version(running.version() + 1)
                    .build());
    assertTrue(
        late.getMessage().contains("held on " + START.plusDays(70) + " is after lastEventAt"),
        late.getMessage());
    assertEquals(running, RelationshipPlan.restore().from(running).build());
  }
}
