package org.leadtocash.metrics.testing;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.customer.BasicDataAnalysis;
import org.leadtocash.domain.customer.BasicDataSource;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerCategory;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.CustomerSize;
import org.leadtocash.domain.customer.CustomerType;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.customer.GradePolicy;
import org.leadtocash.domain.customer.Segment;
import org.leadtocash.domain.customer.ValueAssessment;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.EstimateContributor;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GatePolicy;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityProfile;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.ProjectMember;
import org.leadtocash.domain.team.ProjectTriangle;

/**
 * Opportunities for the sales KPI tests' worked examples, built through the domain's public
 * commands (DOMAIN D3) by a fluent {@link Deal}. Day {@code n} is {@code T0 + n days}; its date is
 * {@code D0 + n} (UTC). The properties' random opportunities come from ltc-testkit's book of
 * business, where the properties that use them live.
 */
public final class Deals {

  public static final CustomerId CUSTOMER = CustomerId.of("CU-NORTH-MOBILE");
  public static final CompetitorId RIVAL = CompetitorId.of("CO-RIVAL");
  public static final CompetitorId OTHER = CompetitorId.of("CO-OTHER");
  public static final CompetitorId THIRD = CompetitorId.of("CO-THIRD");
  public static final List<CompetitorId> COMPETITORS = List.of(RIVAL, OTHER, THIRD);

  private static final EmployeeId AR = EmployeeId.of("E-AR");
  private static final EmployeeId SR = EmployeeId.of("E-SR");
  private static final EmployeeId FR = EmployeeId.of("E-FR");
  private static final EmployeeId SPONSOR = EmployeeId.of("E-SPONSOR");
  private static final EmployeeId OFFICE_HEAD = EmployeeId.of("E-OFFICE");

  /** A representative office decides below 10 M, so every deal here is decided by the office. */
  private static final GatePolicy POLICY = GatePolicy.standard(cny(10_000_000), cny(50_000_000));

  private Deals() {}

  public static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  public static LocalDate date(int n) {
    return D0.plusDays(n);
  }

  /**
   * Opens a deal on a day.
   *
   * @param n its number, for its id
   * @param day the opening day
   * @param amount its amount in CNY, below 10 M
   */
  public static Deal open(int n, int day, long amount) {
    return open(OpportunityId.of("OP-" + n), day, cny(amount), Probability.ofPercent(10));
  }

  /**
   * Opens a deal on a day, in any currency.
   *
   * @param n its number, for its id
   * @param day the opening day
   * @param amount its amount
   */
  public static Deal open(int n, int day, Money amount) {
    return open(OpportunityId.of("OP-" + n), day, amount, Probability.ofPercent(10));
  }

  private static Deal open(OpportunityId id, int day, Money amount, Probability probability) {
    OpportunityProfile profile =
        OpportunityProfile.builder()
            .customer(CUSTOMER)
            .name("deal " + id.value())
            .owner(AR)
            .amount(amount)
            .probability(probability)
            .build();
    return new Deal(Opportunity.open(id, profile, gradeB(), day(day)).state());
  }

  /** The customer's attestation of its grade B (DOMAIN D6.2), issued by the graded customer. */
  private static GradeAttestation gradeB() {
    Instant at = day(0);
    return Customer.register(
            CUSTOMER,
            "customer " + CUSTOMER,
            Segment.of(
                CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION,
                CustomerType.TECHNICALLY_COMPLEX,
                Money.of(CurrencyUnit.of("CNY"), 3_000_000)),
            at)
        .then(
            c ->
                c.analyseBasicData(
                    BasicDataAnalysis.of("profile read", BasicDataSource.CUSTOMER_PROFILE), at))
        .then(
            c ->
                c.identifyValue(
                    ValueAssessment.builder()
                        .currentValue(Money.of(CurrencyUnit.of("CNY"), 1_000_000))
                        .longTermValue(Money.of(CurrencyUnit.of("CNY"), 5_000_000))
                        .rationale("the value-return curve")
                        .build(),
                    at))
        .then(
            c ->
                c.grade(
                    CustomerGrade.B,
                    CustomerCategory.PARTNER,
                    GradePolicy.standard(CustomerGrade.B),
                    LocalDate.ofInstant(at, ZoneOffset.UTC),
                    at))
        .state()
        .gradeAttestation()
        .orElseThrow();
  }

  /** A deal under construction; every step is a domain command, so a broken rule throws. */
  public static final class Deal {
    private Opportunity opportunity;

    private Deal(Opportunity opportunity) {
      this.opportunity = opportunity;
    }

    public Opportunity opportunity() {
      return opportunity;
    }

    @CanIgnoreReturnValue
    public Deal forecast(int day, int signingDay, int percent) {
      opportunity =
          opportunity
              .forecast(
                  opportunity.amount(), date(signingDay), Probability.ofPercent(percent), day(day))
              .state();
      return this;
    }

