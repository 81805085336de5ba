package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.customer.CustomerFixtures.day;
import static org.leadtocash.domain.customer.CustomerFixtures.graded;
import static org.leadtocash.domain.customer.CustomerFixtures.valued;
import static org.leadtocash.domain.customer.CustomerFixtures.withStrategy;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.D0;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * A customer's history runs forward (DOMAIN D6.3): a command dated before its last event is refused
 * before anything else, an observation is dated neither before the registration nor after it is
 * recorded, and a review is not recorded before it is held. The customer is registered on day 0
 * ({@code D0}, 09:00 UTC).
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
      "a grading may apply from before the registration here: a host carries it over (DOMAIN"
          + " D6.2)")
  void gradingCarriedOver() {
    Customer graded =
        valued()
            .grade(
                CustomerGrade.B,
                CustomerCategory.COMMERCIAL,
                GradePolicy.standard(CustomerGrade.B),
                D0.minusYears(1),
                day(3))
            .state();
    assertEquals(D0.minusYears(1), graded.grading().orElseThrow().effectiveOn());
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
