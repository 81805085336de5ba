package org.leadtocash.domain.activity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.PersonId;
import org.threeten.extra.LocalDateRange;

/**
 * A contact activity: one of the "12 + 1" (DOMAIN D7.9), planned with the customer's people it
 * meets, our staff who take part, the opportunity it supports, its dates, its budget and its
 * purpose.
 *
 * <p>True of every activity: it meets at least one of the customer's people and involves at least
 * one of ours; it takes place on at least one day, its {@link #dates() dates} a bounded range, end
 * exclusive (a one-day activity runs from its day to the next), within the library's calendar
 * ({@link BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}, where the week of each day can be
 * counted); the purpose is not blank; and an activity of the "+1" type states its {@link
 * CooperationForm}, which no other type has. Whether its dates fit the opportunity's schedule, and
 * whether its budget is positive and in the right currency, are rules of planning, checked when a
 * {@link ContactPlan} accepts it.
 *
 * <pre>{@code
 * ContactActivity visit = ContactActivity.builder()
 *     .id(ActivityId.of("A-1"))
 *     .type(ActivityType.SHOWCASE_SITE_VISIT)
 *     .addContact(PersonId.of("P-CTO"))
 *     .addStaff(EmployeeId.of("E-AR"))
 *     .opportunity(OpportunityId.of("OP-1"))
 *     .dates(LocalDateRange.ofClosed(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11)))
 *     .budget(Money.parse("CNY 80000"))
 *     .purpose("show the CTO the core network we built for a peer operator")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class ContactActivity {

  ContactActivity() {}

  /** {@return the activity's id; never null} */
  public abstract ActivityId id();

  /** {@return which of the "12 + 1" it is; never null} */
  public abstract ActivityType type();

  /** {@return the form of joint work, present exactly for the "+1" type; never null} */
  public abstract Optional<CooperationForm> form();

  /** {@return the customer's people it meets; never null, never empty} */
  public abstract Set<PersonId> contacts();

  /** {@return our people who take part; never null, never empty} */
  public abstract Set<EmployeeId> staff();

  /** {@return the opportunity it supports (D7.9: every activity names its project); never null} */
  public abstract OpportunityId opportunity();

  /**
   * {@return the days it takes place, end exclusive: from its first day to the day after its last;
   * never null, never empty, bounded, within the library's calendar}
   */
  public abstract LocalDateRange dates();

  /** {@return its budget; a plan accepts only a positive budget in its currency (D7.9)} */
  public abstract Money budget();

  /** {@return what the activity is for; never null, never blank} */
  public abstract String purpose();

  /**
   * Returns whether the activity meets one of the customer's people.
   *
   * @param person the person; not null
   * @return whether the person is among its contacts
   */
  public boolean meets(PersonId person) {
    Objects.requireNonNull(person, "person");
    return contacts().contains(person);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContactActivity}; id, type, at least one contact and one staff member,
   * opportunity, dates, budget and purpose are required.
   */
  public static final class Builder extends ImmutableContactActivity.Builder {

    Builder() {}

    /**
     * Sets the dates of a one-day activity.
     *
     * @param day the day it takes place; not null, within the library's calendar ({@link
     *     BusinessDate#EARLIEST} to {@link BusinessDate#LATEST})
     * @return this builder
     * @throws IllegalArgumentException if {@code day} is outside the library's calendar, such as
     *     {@link LocalDate#MIN} or {@link LocalDate#MAX}, which a range of days cannot hold as a
     *     bounded day (DOMAIN D11.3)
     */
    @CanIgnoreReturnValue
    public Builder on(LocalDate day) {
      Objects.requireNonNull(day, "day");
      BusinessDate.checkWithinCalendar(day, "day", "D11.3");
      dates(LocalDateRange.ofClosed(day, day));
      return this;
    }
  }

  @Value.Check
  void check() {
    FreeText.line(purpose(), "purpose");
    checkArgument(
        !contacts().isEmpty(),
        "activity %s meets at least one of the customer's people (DOMAIN D7.9)",
        id());
    checkArgument(
        !staff().isEmpty(), "activity %s involves at least one of our people (DOMAIN D7.9)", id());
    checkArgument(
        !dates().isEmpty() && !dates().isUnboundedStart() && !dates().isUnboundedEnd(),
        "activity %s takes place on a bounded range of at least one day, not %s",
        id(),
        dates());
    BusinessDate.checkWithinCalendar(dates().getStart(), "dates' first day", "D7.9");
    BusinessDate.checkWithinCalendar(dates().getEndInclusive(), "dates' last day", "D7.9");
    checkArgument(!purpose().isBlank(), "activity %s states its purpose (DOMAIN D7.9)", id());
    if (type().isJointWork()) {
      checkArgument(
          form().isPresent(),
          "activity %s of the +1 type states its form of joint work (DOMAIN D7.9)",
          id());
    } else {
      checkArgument(
          form().isEmpty(),
          "activity %s is a %s; only the +1 type has a form of joint work (DOMAIN D7.9)",
          id(),
          type());
    }
  }
}
