package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.customer.CustomerFixtures.day;
import static org.leadtocash.domain.customer.CustomerFixtures.graded;
import static org.leadtocash.domain.customer.CustomerFixtures.valued;
import static org.leadtocash.domain.customer.CustomerFixtures.withStrategy;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.D0;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * A customer's history runs forward (DOMAIN D6.3): a command dated before its last event is refused
 * before anything else; an observation, a grading and a review are dated neither before the
 * registration nor after they are recorded; and a restored snapshot is held to the same. The
 * customer is registered on day 0 ({@code D0}, 09:00 UTC).
 */
class CustomerDatesTest {

  @Test
  @DisplayName("an observation dated before the customer's registration is refused (DOMAIN D6.3)")
  void observationBeforeRegistration() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D6.3",
            withStrategy(),
            c ->
                c.monitor(
                    MonitoringFocus.CUSTOMER_RETURNS, "orders up", D0.minusYears(10), day(5)));
    assertTrue(
        refused.getMessage().contains("before the customer was registered"), refused.getMessage());
  }

  @Test
  @DisplayName("an observation recorded before it was made is refused (DOMAIN D6.3)")
  void observationInTheFuture() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D6.3",
            withStrategy(),
            c -> c.monitor(MonitoringFocus.CUSTOMER_RETURNS, "orders up", D0.plusDays(9), day(5)));
    assertTrue(
        refused.getMessage().contains("a fact is recorded once it has happened"),
        refused.getMessage());
    assertEquals(
        D0.plusDays(6),
        withStrategy()
            .monitor(MonitoringFocus.CUSTOMER_RETURNS, "orders up", D0.plusDays(6), day(5))
            .state()
            .monitoring()
            .get(0)
            .observedOn(),
        "a date on the recording's calendar day in some zone is accepted");
  }

  @Test
  @DisplayName("a review recorded before it is held is refused (DOMAIN D6.3)")
  void reviewInTheFuture() {
    Customer graded = graded(CustomerGrade.A, D0);
    assertRefused(
        RuleViolationException.class,
        "D6.3",
        graded,
        c ->
            c.reviewGrade(
                CustomerGrade.S,
                CustomerCategory.STRATEGIC,
                GradePolicy.standard(CustomerGrade.S),
                D0.plusDays(40),
                day(10)));
  }

  @Test
  @DisplayName(
      "a grading that applies from before the customer's registration is refused (DOMAIN D6.3)")
  void gradingBeforeRegistration() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D6.3",
            valued(),
            c ->
                c.grade(
                    CustomerGrade.B,
                    CustomerCategory.COMMERCIAL,
                    GradePolicy.standard(CustomerGrade.B),
                    D0.minusYears(1),
                    day(3)));
    assertTrue(
        refused
            .getMessage()
            .contains(
                "the grading applies from "
                    + D0.minusYears(1)
                    + ", before the customer was registered"),
        refused.getMessage());
    assertEquals(
        D0.minusDays(1),
        graded(CustomerGrade.B, D0.minusDays(1)).grading().orElseThrow().effectiveOn(),
        "registered at 09:00 UTC, the day before is still the registration's date at UTC-18:00");
  }

  @Test
  @DisplayName("a grading recorded before it applies is refused (DOMAIN D6.3)")
  void gradingInTheFuture() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D6.3",
            valued(),
            c ->
                c.grade(
                    CustomerGrade.B,
                    CustomerCategory.COMMERCIAL,
                    GradePolicy.standard(CustomerGrade.B),
                    D0.plusDays(30),
                    day(3)));
    assertTrue(
        refused.getMessage().contains("the grading applies from " + D0.plusDays(30) + ", after"),
        refused.getMessage());
  }

  @Test
  @DisplayName("a review held before the customer's registration is refused (DOMAIN D6.3)")
  void reviewBeforeRegistration() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D6.3",
            graded(CustomerGrade.A, D0),
            c ->
                c.reviewGrade(
                    CustomerGrade.S,
                    CustomerCategory.STRATEGIC,
                    GradePolicy.standard(CustomerGrade.S),
                    D0.minusYears(2),
                    day(10)));
    assertTrue(
        refused.getMessage().contains("the review is held on " + D0.minusYears(2) + ", before"),
        refused.getMessage());
  }

  @Test
  @DisplayName(
      "a snapshot with a grading before the registration, or an observation after its latest"
          + " event, is refused (DOMAIN D6.3)")
  void snapshotDatesOutsideTheCustomer() {
    Customer graded = graded(CustomerGrade.A, D0);
    Grading early =
        new Grading(
            CustomerGrade.A,
            CustomerCategory.STRATEGIC,
            GradePolicy.standard(CustomerGrade.A),
            D0.minusYears(1));
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> Customer.restore().from(graded).gradings(List.of(early)).build());
    assertTrue(
        refused.getMessage().contains("grading 1 applies from " + D0.minusYears(1)),
        refused.getMessage());
    assertTrue(refused.getMessage().endsWith("(DOMAIN D6.3)"), refused.getMessage());
    Customer monitored =
        withStrategy()
            .monitor(MonitoringFocus.CUSTOMER_RETURNS, "orders up", D0.plusDays(5), day(5))
            .state();
    MonitoringRecord later =
        new MonitoringRecord(MonitoringFocus.CUSTOMER_RETURNS, "orders up", D0.plusDays(60));
    IllegalArgumentException observed =
        assertThrows(
            IllegalArgumentException.class,
            () -> Customer.restore().from(monitored).monitoring(List.of(later)).build());
    assertTrue(
        observed.getMessage().contains("observation 1 is made on " + D0.plusDays(60)),
        observed.getMessage());
    assertEquals(monitored, Customer.restore().from(monitored).build());
  }

  @Test
  @DisplayName(
      "a command dated before the last event is refused for its time first, naming D6.3, even"
          + " with a date the customer would refuse too")
  void timeFirst() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D6.3",
            withStrategy(),
            c ->
                c.monitor(
                    MonitoringFocus.CUSTOMER_RETURNS, "orders up", D0.minusYears(10), day(1)));
    assertTrue(refused.getMessage().contains("is before its last event"), refused.getMessage());
  }
}
