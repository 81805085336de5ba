package org.leadtocash.domain.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityProfile;
import org.threeten.extra.LocalDateRange;

/** A customer, its people, its opportunities and activities, for the activity tests. */
final class ActivityFixtures {

  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final CustomerId OTHER_CUSTOMER = CustomerId.of("CU-SOUTH-TELECOM");
  static final OpportunityId CORE = OpportunityId.of("OP-CORE");
  static final OpportunityId RADIO = OpportunityId.of("OP-RADIO");
  static final PersonId CTO = PersonId.of("P-CTO");
  static final PersonId CFO = PersonId.of("P-CFO");
  static final PersonId BUYER = PersonId.of("P-PROCUREMENT-DIRECTOR");
  static final EmployeeId AR = EmployeeId.of("E-AR");
  static final EmployeeId SR = EmployeeId.of("E-SR");

  /** The expected signing date of {@link #core()}: 120 days after it opened. */
  static final LocalDate SIGNING = date(120);

  private ActivityFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** The days from {@code first} to {@code last}, both included, as an end-exclusive range. */
  static LocalDateRange days(int first, int last) {
    return LocalDateRange.ofClosed(date(first), date(last));
  }

  static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  static OpportunityProfile profile(CustomerId customer, String name) {
    return OpportunityProfile.builder()
        .customer(customer)
        .name(name)
        .owner(AR)
        .amount(cny(8_000_000))
        .build();
  }

  /** The core-network opportunity, opened on day 0 and expected to sign on day 120. */
  static Opportunity core() {
    return Opportunity.open(CORE, profile(CUSTOMER, "5G core expansion"), day(0))
        .then(o -> o.forecast(cny(8_000_000), SIGNING, Probability.ofPercent(30), day(1)))
        .state();
  }

  /** The radio opportunity, opened on day 10, with no signing date forecast yet. */
  static Opportunity radio() {
    return Opportunity.open(RADIO, profile(CUSTOMER, "Radio swap"), day(10)).state();
  }

  /** A one-day activity on the given day for the core opportunity, with a CNY 10 000 budget. */
  static ContactActivity activity(String id, ActivityType type, int day, PersonId... contacts) {
    return activityBuilder(id, type, day, contacts).build();
  }

  static ContactActivity.Builder activityBuilder(
      String id, ActivityType type, int day, PersonId... contacts) {
    ContactActivity.Builder b =
        ContactActivity.builder()
            .id(ActivityId.of(id))
            .type(type)
            .addContacts(contacts)
            .addStaff(AR)
            .opportunity(CORE)
            .on(date(day))
            .budget(cny(10_000))
            .purpose(type.label() + " to build trust");
    if (type.isJointWork()) {
      b.form(CooperationForm.JOINT_INNOVATION);
    }
    return b;
  }

  static ContactPlan emptyPlan() {
    return ContactPlan.of(CUSTOMER, cny(1).getCurrencyUnit(), ZoneOffset.UTC);
  }

  /** A plan of activities for the core opportunity, planned in order. */
  static ContactPlan planOf(List<ContactActivity> activities) {
    ContactPlan plan = emptyPlan();
    Opportunity core = core();
    for (ContactActivity a : activities) {
      plan = plan.plan(a, core);
    }
    return plan;
  }

  /**
   * Asserts that planning is refused with a rule violation of D7.9 that names the plan, and that
   * the plan is unchanged.
   */
  @CanIgnoreReturnValue
  static RuleViolationException assertRefused(
      ContactPlan plan, Function<ContactPlan, ContactPlan> command) {
    ContactPlan before =
        ContactPlan.restore(plan.customer(), plan.currency(), plan.zone(), plan.activities());
    RuleViolationException refusal =
        assertThrows(RuleViolationException.class, () -> command.apply(plan));
    assertEquals(RuleId.of("D7.9"), refusal.rule(), refusal::getMessage);
    assertTrue(
        refusal.getMessage().contains("[DOMAIN D7.9]"),
        () -> "the message names the rule: " + refusal.getMessage());
    assertTrue(
        refusal.getMessage().startsWith("ContactPlan " + plan.customer()),
        () -> "the message names the plan: " + refusal.getMessage());
    assertEquals(before, plan, "a refused activity changes nothing");
    return refusal;
  }
}
