package org.leadtocash.domain.voice;

import static org.leadtocash.domain.voice.VoiceFixtures.CONTRACT;
import static org.leadtocash.domain.voice.VoiceFixtures.CTO;
import static org.leadtocash.domain.voice.VoiceFixtures.CUSTOMER;
import static org.leadtocash.domain.voice.VoiceFixtures.HANDLER;
import static org.leadtocash.domain.voice.VoiceFixtures.ISSUE;
import static org.leadtocash.domain.voice.VoiceFixtures.accepted;
import static org.leadtocash.domain.voice.VoiceFixtures.closed;
import static org.leadtocash.domain.voice.VoiceFixtures.contract;
import static org.leadtocash.domain.voice.VoiceFixtures.date;
import static org.leadtocash.domain.voice.VoiceFixtures.day;
import static org.leadtocash.domain.voice.VoiceFixtures.description;
import static org.leadtocash.domain.voice.VoiceFixtures.escalated;
import static org.leadtocash.domain.voice.VoiceFixtures.handling;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.testing.DomainTesters;
import org.threeten.extra.LocalDateRange;

/** Null rejection and equality of the voice package's public types. */
class VoiceContractsTest {

  private static final ScopeItem CORE = ScopeItem.of(ScopeItemId.of("CORE-SW"), "5G core software");
  private static final Map<SatisfactionDimension, Integer> SCORES =
      Map.of(SatisfactionDimension.SAFETY, 4);

  private static ContractScope scope() {
    return ContractScope.of(
        contract(CONTRACT, true), List.of(CORE), LocalDateRange.of(date(30), date(700)));
  }

  private static CustomerRequest request() {
    return CustomerRequest.about(CONTRACT, RequestKind.DELIVERY, CORE.id(), "deliver", date(3));
  }

  private static NullPointerTester tester() {
    return DomainTesters.nullPointerTester()
        .setDefault(IssueId.class, ISSUE)
        .setDefault(IssueDescription.class, description(IssueSeverity.NORMAL))
        .setDefault(CustomerIssue.class, handling())
        .setDefault(
            Escalation.class,
            new Escalation(
                OrganisationLevel.REPRESENTATIVE_OFFICE, OrganisationLevel.REGION, "x", day(1)))
        .setDefault(IssueEvaluation.class, IssueEvaluation.of(IssueSatisfaction.NEUTRAL, ""))
        .setDefault(OrganisationLevel.class, OrganisationLevel.REGION)
        .setDefault(YearMonth.class, YearMonth.of(2026, 1))
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(Rate.class, Rate.of(1, 2))
        .setDefault(SatisfactionDimension.class, SatisfactionDimension.SAFETY)
        .setDefault(SatisfactionArea.class, SatisfactionArea.SERVICE)
        .setDefault(ScopeItemId.class, CORE.id())
        .setDefault(ScopeItem.class, CORE)
        .setDefault(Contract.class, contract(CONTRACT, true))
        .setDefault(CustomerRequest.class, request());
  }

