package org.leadtocash.domain.voice;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.contract.Clause;
import org.leadtocash.domain.contract.ClauseId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.Contract;

/** A customer, its issues, surveys and contract, for the voice tests. */
final class VoiceFixtures {

  static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  static final PersonId CTO = PersonId.of("P-CTO");
  static final PersonId CFO = PersonId.of("P-CFO");
  static final EmployeeId HANDLER = EmployeeId.of("E-SERVICE");
  static final EmployeeId OTHER_HANDLER = EmployeeId.of("E-QUALITY");
  static final IssueId ISSUE = IssueId.of("IS-1");
  static final ContractId CONTRACT = ContractId.of("CT-1");

  private VoiceFixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Instant hour(int n) {
    return T0.plus(Duration.ofHours(n));
  }

  static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  static IssueDescription description(IssueSeverity severity) {
    return IssueDescription.builder()
        .customer(CUSTOMER)
        .summary("Site engineers missed three appointments")
        .severity(severity)
        .channel(FeedbackSource.HOTLINE)
        .raisedBy(CTO)
        .contract(CONTRACT)
        .build();
  }

  static CustomerIssue accepted(IssueId id, IssueSeverity severity, Instant at) {
    return CustomerIssue.accept(id, description(severity), at).state();
  }

  static CustomerIssue accepted() {
    return accepted(ISSUE, IssueSeverity.NORMAL, day(0));
  }

  static CustomerIssue handling() {
    return accepted().startHandling(HANDLER, day(1)).state();
  }

  /** Handled, then escalated to the region on day 3. */
  static CustomerIssue escalated() {
    return handling()
        .escalate(OrganisationLevel.REGION, "the office cannot free engineers", day(3))
        .state();
  }

  static CustomerIssue closed() {
    return escalated().close("a dedicated site team was assigned", day(6)).state();
  }

  static CustomerIssue evaluated() {
    return closed()
        .evaluate(IssueEvaluation.of(IssueSatisfaction.SATISFIED, "fixed quickly"), day(8))
        .state();
  }

  static Contract contract(ContractId id, boolean warranty) {
    List<Clause> clauses =
        warranty
            ? List.of(
                Clause.of(
                    ClauseId.of("WAR-1"), ClauseType.WARRANTY, "two years from the acceptance"))
            : List.of(Clause.of(ClauseId.of("OTH-1"), ClauseType.OTHER, "general terms"));
    return Contract.draft(
            id, OpportunityId.of("OP-1"), CUSTOMER, cny(10_000_000), clauses, List.of(), day(0))
        .state();
  }
}
