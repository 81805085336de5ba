package org.leadtocash.metrics.testing;

import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.customer.CustomerGrade;
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
 * Opportunities for the sales KPI tests, built through the domain's public commands (DOMAIN D3): a
 * fluent {@link Deal} for the worked examples, and {@link #random(long)} for the properties. Day
 * {@code n} is {@code T0 + n days}; its date is {@code D0 + n} (UTC).
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

  /** Random opportunities ({@link #random(long)}), up to 25 of them. */
  public static Arbitrary<List<Opportunity>> randomDeals() {
    return Arbitraries.longs().map(Deals::random).list().ofMaxSize(25);
  }

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
            .customerGrade(CustomerGrade.B)
            .build();
    return new Deal(Opportunity.open(id, profile, day(day)).state());
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

  /**
   * Returns a random opportunity, the same for the same seed: opened on day 0 to 59, with some of
   * the three competitors, possibly forecast, taken through zero to three gates with deferrals,
   * rejections returned for rework and decisions early, on time or late, then left open or ended in
   * any way, with or without an award split. Amounts are 10 000 to 1 000 000 CNY.
   *
   * @param seed the seed
   * @return the opportunity
   */
  public static Opportunity random(long seed) {
    Random random = new Random(seed);
    int today = random.nextInt(60);
    Deal deal =
        open(
            OpportunityId.of("OP-" + Long.toHexString(seed)),
            today,
            cny(10_000L * (1 + random.nextInt(100))),
            Probability.ofPercent(random.nextInt(101)));
    List<CompetitorId> bidders = new ArrayList<>();
    for (CompetitorId competitor : COMPETITORS) {
      if (random.nextBoolean()) {
        deal.competitors(today, competitor);
        bidders.add(competitor);
      }
    }
    if (random.nextInt(3) > 0) {
      deal.forecast(today, today + random.nextInt(120), random.nextInt(101));
    }
    int outcome = random.nextInt(5); // 0 open, 1 won, 2 lost, 3 abandoned, 4 cancelled
    int gates = random.nextInt(4);
    if (outcome == 1) {
      gates = Math.max(gates, 2);
    }
    for (Gate gate : Gate.values()) {
      boolean pass = gate.ordinal() < gates;
      boolean attempt = pass || (gate.ordinal() == gates && random.nextBoolean());
      if (!attempt) {
        break;
      }
      today += random.nextInt(10);
      prepare(deal, gate, today, random);
      int deferrals = random.nextInt(3);
      for (int i = 0; i < deferrals; i++) {
        today += random.nextInt(8);
        deal.decide(gate, Verdict.DEFERRED, today + random.nextInt(7) - 3, today);
      }
      if (gate != Gate.ATI && random.nextInt(4) == 0) {
        today += random.nextInt(8);
        deal.decide(gate, Verdict.REJECTED, today + random.nextInt(7) - 3, today);
      }
      if (pass) {
        today += random.nextInt(8);
        Verdict verdict =
            random.nextBoolean() ? Verdict.APPROVED : Verdict.APPROVED_WITH_CONDITIONS;
        deal.decide(gate, verdict, today + random.nextInt(7) - 3, today);
      } else if (gate == Gate.ATI && random.nextInt(3) == 0) {
        today += random.nextInt(8);
        deal.decide(gate, Verdict.REJECTED, today + random.nextInt(7) - 3, today);
      }
    }
    if (!deal.opportunity().isOpen()) {
      return deal.opportunity(); // a rejected ATI ended it
    }
    today += random.nextInt(15);
    switch (outcome) {
      case 1 -> {
        if (random.nextBoolean()) {
          deal.win(today, split(random, bidders, Optional.empty()));
        } else {
          deal.win(today);
        }
      }
      case 2 -> {
        if (bidders.isEmpty()) {
          CompetitorId winner = COMPETITORS.get(random.nextInt(COMPETITORS.size()));
          deal.competitors(today, winner);
          bidders.add(winner);
        }
        CompetitorId winner = bidders.get(random.nextInt(bidders.size()));
        if (random.nextBoolean()) {
          deal.lose(winner, today, split(random, bidders, Optional.of(winner)));
        } else {
          deal.lose(winner, today);
        }
      }
      case 3 -> deal.abandon(today);
      case 4 -> deal.cancel(today);
      default -> {}
    }
    return deal.opportunity();
  }

  private static void prepare(Deal deal, Gate gate, int day, Random random) {
    switch (gate) {
      case ATI -> deal.readyForAti(day);
      case ATB -> {
        if (deal.opportunity().phase() == SalesPhase.VERIFY) {
          deal.moveTo(
              random.nextBoolean() ? SalesPhase.DEVELOP_SOLUTION : SalesPhase.PRE_BID_GUIDANCE,
              day);
        }
        deal.estimate(day);
      }
      case ATC -> {
        if (random.nextBoolean()) {
          deal.moveTo(SalesPhase.BID, day);
        }
        deal.moveTo(SalesPhase.NEGOTIATE, day).estimate(day);
      }
    }
  }

  /**
   * A random award split among the bidders: ours positive for a win (no winner), the winner's
   * positive for a loss, the others' anything from zero.
   */
  private static AwardSplit split(
      Random random, List<CompetitorId> bidders, Optional<CompetitorId> winner) {
    AwardSplit.Builder split =
        AwardSplit.builder()
            .ours(winner.isEmpty() ? cny(1 + random.nextInt(500)) : cny(random.nextInt(200)));
    for (CompetitorId bidder : bidders) {
      if (winner.equals(Optional.of(bidder))) {
        split.putCompetitor(bidder, cny(1 + random.nextInt(500)));
      } else if (random.nextBoolean()) {
        split.putCompetitor(bidder, cny(random.nextInt(200)));
      }
    }
    return split.build();
  }
}
