package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.customer.CustomerCategory;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradePolicy;
import org.leadtocash.domain.customer.Grading;
import org.leadtocash.domain.customer.ValueReturnPoint;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.CustomerGroupTriangle;
import org.leadtocash.domain.team.RoleHolder;
import org.leadtocash.domain.team.RotationPolicy;
import org.leadtocash.domain.team.SystemDepartmentSize;
import org.leadtocash.domain.team.TenureReport;
import org.leadtocash.domain.voice.IssueReview;
import org.leadtocash.domain.voice.MonthlyIssueReview;
import org.leadtocash.domain.voice.WeeklyIssueReview;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Dates a caller gives at the edges of what a {@link LocalDate} can hold, where a rule adds months
 * or days to them (a review a year after a grading, the month after a value-return month, the six
 * days before a weekly review): each factory refuses a date outside the library's calendar ({@link
 * BusinessDate#EARLIEST} to {@link BusinessDate#LATEST}) by name, with the rule, instead of failing
 * with a {@link java.time.DateTimeException} from deep inside, or making a value whose {@code
 * toString()} fails (issue 12 §6, the fuzz gate's findings).
 */
class CalendarEdgesTest {

  private static final Money CNY_100 = Money.of(CurrencyUnit.of("CNY"), 100);
  private static final YearMonth LAST_MONTH = YearMonth.of(Year.MAX_VALUE, 12);
  private static final YearMonth FIRST_MONTH = YearMonth.of(Year.MIN_VALUE, 1);

  private static void refused(Executable call, String startsWith, String section) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(startsWith), e.getMessage());
    assertTrue(e.getMessage().contains(BusinessDate.LATEST.toString()), e.getMessage());
    assertTrue(e.getMessage().endsWith("(DOMAIN " + section + ")"), e.getMessage());
  }

  @Test
  @DisplayName(
      "a value-return point of the last month or quarter a date can hold is refused by name (DOMAIN"
          + " D6.6)")
  void valueReturnPointOfTheLastMonth() {
    refused(
        () -> ValueReturnPoint.of(LAST_MONTH, CNY_100, CNY_100, CNY_100, CNY_100),
        "month is 999999999-12",
        "D6.6");
    refused(
        () ->
            ValueReturnPoint.of(
                YearQuarter.of(Year.MAX_VALUE, 4), CNY_100, CNY_100, CNY_100, CNY_100),
        "quarter is ",
        "D6.6");
    refused(
        () -> ValueReturnPoint.of(FIRST_MONTH, CNY_100, CNY_100, CNY_100, CNY_100),
        "month is -999999999-01",
        "D6.6");
    YearMonth lastInCalendar = YearMonth.from(BusinessDate.LATEST);
    assertEquals(
        "999999998-12",
        ValueReturnPoint.of(lastInCalendar, CNY_100, CNY_100, CNY_100, CNY_100).label());
  }

  @Test
  @DisplayName(
      "a value-return period in the last year a date can hold is refused, never made into a point"
          + " whose label fails (DOMAIN D6.6)")
  void valueReturnPeriodInTheLastYear() {
    LocalDateRange lateDecember =
        LocalDateRange.of(
            LocalDate.of(Year.MAX_VALUE, 12, 1), LocalDate.of(Year.MAX_VALUE, 12, 25));
    refused(
        () -> new ValueReturnPoint(lateDecember, CNY_100, CNY_100, CNY_100, CNY_100),
        "period's first day is +999999999-12-01",
        "D6.6");
  }

  @Test
  @DisplayName(
      "a weekly issue review as of the first day a date can hold, and a monthly one of the last"
          + " month, are refused by name (DOMAIN D8.2)")
  void issueReviews() {
    IssueReview reviews = IssueReview.in(ZoneOffset.UTC);
    refused(() -> reviews.weekly(List.of(), LocalDate.MIN), "asOf is -999999999-01-01", "D8.2");
    refused(() -> reviews.monthly(List.of(), LAST_MONTH), "month is 999999999-12", "D8.2");
    refused(
        () -> new WeeklyIssueReview(LocalDate.MIN, ZoneOffset.UTC, List.of(), List.of(), List.of()),
        "asOf is",
        "D8.2");
    refused(
        () ->
            new MonthlyIssueReview(
                LAST_MONTH,
                ZoneOffset.UTC,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of()),
        "month is",
        "D8.2");
    assertEquals(7, reviews.weekly(List.of(), BusinessDate.EARLIEST).period().lengthInDays());
  }

  @Test
  @DisplayName(
      "a grading effective on the last day a date can hold is refused: its yearly review cannot be"
          + " dated (DOMAIN D6.2)")
  void gradingOnTheLastDay() {
    refused(
        () ->
            new Grading(
                CustomerGrade.S,
                CustomerCategory.STRATEGIC,
                GradePolicy.standard(CustomerGrade.S),
                LocalDate.MAX),
        "effectiveOn is +999999999-12-31",
        "D6.2");
    Grading last =
        new Grading(
            CustomerGrade.S,
            CustomerCategory.STRATEGIC,
            GradePolicy.standard(CustomerGrade.S),
            BusinessDate.LATEST);
    assertEquals(LocalDate.of(Year.MAX_VALUE, 12, 31), last.reviewDueOn());
  }

  @Test
  @DisplayName(
      "a role held since a day outside the calendar is refused; a host's tenure limit of centuries"
          + " from a late start is simply not reached (DOMAIN D4.7)")
  void tenureAtTheEdges() {
    EmployeeId holder = EmployeeId.of("E-AR");
    refused(
        () -> RoleHolder.of(CoreRole.AR, holder, LocalDate.MAX),
        "since is +999999999-12-31",
        "D4.7");
    LocalDate lateStart = BusinessDate.LATEST.minusYears(10);
    CustomerGroupTriangle triangle =
        CustomerGroupTriangle.builder()
            .customer(CustomerId.of("C-1"))
            .size(SystemDepartmentSize.SMALL)
            .addHolder(RoleHolder.of(CoreRole.AR, holder, lateStart))
            .build();
    TenureReport centuries =
        RotationPolicy.of(Period.ofYears(500)).review(triangle, BusinessDate.LATEST);
    assertFalse(centuries.tenures().get(0).dueForRotation(), centuries::toString);
    TenureReport years = RotationPolicy.of(Period.ofYears(4)).review(triangle, BusinessDate.LATEST);
    assertTrue(years.tenures().get(0).dueForRotation(), years::toString);
  }
}
