package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.planning.relationship.NorthMobile.MANAGER;
import static org.leadtocash.planning.relationship.NorthMobile.START;
import static org.leadtocash.planning.relationship.NorthMobile.WANG;
import static org.leadtocash.planning.relationship.NorthMobile.day;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * The owner's direct manager checks what monitoring of North Mobile's plan fell due (DOMAIN D10.1,
 * step 5, and D10.4), execution having started on Monday 4 January 2027.
 */
class MonitoringTest {

  private static RelationshipPlan monitored() {
    return NorthMobile.executing()
        .then(
            p ->
                p.recordMonitoring(
                    new HeldMonitoring(
                        MonitoringActivity.QUARTERLY_SELF_CHECK,
                        LocalDate.of(2027, 3, 30),
                        WANG,
                        "two of three exclusive persons reached"),
                    day(150)))
        .then(
            p ->
                p.recordMonitoring(
                    new HeldMonitoring(
                        MonitoringActivity.WEEKLY_MEETING,
                        LocalDate.of(2027, 7, 5),
                        MANAGER,
                        "the procurement director met the CTO"),
                    day(246)))
        .state();
  }

  @Test
  @DisplayName(
      "DOMAIN D10.4: on 5 July 2027, 26 weeks and two quarters in, the meeting is held, the work"
          + " plan, self-check and coaching are overdue, the evaluation not yet due")
  void cadenceAtHalfYear() {
    MonitoringSchedule schedule = monitored().monitoringDue(LocalDate.of(2027, 7, 5)).orElseThrow();

    assertEquals(RuleId.D10_4, schedule.rule());
    assertEquals(START, schedule.startsOn());
    // 4 Jan + 26 weeks = 5 Jul; held that day
    assertEquals(
        new MonitoringDue(
            MonitoringActivity.WEEKLY_MEETING,
            Optional.of(LocalDate.of(2027, 7, 5)),
            Optional.of(LocalDate.of(2027, 7, 5)),
            false,
            LocalDate.of(2027, 7, 12)),
        schedule.entry(MonitoringActivity.WEEKLY_MEETING));
    assertEquals(
        new MonitoringDue(
            MonitoringActivity.WEEKLY_WORK_PLAN,
            Optional.of(LocalDate.of(2027, 7, 5)),
            Optional.empty(),
            true,
            LocalDate.of(2027, 7, 12)),
        schedule.entry(MonitoringActivity.WEEKLY_WORK_PLAN));
    // due 4 Apr and 4 Jul; the check of 30 Mar covered the first turn, none since 4 Apr
    assertEquals(
        new MonitoringDue(
            MonitoringActivity.QUARTERLY_SELF_CHECK,
            Optional.of(LocalDate.of(2027, 7, 4)),
            Optional.of(LocalDate.of(2027, 3, 30)),
            true,
            LocalDate.of(2027, 10, 4)),
        schedule.entry(MonitoringActivity.QUARTERLY_SELF_CHECK));
    assertEquals(
        new MonitoringDue(
            MonitoringActivity.HALF_YEAR_COACHING,
            Optional.of(LocalDate.of(2027, 7, 4)),
            Optional.empty(),
            true,
            LocalDate.of(2028, 1, 4)),
        schedule.entry(MonitoringActivity.HALF_YEAR_COACHING));
    assertEquals(
        new MonitoringDue(
            MonitoringActivity.YEARLY_EVALUATION,
            Optional.empty(),
            Optional.empty(),
            false,
            LocalDate.of(2028, 1, 4)),
        schedule.entry(MonitoringActivity.YEARLY_EVALUATION));
    assertEquals(
        List.of(
            MonitoringActivity.WEEKLY_WORK_PLAN,
            MonitoringActivity.QUARTERLY_SELF_CHECK,
            MonitoringActivity.HALF_YEAR_COACHING),
        schedule.overdue().stream().map(MonitoringDue::activity).toList());
    assertEquals(
        "quarterly self-check: due 2027-07-04, held 2027-03-30, OVERDUE; next 2027-10-04",
        schedule.entry(MonitoringActivity.QUARTERLY_SELF_CHECK).explanation());
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1: on 1 April 2027 the first self-check is not yet due, and the 30 March check"
          + " is the latest held")
  void beforeTheFirstQuarter() {
    MonitoringSchedule schedule = monitored().monitoringDue(LocalDate.of(2027, 4, 1)).orElseThrow();

    MonitoringDue check = schedule.entry(MonitoringActivity.QUARTERLY_SELF_CHECK);
    assertEquals(Optional.empty(), check.lastDue());
    assertEquals(Optional.of(LocalDate.of(2027, 3, 30)), check.lastHeld());
    assertFalse(check.overdue());
    assertEquals(LocalDate.of(2027, 4, 4), check.nextDue());
    // the weekly meeting held in July does not count on 1 April
    MonitoringDue meeting = schedule.entry(MonitoringActivity.WEEKLY_MEETING);
    assertEquals(Optional.empty(), meeting.lastHeld());
    assertEquals(Optional.of(LocalDate.of(2027, 3, 29)), meeting.lastDue());
    assertTrue(meeting.overdue());
  }

  @Test
  @DisplayName("DOMAIN D10.4: a yearly evaluation by the manager a year in clears the evaluation")
  void yearlyEvaluation() {
    RelationshipPlan evaluated =
        monitored()
            .recordMonitoring(
                new HeldMonitoring(
                    MonitoringActivity.YEARLY_EVALUATION,
                    LocalDate.of(2028, 1, 6),
                    MANAGER,
                    "targets met but the partner level"),
                day(430))
            .state();
    MonitoringDue evaluation =
        evaluated
            .monitoringDue(LocalDate.of(2028, 1, 6))
            .orElseThrow()
            .entry(MonitoringActivity.YEARLY_EVALUATION);
    assertEquals(Optional.of(LocalDate.of(2028, 1, 4)), evaluation.lastDue());
    assertFalse(evaluation.overdue());
    assertEquals(LocalDate.of(2029, 1, 4), evaluation.nextDue());
  }

  @Test
  @DisplayName("DOMAIN D10.1: before execution starts, nothing is due")
  void notExecuting() {
    assertEquals(
        Optional.empty(), NorthMobile.withStrategies().state().monitoringDue(START.plusYears(1)));
  }

  @Test
  @DisplayName(
      "DOMAIN D10.1, D10.4: execution cannot start on the last day a date can hold, whose weekly"
          + " meeting could not be dated, and monitoring is not asked about outside the calendar")
  void monitoringAtTheEdgesOfTheCalendar() {
    RelationshipPlan withStrategies = NorthMobile.withStrategies().state();
    RuleViolationException late =
        assertThrows(
            RuleViolationException.class,
            () ->
                withStrategies.startExecution(
                    LocalDate.MAX,
                    List.of(NorthMobile.staffing()),
                    NorthMobile.grades(),
                    StaffingPolicy.standard(),
                    day(60)));
    assertEquals(RuleId.D10_1, late.rule());
    assertTrue(
        late.getMessage().contains("execution starts on +999999999-12-31, outside the library's"),
        late.getMessage());

    RelationshipPlan executing = NorthMobile.executing().state();
    for (LocalDate asOf : List.of(LocalDate.MIN, LocalDate.MAX)) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> executing.monitoringDue(asOf));
      assertTrue(refused.getMessage().startsWith("asOf is " + asOf), refused.getMessage());
      assertTrue(refused.getMessage().endsWith("(DOMAIN D10.4)"), refused.getMessage());
    }
  }
}