  @Test
  @DisplayName("every public method of the voice package rejects null arguments")
  void nulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Feedback.class,
            FeedbackSummary.class,
            IssueId.class,
            IssueDescription.class,
            Escalation.class,
            IssueEvaluation.class,
            CustomerIssue.class,
            IssueAccepted.class,
            HandlingStarted.class,
            IssueEscalated.class,
            IssueMarkedMajor.class,
            IssueClosed.class,
            IssueEvaluated.class,
            IssueReview.class,
            WeeklyIssueReview.class,
            MonthlyIssueReview.class,
            SatisfactionDimension.class,
            SurveyResponse.class,
            SatisfactionSurvey.class,
            DimensionScore.class,
            ScopeItemId.class,
            ScopeItem.class,
            ContractScope.class,
            CustomerRequest.class,
            RequestClassification.class)) {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(
        Feedback.of(CUSTOMER, FeedbackKind.NEED, FeedbackSource.SURVEY, date(1), "x"));
    tester.testAllPublicInstanceMethods(FeedbackSummary.of(List.of()));
    tester.testAllPublicInstanceMethods(accepted());
    tester.testAllPublicInstanceMethods(escalated());
    tester.testAllPublicInstanceMethods(closed());
    tester.testAllPublicInstanceMethods(IssueReview.in(ZoneOffset.UTC));
    tester.testAllPublicInstanceMethods(
        IssueReview.in(ZoneOffset.UTC).weekly(List.of(escalated()), date(5)));
    tester.testAllPublicInstanceMethods(
        IssueReview.in(ZoneOffset.UTC).monthly(List.of(closed()), YearMonth.of(2026, 1)));
    tester.testAllPublicInstanceMethods(SatisfactionSurveyTest.projectSurvey());
    tester.testAllPublicInstanceMethods(
        SatisfactionSurveyTest.projectSurvey().score(SatisfactionDimension.STABILITY));
    tester.testAllPublicInstanceMethods(scope());
    tester.testAllPublicInstanceMethods(scope().classify(request()));
  }

  @Test
  @DisplayName("voice values are equal exactly when all their parts are")
  void equality() {
    Feedback feedback =
        Feedback.of(CUSTOMER, FeedbackKind.OPINION, FeedbackSource.INTERVIEW, date(1), "good");
    new EqualsTester()
        .addEqualityGroup(
            feedback,
            Feedback.of(CUSTOMER, FeedbackKind.OPINION, FeedbackSource.INTERVIEW, date(1), "good"))
        .addEqualityGroup(feedback.from(CTO))
        .addEqualityGroup(
            Feedback.of(CUSTOMER, FeedbackKind.OPINION, FeedbackSource.HOTLINE, date(1), "good"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(IssueId.of("IS-1"), new IssueId("IS-1"))
        .addEqualityGroup(IssueId.of("IS-2"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(description(IssueSeverity.NORMAL), description(IssueSeverity.NORMAL))
        .addEqualityGroup(description(IssueSeverity.CRITICAL))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(escalated(), escalated())
        .addEqualityGroup(handling())
        .addEqualityGroup(accepted())
        .addEqualityGroup(accepted(IssueId.of("IS-2"), IssueSeverity.NORMAL, day(0)))
        .addEqualityGroup(escalated().markMajor("x", day(4)).state())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new IssueClosed(ISSUE, 2, "done", day(1)), new IssueClosed(ISSUE, 2, "done", day(1)))
        .addEqualityGroup(new IssueClosed(ISSUE, 2, "done", day(2)))
        .addEqualityGroup(new HandlingStarted(ISSUE, 2, HANDLER, day(1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            IssueEvaluation.of(IssueSatisfaction.SATISFIED, "a"),
            new IssueEvaluation(IssueSatisfaction.SATISFIED, "a"))
        .addEqualityGroup(IssueEvaluation.of(IssueSatisfaction.DISSATISFIED, "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SurveyResponse.anonymous(SCORES), SurveyResponse.anonymous(SCORES))
        .addEqualityGroup(SurveyResponse.of(CTO, SCORES))
        .addEqualityGroup(SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 5)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            SatisfactionSurveyTest.projectSurvey(), SatisfactionSurveyTest.projectSurvey())
        .addEqualityGroup(
            SatisfactionSurvey.builder()
                .from(SatisfactionSurveyTest.projectSurvey())
                .conductedOn(date(201))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new DimensionScore(SatisfactionDimension.SAFETY, Rate.of(7, 2)),
            SatisfactionSurvey.builder()
                .from(SatisfactionSurveyTest.projectSurvey())
                .responses(
                    List.of(
                        SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 3)),
                        SurveyResponse.anonymous(Map.of(SatisfactionDimension.SAFETY, 4))))
                .build()
                .score(SatisfactionDimension.SAFETY))
        .addEqualityGroup(new DimensionScore(SatisfactionDimension.SAFETY, Rate.NO_DATA))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(scope(), scope())
        .addEqualityGroup(ContractScope.of(contract(CONTRACT, true), List.of(CORE)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(scope().classify(request()), scope().classify(request()))
        .addEqualityGroup(
            scope()
                .classify(
                    CustomerRequest.unscoped(CONTRACT, RequestKind.NEW_NEED, "more", date(3))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FeedbackSummary.of(List.of(feedback)), FeedbackSummary.of(List.of(feedback)))
        .addEqualityGroup(FeedbackSummary.of(List.of()))
        .testEquals();
    IssueReview utc = IssueReview.in(ZoneOffset.UTC);
    new EqualsTester()
        .addEqualityGroup(utc, IssueReview.in(ZoneOffset.UTC))
        .addEqualityGroup(IssueReview.in(ZoneId.of("Asia/Shanghai")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            utc.weekly(List.of(escalated()), date(5)),
            new WeeklyIssueReview(
                date(5), ZoneOffset.UTC, List.of(escalated()), List.of(escalated()), List.of()))
        .addEqualityGroup(utc.weekly(List.of(), date(5)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            utc.monthly(List.of(closed()), YearMonth.of(2026, 1)),
            IssueReview.in(ZoneOffset.UTC).monthly(List.of(closed()), YearMonth.of(2026, 1)))
        .addEqualityGroup(utc.monthly(List.of(closed()), YearMonth.of(2026, 2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            CustomerRequest.unscoped(CONTRACT, RequestKind.CHANGE, "x", date(1)),
            new CustomerRequest(CONTRACT, RequestKind.CHANGE, Optional.empty(), "x", date(1)))
        .addEqualityGroup(request())
        .testEquals();
  }
}