    @CanIgnoreReturnValue
    public Deal competitors(int day, CompetitorId... competitors) {
      for (CompetitorId competitor : competitors) {
        opportunity = opportunity.addCompetitor(competitor, day(day)).state();
      }
      return this;
    }

    /** Staffs, verifies (with an expected signing if none) and has delivery take part. */
    @CanIgnoreReturnValue
    public Deal readyForAti(int day) {
      ProjectTriangle triangle =
          ProjectTriangle.of(opportunity.id(), SPONSOR)
              .assign(CoreRole.AR, ProjectMember.dedicated(AR, CUSTOMER))
              .assign(CoreRole.SR, ProjectMember.pooled(SR, OrganisationLevel.REGION))
              .assign(
                  CoreRole.FR, ProjectMember.pooled(FR, OrganisationLevel.REPRESENTATIVE_OFFICE));
      opportunity = opportunity.assignTriangle(triangle, day(day)).state();
      if (opportunity.expectedSigning().isEmpty()) {
        forecast(day, day + 90, opportunity.probability().percent());
      }
      opportunity = opportunity.recordDeliveryParticipation(FR, day(day)).state();
      return this;
    }

    @CanIgnoreReturnValue
    public Deal estimate(int day) {
      ProjectEstimate estimate =
          ProjectEstimate.builder()
              .preparedOn(date(day))
              .estimatedCost(
                  opportunity.amount().multipliedBy(7).dividedBy(10, RoundingMode.HALF_EVEN))
              .contributors(EnumSet.allOf(EstimateContributor.class))
              .build();
      opportunity = opportunity.recordEstimate(estimate, day(day)).state();
      return this;
    }

    /** Moves on to a phase, unless an approval already moved the opportunity there or beyond. */
    @CanIgnoreReturnValue
    public Deal moveTo(SalesPhase phase, int day) {
      if (opportunity.phase().compareTo(phase) < 0) {
        opportunity = opportunity.moveTo(phase, day(day)).state();
      }
      return this;
    }

    /**
     * Plans a gate for {@code plannedDay} and records the decision taken on {@code decidedDay},
     * both on day {@code decidedDay} — or, for a decision dated before the opportunity's latest
     * event, right after that event, as a host records a decision taken earlier.
     */
    @CanIgnoreReturnValue
    public Deal decide(Gate gate, Verdict verdict, int plannedDay, int decidedDay) {
      Ruling.Builder ruling =
          Ruling.builder()
              .gate(gate)
              .authority(DecisionAuthority.of(OFFICE_HEAD, OrganisationLevel.REPRESENTATIVE_OFFICE))
              .decidedOn(date(decidedDay))
              .verdict(verdict)
              .rationale(gate + " " + verdict);
      if (verdict == Verdict.APPROVED_WITH_CONDITIONS) {
        ruling.addCondition("advance payment of at least 20%");
      }
      opportunity =
          opportunity
              .planGate(gate, date(plannedDay), recorded(decidedDay))
              .then(o -> o.decide(ruling.build(), POLICY, recorded(decidedDay)))
              .state();
      return this;
    }

    private Instant recorded(int day) {
      Instant on = day(day);
      return on.isBefore(opportunity.lastEventAt()) ? opportunity.lastEventAt() : on;
    }

    /** Gets ready for ATI on {@code day} and passes it then, on plan. */
    @CanIgnoreReturnValue
    public Deal passAti(int day) {
      return readyForAti(day).decide(Gate.ATI, Verdict.APPROVED, day, day);
    }

    /** Moves to the solution on {@code day}, estimates and passes ATB then, on plan. */
    @CanIgnoreReturnValue
    public Deal passAtb(int day) {
      return moveTo(SalesPhase.DEVELOP_SOLUTION, day)
          .estimate(day)
          .decide(Gate.ATB, Verdict.APPROVED, day, day);
    }

    @CanIgnoreReturnValue
    public Deal win(int day) {
      opportunity = opportunity.win(day(day)).state();
      return this;
    }

    @CanIgnoreReturnValue
    public Deal win(int day, AwardSplit split) {
      opportunity = opportunity.win(split, day(day)).state();
      return this;
    }

    @CanIgnoreReturnValue
    public Deal lose(CompetitorId winner, int day) {
      opportunity = opportunity.lose(winner, "price", day(day)).state();
      return this;
    }

    @CanIgnoreReturnValue
    public Deal lose(CompetitorId winner, int day, AwardSplit split) {
      opportunity = opportunity.lose(winner, "price", split, day(day)).state();
      return this;
    }

    @CanIgnoreReturnValue
    public Deal abandon(int day) {
      opportunity = opportunity.abandon("no margin", day(day)).state();
      return this;
    }

    @CanIgnoreReturnValue
    public Deal cancel(int day) {
      opportunity = opportunity.cancel("budget cut", day(day)).state();
      return this;
    }
  }
}
