package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
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
 * is refused, and execution does not start before the plan was opened (on {@code T0}, 2026-11-02
 * 09:00 UTC), compared without a time zone.
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
}
