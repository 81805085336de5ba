package org.leadtocash.metrics.customer;

import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;
import static org.leadtocash.metrics.testing.Periods.days;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.customer.CustomerTotalValue;
import org.leadtocash.domain.customer.IntangibleScores;
import org.leadtocash.domain.customer.IntangibleValuePolicy;
import org.leadtocash.domain.customer.ServingCosts;
import org.leadtocash.domain.relationship.DecisionRole;
import org.leadtocash.domain.relationship.KeyPerson;
import org.leadtocash.domain.relationship.PositionKind;
import org.leadtocash.domain.relationship.Stance;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.FeedbackSource;
import org.leadtocash.domain.voice.IssueDescription;
import org.leadtocash.domain.voice.IssueId;
import org.leadtocash.domain.voice.SatisfactionDimension;
import org.leadtocash.domain.voice.SatisfactionSurvey;
import org.leadtocash.domain.voice.SurveyKind;
import org.leadtocash.domain.voice.SurveyResponse;
import org.leadtocash.metrics.ReportingPeriod;
import org.threeten.extra.LocalDateRange;

/** Customer values, decision chains, issues and surveys built through the domain's public API. */
final class CustomerMetricsFixtures {

  /** The year 2026 as a reporting period, read in UTC. */
  static final ReportingPeriod Y2026 = ReportingPeriod.year(Year.of(2026), ZoneOffset.UTC);

  /** The year 2026, half-open. */
  static final LocalDateRange YEAR =
      LocalDateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

  /** The 31 days from {@link org.leadtocash.domain.testing.DomainTesters#T0}, half-open. */
  static final ReportingPeriod MONTH = days(0, 31);

  static final EmployeeId HANDLER = EmployeeId.of("E-SERVICE");

  private CustomerMetricsFixtures() {}

  /**
   * Returns quarter {@code q} counted from Q1 2026: 0–3 lie in {@link #YEAR}, 4 and up after it.
   */
  static LocalDateRange quarter(int q) {
    LocalDate start = LocalDate.of(2026, 1, 1).plusMonths(3L * q);
    return LocalDateRange.of(start, start.plusMonths(3));
  }

  static CustomerId customer(int n) {
    return CustomerId.of("CU-" + n);
  }

  /** A total value that is all profit contribution: no costs, no intangible value. */
  static CustomerTotalValue value(CustomerId customer, Money profit, LocalDateRange period) {
    return CustomerTotalValue.calculate(
        customer,
        period,
        profit,
        ServingCosts.none(profit.getCurrencyUnit()),
        IntangibleScores.NONE,
        IntangibleValuePolicy.standard(Money.zero(profit.getCurrencyUnit())));
  }

  /** A total value in CNY over the year. */
  static CustomerTotalValue value(int customer, long profit) {
    return value(customer(customer), cny(profit), YEAR);
  }

  /** A total value in CNY over a quarter counted from Q1 2026. */
  static CustomerTotalValue value(int customer, long profit, int quarter) {
    return value(customer(customer), cny(profit), quarter(quarter));
  }

  /** A key person of a decision chain. */
  static KeyPerson person(
      String id,
      PositionKind position,
      Set<DecisionRole> roles,
      Optional<Stance> stance,
      boolean coach) {
    return KeyPerson.builder()
        .id(PersonId.of(id))
        .name("Name of " + id)
        .title("Title of " + id)
        .position(position)
        .addAllRoles(roles)
        .stance(stance)
        .coach(coach)
        .build();
  }

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Instant hour(int n) {
    return T0.plus(Duration.ofHours(n));
  }

  static IssueDescription description(int customer) {
    return IssueDescription.builder()
        .customer(customer(customer))
        .summary("Site engineers missed three appointments")
        .channel(FeedbackSource.HOTLINE)
        .build();
  }

  /** An issue accepted at an hour, still accepted. */
  static CustomerIssue accepted(int n, int acceptedHour) {
    return CustomerIssue.accept(IssueId.of("IS-" + n), description(n % 3), hour(acceptedHour))
        .state();
  }

  /**
   * An issue accepted at an hour, handled an hour later, escalated to the region two hours later if
   * asked, and closed {@code hoursToClose} hours after its acceptance if that is more than 2 (else
   * left open).
   */
  static CustomerIssue issue(int n, int acceptedHour, boolean escalated, int hoursToClose) {
    CustomerIssue issue =
        accepted(n, acceptedHour).startHandling(HANDLER, hour(acceptedHour + 1)).state();
    if (escalated) {
      issue =
          issue
              .escalate(
                  OrganisationLevel.REGION, "the office lacks engineers", hour(acceptedHour + 2))
              .state();
    }
    if (hoursToClose > 2) {
      issue = issue.close("a site team was assigned", hour(acceptedHour + hoursToClose)).state();
    }
    return issue;
  }

  /** A project-based survey on a day of 2026 with anonymous responses. */
  static SatisfactionSurvey survey(
      int customer, LocalDate conductedOn, List<Map<SatisfactionDimension, Integer>> responses) {
    SatisfactionSurvey.Builder survey = SatisfactionSurvey.builder();
    survey
        .customer(customer(customer))
        .kind(SurveyKind.PROJECT_BASED)
        .conductedOn(conductedOn)
        .contract(ContractId.of("CT-" + customer));
    for (Map<SatisfactionDimension, Integer> scores : responses) {
      survey.addResponse(SurveyResponse.anonymous(scores));
    }
    return survey.build();
  }
}
