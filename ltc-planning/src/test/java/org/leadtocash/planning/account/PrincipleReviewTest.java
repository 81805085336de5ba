package org.leadtocash.planning.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleId;

/**
 * The key-account director reviews the North Mobile account team against the ten principles and the
 * seven guiding principles (DOMAIN D11.1), recording what she found and the evidence.
 */
class PrincipleReviewTest {

  private static PrincipleReview review() {
    return PrincipleReview.builder()
        .met(Principle.KNOW_THE_CUSTOMER, "the team's usage model predicted the Q3 data surge")
        .met(Principle.FINANCIAL_NUMBERS, "account P&L by product reviewed with the CFO in March")
        .notMet(Principle.LEAD, "every proposal this year answered an RFP")
        .met(Principle.PROACTIVE, "  ")
        .notMet(Principle.SPREAD, "")
        .met(GuidingPrinciple.FOCUS, "12 accounts get 70 % of the team's hours")
        .notMet(GuidingPrinciple.SENIOR_MANAGEMENT, "no executive visit in 18 months")
        .build();
  }

  @Test
  @DisplayName("DOMAIN D11.1: the report lists all 17 principles in DOMAIN order")
  void listsAllSeventeenInOrder() {
    PrincipleReport report = review().report();

    assertEquals(RuleId.D11_1, report.rule());
    assertEquals(17, report.findings().size());
    List<AccountPrinciple> expected = new ArrayList<>(List.of(Principle.values()));
    expected.addAll(List.of(GuidingPrinciple.values()));
    assertEquals(expected, report.findings().stream().map(PrincipleFinding::principle).toList());
    assertEquals(1, Principle.KNOW_THE_CUSTOMER.number());
    assertEquals(10, Principle.TEAM.number());
    assertEquals(11, GuidingPrinciple.FOCUS.number());
    assertEquals(17, GuidingPrinciple.RESOURCE_ALLOCATION.number());
  }

  @Test
  @DisplayName("DOMAIN D11.1: met only on evidence; not recorded is not assessed")
  void verdictsFollowTheEvidence() {
    PrincipleReport report = review().report();

    PrincipleFinding know = report.finding(Principle.KNOW_THE_CUSTOMER);
    assertEquals(Verdict.MET, know.verdict());
    assertEquals(
        Optional.of("the team's usage model predicted the Q3 data surge"), know.evidence());

    PrincipleFinding lead = report.finding(Principle.LEAD);
    assertEquals(Verdict.NOT_MET, lead.verdict());
    assertEquals("not met: every proposal this year answered an RFP", lead.reason());

    PrincipleFinding proactive = report.finding(Principle.PROACTIVE);
    assertEquals(Verdict.NOT_MET, proactive.verdict(), "claimed met, but no evidence");
    assertEquals(Optional.empty(), proactive.evidence());
    assertEquals(
        "5. be proactive: not met (recorded as met without evidence; a principle is met only on"
            + " evidence)",
        proactive.explanation());

    assertEquals(
        "recorded as not met, no evidence given", report.finding(Principle.SPREAD).reason());
    assertEquals(Verdict.NOT_ASSESSED, report.finding(Principle.BORROW).verdict());
    assertEquals(Verdict.NOT_ASSESSED, report.finding(GuidingPrinciple.CUSTOMER_ROLE).verdict());
  }

  @Test
  @DisplayName("DOMAIN D11.1: the summary counts 3 met, 4 not met, 10 not assessed")
  void summaryCounts() {
    PrincipleReport report = review().report();

    // met: know the customer, financial numbers, focus
    // not met: lead, proactive (no evidence), spread, senior management
    assertEquals(
        List.of(Principle.KNOW_THE_CUSTOMER, Principle.FINANCIAL_NUMBERS, GuidingPrinciple.FOCUS),
        report.with(Verdict.MET).stream().map(PrincipleFinding::principle).toList());
    assertEquals("3 of 17 principles met, 4 not met, 10 not assessed", report.summary());
    assertFalse(report.allMet());
    assertEquals(18, report.explanation().lines().count());
    assertTrue(
        report
            .explanation()
            .contains(
                "11. focus: invest in few, truly important accounts: met (met on the evidence: 12"
                    + " accounts get 70 % of the team's hours)"));
  }

  @Test
  @DisplayName("DOMAIN D11.1: a review with evidence for all 17 is all met")
  void allMet() {
    PrincipleReview.Builder review = PrincipleReview.builder();
    AccountPrinciple.all().forEach(p -> review.met(p, "seen at the review: " + p.label()));
    PrincipleReport report = review.build().report();

    assertTrue(report.allMet());
    assertEquals("17 of 17 principles met, 0 not met, 0 not assessed", report.summary());
  }

  @Test
  @DisplayName("DOMAIN D11.1: a later record replaces the earlier one; order of recording is moot")
  void laterRecordReplaces() {
    PrincipleReview review =
        PrincipleReview.builder()
            .met(GuidingPrinciple.TARGET, "lifetime value model")
            .notMet(Principle.TEAM, "only sales attend")
            .met(Principle.TEAM, "delivery and finance joined the account team in May")
            .build();

    assertEquals(
        List.of(Principle.TEAM, GuidingPrinciple.TARGET),
        List.copyOf(review.assessments().keySet()));
    assertEquals(Verdict.MET, review.report().finding(Principle.TEAM).verdict());
  }

  @Test
  @DisplayName("DOMAIN D11.1: a report out of order, or a met finding without evidence, is refused")
  void badReportsAreRefused() {
    List<PrincipleFinding> findings = new ArrayList<>(review().report().findings());
    findings.remove(0);
    IllegalArgumentException short16 =
        assertThrows(IllegalArgumentException.class, () -> new PrincipleReport(findings));
    assertTrue(short16.getMessage().contains("all 17 principles (DOMAIN D11.1), not 16"));

    List<PrincipleFinding> swapped = new ArrayList<>(review().report().findings());
    swapped.add(0, swapped.remove(1));
    IllegalArgumentException order =
        assertThrows(IllegalArgumentException.class, () -> new PrincipleReport(swapped));
    assertTrue(order.getMessage().contains("order of DOMAIN D11.1"), order.getMessage());

    IllegalArgumentException noEvidence =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PrincipleFinding(Principle.LEAD, Verdict.MET, Optional.empty(), "claimed"));
    assertTrue(noEvidence.getMessage().contains("met only on evidence (DOMAIN D11.1)"));
  }
}
