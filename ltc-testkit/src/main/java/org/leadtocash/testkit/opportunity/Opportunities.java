package org.leadtocash.testkit.opportunity;

import static org.leadtocash.testkit.Generators.hoursLater;
import static org.leadtocash.testkit.Generators.later;
import static org.leadtocash.testkit.Generators.partsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.BuyingStage;
import org.leadtocash.domain.opportunity.BuyingStageChanged;
import org.leadtocash.domain.opportunity.CompetitorAdded;
import org.leadtocash.domain.opportunity.CustomerGradeRecorded;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.DeliveryParticipationRecorded;
import org.leadtocash.domain.opportunity.EstimateContributor;
import org.leadtocash.domain.opportunity.EstimateRecorded;
import org.leadtocash.domain.opportunity.ForecastRevised;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecided;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePassage;
import org.leadtocash.domain.opportunity.GatePlanned;
import org.leadtocash.domain.opportunity.GateReadiness;
import org.leadtocash.domain.opportunity.HilltopMarked;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityAbandoned;
import org.leadtocash.domain.opportunity.OpportunityAssessed;
import org.leadtocash.domain.opportunity.OpportunityCancelled;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityLost;
import org.leadtocash.domain.opportunity.OpportunityOpened;
import org.leadtocash.domain.opportunity.OpportunityOutcome;
import org.leadtocash.domain.opportunity.OpportunityProfile;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.OpportunityWon;
import org.leadtocash.domain.opportunity.PhaseChanged;
import org.leadtocash.domain.opportunity.PrerequisiteCheck;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.StageEntry;
import org.leadtocash.domain.opportunity.TrafficLight;
import org.leadtocash.domain.opportunity.TrafficLightChanged;
import org.leadtocash.domain.opportunity.TriangleAssigned;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.opportunity.WinAssessment;
import org.leadtocash.domain.opportunity.WinFactor;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Check;
import org.leadtocash.testkit.Command;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Generators;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.common.CommonValues;
import org.leadtocash.testkit.customer.Customers;

/**
 * Opportunities (DOMAIN D3) in every reachable state — verified, through ATI, ATB and ATC with
 * deferrals, rejections and conditions, hilltops with their lights, won (awaiting ATC or not), lost
 * to a competitor with or without an award split, abandoned, cancelled — and the facts only an
 * opportunity can establish: its {@link GateDecision}s, above all the approved ATC a contract is
 * signed with ({@link #contractApprovals}), each recorded by {@link Opportunity#decide} and issued
 * as a {@link GatePassage} by the opportunity that passed the gate.
 *
 * <p>{@link #model} gives the opportunity's {@link AggregateModel}; {@link #walk} the random walk
 * of one opportunity of a book of business.
 */
public final class Opportunities {

  private static final List<Gate> GATES = List.of(Gate.values());

  private static final List<EmployeeId> OWNERS =
      List.of(EmployeeId.of("E-AR"), EmployeeId.of("E-WANG"), EmployeeId.of("E-CHEN"));

  private Opportunities() {}

  /**
   * Adds the arbitraries of the opportunity's values and events to a catalogue.
   *
   * @param catalogue the catalogue being built; not null
   */
  public static void addTo(ArbitraryCatalogue.Builder catalogue) {
    catalogue
        .add(OpportunityProfile.class, s -> creations(s).map(t -> t.state().profile()))
        .add(GateDecision.class, Opportunities::decisions)
        .add(GatePassage.class, Opportunities::passages)
        .add(Ruling.class, s -> partsOf(decisions(s), d -> List.of(d.ruling())))
        .add(DecisionAuthority.class, s -> authorities())
        .add(ProjectEstimate.class, Opportunities::estimates)
        .add(AwardSplit.class, Opportunities::awardSplits)
        .add(WinAssessment.class, s -> assessments())
        .add(GateReadiness.class, Opportunities::readiness)
        .add(PrerequisiteCheck.class, s -> partsOf(readiness(s), GateReadiness::checks))
        .add(OpportunityOutcome.Won.class, s -> outcomes(s, OpportunityOutcome.Won.class))
        .add(OpportunityOutcome.Lost.class, s -> outcomes(s, OpportunityOutcome.Lost.class))
        .add(
            OpportunityOutcome.Abandoned.class,
            s -> outcomes(s, OpportunityOutcome.Abandoned.class))
        .add(
            OpportunityOutcome.Cancelled.class,
            s -> outcomes(s, OpportunityOutcome.Cancelled.class))
        .addGeneric(
            StageEntry.class,
            List.of(SalesPhase.class),
            s -> partsOf(opportunities(s), Opportunity::phaseHistory))
        .addGeneric(
            StageEntry.class,
            List.of(BuyingStage.class),
            s -> partsOf(opportunities(s), Opportunity::buyingStageHistory));
    catalogue.addAggregate(
        Opportunity.class,
        OpportunityEvent.class,
        Opportunities::model,
        List.of(
            OpportunityOpened.class,
            ForecastRevised.class,
            PhaseChanged.class,
            BuyingStageChanged.class,
            DeliveryParticipationRecorded.class,
            TriangleAssigned.class,
            EstimateRecorded.class,
            GatePlanned.class,
            GateDecided.class,
            CustomerGradeRecorded.class,
            HilltopMarked.class,
            TrafficLightChanged.class,
            CompetitorAdded.class,
            OpportunityAssessed.class,
            OpportunityWon.class,
            OpportunityLost.class,
            OpportunityAbandoned.class,
            OpportunityCancelled.class));
  }

  /**
   * Returns the opportunity's model: steps that take it forward through its gates to an outcome,
   * and chains that also send random and refused commands.
   *
   * @param settings what to generate within; not null
   * @return the model, never null
   */
  public static AggregateModel<Opportunity, OpportunityEvent> model(Settings settings) {
    Arbitrary<Command<Opportunity, OpportunityEvent>> steps = steps(settings);
    return AggregateModel.builder(Opportunity.class)
        .timeOrder(RuleId.D3_1)
        .starts(
            creations(settings),
            steps,
            Arbitraries.frequencyOf(
                Tuple.of(5, steps),
                Tuple.of(4, anyCommand(settings)),
                Tuple.of(1, refused(settings))))
        .replay(Opportunity::replay, Opportunity::replay)
        .invariants(Opportunities::checkRules)
        .sizes(30, 60)
        .build();
  }

  /**
   * Returns opportunities in every reachable state.
   *
   * @param settings what to generate within; not null
   * @return the opportunities, never null
   */
  public static Arbitrary<Opportunity> opportunities(Settings settings) {
    return model(settings).aggregates();
  }

  /**
   * Returns gate decisions, as opportunities recorded them ({@link Opportunity#decide}).
   *
   * @param settings what to generate within; not null
   * @return the decisions, never null
   */
  public static Arbitrary<GateDecision> decisions(Settings settings) {
    return partsOf(opportunities(settings), Opportunity::decisions);
  }

  /**
   * Returns opportunities taken through ATC (DOMAIN D3.2): verified, staffed, estimated, each gate
   * decided by the authority it needs after zero to two deferrals, approved with or without
   * conditions, and now and then won before ATC. Their {@link Opportunity#contractApproval()} is
   * the fact a contract of that opportunity is signed under (D5.1).
   *
   * @param settings what to generate within; not null
   * @return opportunities whose contract approval is present, never null
   */
  public static Arbitrary<Opportunity> throughAtc(Settings settings) {
    return Combinators.combine(
            creations(settings),
            Arbitraries.integers().between(0, 2).list().ofSize(GATES.size()),
            Arbitraries.of(true, false).list().ofSize(GATES.size()),
            Arbitraries.integers().between(0, 72).list().ofSize(8),
            Arbitraries.integers().between(0, 3))
        .as(
            (creation, deferrals, conditions, hours, award) ->
                drive(settings, creation.state(), deferrals, conditions, hours, award));
  }

  /** Takes an opportunity through its three gates by the commands a team sends. */
  private static Opportunity drive(
      Settings settings,
      Opportunity opened,
      List<Integer> deferrals,
      List<Boolean> conditions,
      List<Integer> hours,
      int award) {
    Opportunity o = opened;
    int step = 0;
    o =
        Deal.forecast(
            o, settings.dateOf(o.lastEventAt()).plusDays(90), 50, next(settings, o, hours, step++));
    o = o.recordDeliveryParticipation(Deal.FR, next(settings, o, hours, step++)).state();
    o = o.assignTriangle(Deal.triangle(o, true), next(settings, o, hours, step++)).state();
    for (int g = 0; g < GATES.size(); g++) {
      Gate gate = GATES.get(g);
      if (gate != Gate.ATI) {
        if (gate == Gate.ATC && award == 0) {
          o = o.win(next(settings, o, hours, step++)).state(); // the award before ATC (D3.5)
        }
        if (gate == Gate.ATC && award == 1) {
          o = Deal.movedTo(o, SalesPhase.NEGOTIATE, next(settings, o, hours, step++));
        }
        Instant at = next(settings, o, hours, step++);
        o = o.recordEstimate(Deal.integratedEstimate(o, settings.dateOf(at)), at).state();
      }
      for (int i = 0; i < deferrals.get(g); i++) {
        Instant at = next(settings, o, hours, step++);
        o = o.decide(ruling(o, gate, Verdict.DEFERRED, settings.dateOf(at)), at).state();
      }
      Instant at = next(settings, o, hours, step++);
      Verdict verdict = conditions.get(g) ? Verdict.APPROVED_WITH_CONDITIONS : Verdict.APPROVED;
      o = o.decide(ruling(o, gate, verdict, settings.dateOf(at)), at).state();
    }
    return o;
  }

  private static Instant next(Settings settings, Opportunity o, List<Integer> hours, int step) {
    return later(settings, o.lastEventAt(), hours.get(step % hours.size()));
  }

  /** A ruling by the authority the gate needs (D3.2). */
  private static Ruling ruling(Opportunity o, Gate gate, Verdict verdict, LocalDate on) {
    return Deal.ruling(gate, verdict, o.readiness(gate).requiredAuthority(), on);
  }

  /**
   * Returns passages of ATC, the evidence a contract is signed with, as their opportunities issued
   * them ({@link Opportunity#contractApproval()}, DOMAIN D3.2, D5.1).
   *
   * @param settings what to generate within; not null
   * @return the passages, never null
   */
  public static Arbitrary<GatePassage> contractApprovals(Settings settings) {
    return throughAtc(settings).map(o -> o.contractApproval().orElseThrow());
  }

  /**
   * Returns passages of every gate, as opportunities in every reachable state issued them ({@link
   * Opportunity#passage(Gate)}, DOMAIN D3.2), and now and then of ATC, the one a contract needs.
   *
   * @param settings what to generate within; not null
   * @return the passages, never null
   */
  public static Arbitrary<GatePassage> passages(Settings settings) {
    return Arbitraries.frequencyOf(
        Tuple.of(
            3,
            partsOf(
                opportunities(settings),
                o -> GATES.stream().flatMap(g -> o.passage(g).stream()).toList())),
        Tuple.of(1, contractApprovals(settings)));
  }

  /**
   * Returns one opportunity of a book of business, by a random walk: opened on a day of the window
   * for a customer of the settings, 10 000 to 1 000 000 in the settings' currency, some of three
   * competitors, maybe a forecast, zero to three gates decided by the representative office with
   * deferrals, rejections and decisions early, on time or late, then left open or won, lost (with
   * or without an award split), abandoned or cancelled. The same arguments give the same
   * opportunity.
   *
   * @param settings what to generate within; not null
   * @param n its number: its id is {@code OP-n}
   * @param random the random to walk by; not null
   * @return the opportunity, never null
   */
  public static Opportunity walk(Settings settings, int n, SplittableRandom random) {
    return Walk.opportunity(settings, n, random);
  }

  /**
   * Returns opportunity profiles as a host gives them to {@link Opportunity#open}: a customer of
   * the settings, an owner, an amount of 10 000 to 50 million in one of the settings' currencies,
   * and maybe a signing date, probability and buying stage; never a customer grade, which only the
   * customer's attestation supplies (DOMAIN D6.2).
   *
   * @param settings what to generate within; not null
   * @return the profiles, never null
   */
  public static Arbitrary<OpportunityProfile> profiles(Settings settings) {
    return Combinators.combine(
            CommonValues.customers(settings),
            CommonValues.texts(),
            Arbitraries.of(OWNERS),
            Arbitraries.of(settings.currencies())
                .flatMap(c -> CommonValues.amounts(c, 10_000, 50_000_000)),
            CommonValues.dates(settings).optional(0.3),
            CommonValues.probabilities().optional(0.5),
            Arbitraries.of(BuyingStage.class).optional(0.3))
        .as(
            (customer, name, owner, amount, signing, probability, stage) -> {
              OpportunityProfile.Builder profile =
                  OpportunityProfile.builder()
                      .customer(customer)
                      .name(name)
                      .owner(owner)
                      .amount(amount);
              signing.ifPresent(profile::expectedSigning);
              probability.ifPresent(profile::probability);
              stage.ifPresent(profile::buyingStage);
              return profile.build();
            });
  }

  private static Arbitrary<ProjectEstimate> estimates(Settings settings) {
    return Combinators.combine(
            CommonValues.dates(settings),
            Arbitraries.of(settings.currencies())
                .flatMap(c -> CommonValues.amounts(c, 1, 30_000_000)),
            contributors())
        .as(
            (on, cost, by) ->
                ProjectEstimate.builder()
                    .preparedOn(on)
                    .estimatedCost(cost)
                    .contributors(by)
                    .build());
  }

  private static Arbitrary<DecisionAuthority> authorities() {
    return Arbitraries.of(OrganisationLevel.class)
        .map(level -> DecisionAuthority.of(Deal.head(level), level));
  }

  private static Arbitrary<AwardSplit> awardSplits(Settings settings) {
    return partsOf(
        opportunities(settings),
        o ->
            o.outcome().stream()
                .flatMap(
                    outcome ->
                        outcome instanceof OpportunityOutcome.Won won
                            ? won.split().stream()
                            : outcome instanceof OpportunityOutcome.Lost lost
                                ? lost.split().stream()
                                : java.util.stream.Stream.empty())
                .toList());
  }

  private static Arbitrary<WinAssessment> assessments() {
    return Arbitraries.integers()
        .between(WinAssessment.MIN_SCORE, WinAssessment.MAX_SCORE)
        .list()
        .ofSize(WinFactor.values().length)
        .map(
            scores -> {
              WinAssessment.Builder assessment = WinAssessment.builder();
              List<WinFactor> factors = List.of(WinFactor.values());
              for (int i = 0; i < factors.size(); i++) {
                assessment.putScore(factors.get(i), scores.get(i));
              }
              return assessment.build();
            });
  }

  private static Arbitrary<GateReadiness> readiness(Settings settings) {
    return Combinators.combine(opportunities(settings), Arbitraries.of(Gate.class))
        .as(Opportunity::readiness);
  }

  private static <X extends OpportunityOutcome> Arbitrary<X> outcomes(
      Settings settings, Class<X> type) {
    return partsOf(
        opportunities(settings),
        o -> o.outcome().filter(type::isInstance).map(type::cast).stream().toList());
  }

  private static Arbitrary<Set<EstimateContributor>> contributors() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(EnumSet.allOf(EstimateContributor.class))),
        Tuple.of(
            1,
            Arbitraries.subsetOf(EstimateContributor.values())
                .filter(s -> !s.isEmpty())
                .map(EnumSet::copyOf)));
  }

  // ---------------------------------------------------------------- commands

  private static Arbitrary<Transition<Opportunity, OpportunityEvent>> creations(Settings settings) {
    return Combinators.combine(
            CommonValues.ids("OP-", OpportunityId::of),
            profiles(settings),
            Arbitraries.integers().between(0, settings.days() / 2),
            Arbitraries.of(CustomerGrade.class).optional(0.7))
        .as(
            (id, generated, day, grade) -> {
              OpportunityProfile profile = signedNoEarlier(generated, settings.date(day));
              return grade.isEmpty()
                  ? Opportunity.open(id, profile, settings.day(day))
                  : Opportunity.open(
                      id,
                      profile,
                      Customers.attestation(
                          settings, profile.customer(), grade.get(), settings.day(day)),
                      settings.day(day));
            });
  }

  /** The profile expecting its signing no earlier than the opening's date (DOMAIN D3.5). */
  private static OpportunityProfile signedNoEarlier(OpportunityProfile profile, LocalDate opened) {
    return profile.expectedSigning().filter(signing -> signing.isBefore(opened)).isPresent()
        ? OpportunityProfile.builder().from(profile).expectedSigning(opened).build()
        : profile;
  }

  /** The arguments a step draws; which command it sends depends on the opportunity's state. */
  private record Step(
      int choice, int hours, int verdict, int level, int percent, int pick, boolean split) {}

  private static Arbitrary<Command<Opportunity, OpportunityEvent>> steps(Settings settings) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 72),
            Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false))
        .as(Step::new)
        .map(step -> Command.of("step " + step, o -> step(settings, o, step)));
  }

  /**
   * The team's next move from the opportunity's state: mostly forward — the missing prerequisite of
   * the next gate, then its decision by the authority it needs (D3.2) — now and then a competitor,
   * a buying stage, a hilltop light, a grade, an assessment, or the award: won after ATB, lost to a
   * recorded competitor, abandoned or cancelled.
   */
  private static Transition<Opportunity, OpportunityEvent> step(
      Settings settings, Opportunity o, Step s) {
    Instant at = later(settings, o.lastEventAt(), s.hours());
    LocalDate today = settings.dateOf(at);
    int c = s.choice();
    List<CompetitorId> competitors = Walk.competitors();
    if (c < 4) {
      return o.addCompetitor(competitors.get(s.pick()), at);
    } else if (c < 6) {
      List<BuyingStage> stages = List.of(BuyingStage.values());
      return o.changeBuyingStage(
          stages.get((stages.indexOf(o.buyingStage()) + 1) % stages.size()), at);
    } else if (c < 8) {
      TrafficLight light = List.of(TrafficLight.values()).get(s.pick());
      return o.isHilltop() ? o.changeTrafficLight(light, at) : o.markHilltop(light, at);
    } else if (c < 9) {
      CustomerGrade grade = List.of(CustomerGrade.values()).get(s.level() % 4);
      return o.recordCustomerGrade(Customers.attestation(settings, o.customer(), grade, at), at);
    } else if (c < 10) {
      return o.assess(assessment(s), at);
    } else if (c < 18 && !o.passed(Gate.ATB) && s.percent() >= 25) {
      return forward(settings, o, s, at, today); // few deals end before the bid
    } else if (c < 11) {
      return o.abandon("no margin", at);
    } else if (c < 12) {
      return o.cancel("budget cut", at);
    } else if (c < 14 || (c < 18 && !o.passed(Gate.ATB))) {
      List<CompetitorId> recorded = new ArrayList<>(o.competitors());
      if (recorded.isEmpty()) {
        return o.addCompetitor(competitors.get(s.pick()), at);
      }
      recorded.sort(java.util.Comparator.comparing(CompetitorId::value));
      CompetitorId winner = recorded.get(s.pick() % recorded.size());
      return s.split()
          ? o.lose(winner, "price", split(o, Optional.of(winner), s), at)
          : o.lose(winner, "price", at);
    } else if (c < 18
        || (c < 30 && o.outcome().isEmpty() && o.passed(Gate.ATB))
        || (o.outcome().isEmpty() && o.passed(Gate.ATC))) {
      return s.split() ? o.win(split(o, Optional.empty(), s), at) : o.win(at);
    }
    return forward(settings, o, s, at, today);
  }

  /** The next gate's missing prerequisite, or its decision. */
  private static Transition<Opportunity, OpportunityEvent> forward(
      Settings settings, Opportunity o, Step s, Instant at, LocalDate today) {
    Gate gate = o.nextGate().orElse(Gate.ATC);
    GateReadiness readiness = o.readiness(gate);
    int c = s.choice();
    if (!gate.decidedIn().contains(o.phase())) {
      SalesPhase to =
          gate.decidedIn().stream()
              .filter(p -> p.compareTo(o.phase()) > 0)
              .findFirst()
              .orElse(SalesPhase.NEGOTIATE);
      return o.moveTo(to, at);
    }
    if (gate == Gate.ATC && o.phase() == SalesPhase.BID && c < 30) {
      return o.moveTo(SalesPhase.NEGOTIATE, at);
    }
    if (gate == Gate.ATB && o.phase() == SalesPhase.DEVELOP_SOLUTION && c < 24) {
      return o.moveTo(SalesPhase.PRE_BID_GUIDANCE, at);
    }
    if (c >= 96) {
      LocalDate planned = today.plusDays(s.percent() % 30 - 10);
      LocalDate opened = settings.dateOf(o.openedAt());
      return o.planGate(gate, planned.isBefore(opened) ? opened : planned, at); // not before (D3.1)
    }
    for (PrerequisiteCheck check : readiness.unmet()) {
      Optional<Transition<Opportunity, OpportunityEvent>> remedy =
          switch (check.prerequisite()) {
            case VERIFIED ->
                Optional.of(
                    o.forecast(
                        o.amount(),
                        today.plusDays(30 + s.percent()),
                        Probability.ofPercent(s.percent()),
                        at));
            case DELIVERY_SUPPORTED_VERIFICATION ->
                Optional.of(o.recordDeliveryParticipation(Deal.FR, at));
            case PROJECT_TRIANGLE_COMPLETE ->
                Optional.of(o.assignTriangle(Deal.triangle(o, s.verdict() > 2), at));
            case INTEGRATED_ESTIMATE, REFRESHED_ESTIMATE ->
                Optional.of(
                    o.recordEstimate(
                        s.verdict() > 1
                            ? Deal.integratedEstimate(o, today)
                            : Deal.estimate(o, today, EnumSet.of(EstimateContributor.FINANCE)),
                        at));
            case ATI_PASSED, ATB_PASSED -> Optional.empty(); // the gates before: passed already
          };
      if (remedy.isPresent()) {
        return remedy.get();
      }
    }
    OrganisationLevel level =
        s.level() == 0
            ? List.of(OrganisationLevel.values()).get(s.pick())
            : readiness.requiredAuthority();
    return o.decide(Deal.ruling(gate, verdict(s.verdict()), level, today), at);
  }

  private static Verdict verdict(int n) {
    return n < 14
        ? Verdict.APPROVED
        : n < 17 ? Verdict.APPROVED_WITH_CONDITIONS : n < 19 ? Verdict.DEFERRED : Verdict.REJECTED;
  }

  private static WinAssessment assessment(Step s) {
    WinAssessment.Builder assessment = WinAssessment.builder();
    int i = 0;
    for (WinFactor factor : WinFactor.values()) {
      assessment.putScore(factor, 1 + (s.percent() + i++ * s.verdict()) % 5);
    }
    return assessment.build();
  }

  /**
   * An award split among the recorded competitors: ours positive for a win, the winner's for a
   * loss.
   */
  private static AwardSplit split(Opportunity o, Optional<CompetitorId> winner, Step s) {
    CurrencyUnit currency = o.amount().getCurrencyUnit();
    AwardSplit.Builder split =
        AwardSplit.builder()
            .ours(Money.ofMajor(currency, winner.isEmpty() ? 1 + s.percent() : s.percent() / 2));
    for (CompetitorId competitor : o.competitors()) {
      if (winner.equals(Optional.of(competitor))) {
        split.putCompetitor(competitor, Money.ofMajor(currency, 1 + s.verdict()));
      } else if (s.split()) {
        split.putCompetitor(competitor, Money.ofMajor(currency, s.level()));
      }
    }
    return split.build();
  }

  /** Any command with random arguments, some hours after the latest event. */
  private static Arbitrary<Command<Opportunity, OpportunityEvent>> anyCommand(Settings settings) {
    Arbitrary<Integer> hours = Arbitraries.integers().between(0, 48);
    Arbitrary<CompetitorId> competitors = CommonValues.competitors();
    Arbitrary<Money> amounts =
        Arbitraries.of(settings.currency(), settings.currency(), settings.foreignCurrency())
            .flatMap(c -> CommonValues.amounts(c, 1, 80_000_000));
    return Arbitraries.oneOf(
        Combinators.combine(amounts, CommonValues.probabilities(), hours)
            .as(
                (amount, p, h) ->
                    hoursLater(
                        "forecast " + amount + " " + p,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.forecast(amount, settings.dateOf(at).plusDays(90), p, at))),
        Combinators.combine(Arbitraries.of(SalesPhase.class), hours)
            .as(
                (phase, h) ->
                    hoursLater(
                        "moveTo " + phase,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.moveTo(phase, at))),
        Combinators.combine(Arbitraries.of(BuyingStage.class), hours)
            .as(
                (stage, h) ->
                    hoursLater(
                        "changeBuyingStage " + stage,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.changeBuyingStage(stage, at))),
        Combinators.combine(Arbitraries.of(true, true, false), hours)
            .as(
                (complete, h) ->
                    hoursLater(
                        "assignTriangle " + (complete ? "complete" : "without FR"),
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.assignTriangle(Deal.triangle(o, complete), at))),
        hours.map(
            h ->
                hoursLater(
                    "recordDeliveryParticipation",
                    h,
                    settings,
                    Opportunity::lastEventAt,
                    (o, at) -> o.recordDeliveryParticipation(Deal.FR, at))),
        Combinators.combine(contributors(), hours)
            .as(
                (by, h) ->
                    hoursLater(
                        "recordEstimate by " + by,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) ->
                            o.recordEstimate(Deal.estimate(o, settings.dateOf(at), by), at))),
        Combinators.combine(Arbitraries.of(Gate.class), hours)
            .as(
                (gate, h) ->
                    hoursLater(
                        "planGate " + gate,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.planGate(gate, settings.dateOf(at).plusDays(3), at))),
        Combinators.combine(
                Arbitraries.of(Gate.class),
                Arbitraries.integers().between(0, 19).map(Opportunities::verdict),
                Arbitraries.of(OrganisationLevel.class),
                hours)
            .as(
                (gate, verdict, level, h) ->
                    hoursLater(
                        "decide " + gate + " " + verdict + " by " + level,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) ->
                            o.decide(Deal.ruling(gate, verdict, level, settings.dateOf(at)), at))),
        Combinators.combine(Arbitraries.of(CustomerGrade.class), hours)
            .as(
                (grade, h) ->
                    hoursLater(
                        "recordCustomerGrade " + grade,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) ->
                            o.recordCustomerGrade(
                                Customers.attestation(settings, o.customer(), grade, at), at))),
        Combinators.combine(Arbitraries.of(TrafficLight.class), hours)
            .as(
                (light, h) ->
                    hoursLater(
                        "markHilltop " + light,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.markHilltop(light, at))),
        Combinators.combine(Arbitraries.of(TrafficLight.class), hours)
            .as(
                (light, h) ->
                    hoursLater(
                        "changeTrafficLight " + light,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.changeTrafficLight(light, at))),
        Combinators.combine(competitors, hours)
            .as(
                (c, h) ->
                    hoursLater(
                        "addCompetitor " + c,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.addCompetitor(c, at))),
        Combinators.combine(assessments(), hours)
            .as(
                (a, h) ->
                    hoursLater(
                        "assess",
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.assess(a, at))),
        Combinators.combine(Arbitraries.longs().between(0, 3), hours)
            .as(
                (ours, h) ->
                    hoursLater(
                        "win, ours " + ours + ", CO-RIVAL 1",
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) ->
                            o.win(
                                AwardSplit.builder()
                                    .ours(Money.ofMajor(o.amount().getCurrencyUnit(), ours))
                                    .putCompetitor(
                                        CompetitorId.of("CO-RIVAL"),
                                        Money.ofMajor(o.amount().getCurrencyUnit(), 1))
                                    .build(),
                                at))),
        hours.map(h -> hoursLater("win", h, settings, Opportunity::lastEventAt, Opportunity::win)),
        Combinators.combine(competitors, hours)
            .as(
                (c, h) ->
                    hoursLater(
                        "lose to " + c,
                        h,
                        settings,
                        Opportunity::lastEventAt,
                        (o, at) -> o.lose(c, "price", at))),
        hours.map(
            h ->
                hoursLater(
                    "abandon",
                    h,
                    settings,
                    Opportunity::lastEventAt,
                    (o, at) -> o.abandon("no budget", at))),
        hours.map(
            h ->
                hoursLater(
                    "cancel",
                    h,
                    settings,
                    Opportunity::lastEventAt,
                    (o, at) -> o.cancel("stopped", at))));
  }

  /**
   * Commands built to be refused: dated before the latest event (DESIGN §2), a forecast in a
   * currency the opportunity is not in (D3.5), the grade another customer attests (D6.2), a
   * triangle of another opportunity (D4.3).
   */
  private static Arbitrary<Command<Opportunity, OpportunityEvent>> refused(Settings settings) {
    Arbitrary<Integer> hours = Arbitraries.integers().between(1, 240);
    return Arbitraries.oneOf(
        Generators.backdated(
            "forecast",
            Opportunity::lastEventAt,
            (o, at) -> o.forecast(o.amount(), settings.date(settings.days()), o.probability(), at)),
        hours.map(
            h ->
                Command.<Opportunity, OpportunityEvent>refused(
                    "forecast in " + settings.foreignCurrency(),
                    o ->
                        o.forecast(
                            Money.ofMajor(settings.foreignCurrency(), 1_000_000),
                            settings.date(settings.days()),
                            o.probability(),
                            later(settings, o.lastEventAt(), h)))),
        hours.map(
            h ->
                Command.<Opportunity, OpportunityEvent>refused(
                    "recordCustomerGrade attested by another customer",
                    o -> {
                      Instant at = later(settings, o.lastEventAt(), h);
                      return o.recordCustomerGrade(
                          Customers.attestation(
                              settings,
                              CustomerId.of(o.customer().value() + "-OTHER"),
                              CustomerGrade.C,
                              at),
                          at);
                    })),
        hours.map(
            h ->
                Command.<Opportunity, OpportunityEvent>refused(
                    "assignTriangle of another opportunity",
                    o -> {
                      Opportunity other =
                          Opportunity.open(
                                  OpportunityId.of(o.id().value() + "-OTHER"),
                                  OpportunityProfile.builder()
                                      .from(o.profile())
                                      .customerGrade(Optional.empty())
                                      .build(),
                                  o.openedAt())
                              .state();
                      return o.assignTriangle(
                          Deal.triangle(other, true), later(settings, o.lastEventAt(), h));
                    })));
  }

  // ---------------------------------------------------------------- the rules

  /**
   * Checks the rules of DOMAIN D3 on an opportunity and its history.
   *
   * @param log the opportunity with its events; not null
   * @throws org.opentest4j.AssertionFailedError if a rule is broken
   */
  public static void checkRules(CommandLog<Opportunity, OpportunityEvent> log) {
    Opportunity o = log.state();
    List<OpportunityEvent> events = log.events();
    Check.equal((long) events.size(), o.version(), "the version counts the events");
    Check.that(o.amount().isPositive(), "D3.5: the amount is positive");
    CurrencyUnit opened = ((OpportunityOpened) events.get(0)).profile().amount().getCurrencyUnit();
    Check.equal(opened, o.amount().getCurrencyUnit(), "D3.5: the amount keeps its currency");
    if (o.passed(Gate.ATI)) {
      Check.that(
          events.stream()
              .anyMatch(e -> e instanceof TriangleAssigned t && t.triangle().isComplete()),
          "D4.1: ATI passed with a complete triangle");
    }
    o.phase()
        .requiredGate()
        .ifPresent(gate -> Check.that(o.passed(gate), "D3.2: " + o.phase() + " needs " + gate));
    for (Gate gate : Gate.values()) {
      gate.previous()
          .ifPresent(
              previous ->
                  Check.that(
                      !o.passed(gate) || o.passed(previous),
                      "D3.2: " + gate + " passed after " + previous));
      Check.equal(
          o.latestDecision(gate).map(GateDecision::passes).orElse(false),
          o.passedGates().contains(gate),
          "D3.2: a gate is passed iff its latest decision approved it");
      long approvals = o.decisions().stream().filter(d -> d.gate() == gate && d.passes()).count();
      Check.that(approvals <= 1, "D3.2: a gate is passed once");
    }
    Check.equal(o.probability().weigh(o.amount()), o.weightedAmount(), "D12: the weighted amount");
    for (GateDecision decision : o.decisions()) {
      Check.equal(o.id(), decision.opportunity(), "D3.2: a decision of this opportunity");
    }
    Check.equal(o.isHilltop(), o.trafficLight().isPresent(), "D3.4: a light iff hilltop");
    if (o.passed(Gate.ATI)) {
      Check.that(
          o.phase().compareTo(SalesPhase.DEVELOP_SOLUTION) >= 0,
          "D3.2: an approved ATI moves on to develop the solution");
    }
    if (o.passed(Gate.ATB)) {
      Check.that(o.phase().compareTo(SalesPhase.BID) >= 0, "D3.2: an approved ATB moves on to bid");
    }
    Check.equal(
        o.status() == OpportunityStatus.WON && !o.passed(Gate.ATC),
        o.awaitsContractApproval(),
        "D3.5: won and awaiting ATC");
    Check.equal(o.isEnded(), o.endedAt().isPresent(), "D3.5: ended exactly when dated so");
    switch (o.status()) {
      case WON -> {
        Check.that(o.passed(Gate.ATB), "D3.2: won only after ATB");
        Check.equal(SalesPhase.NEGOTIATE, o.phase(), "D3.5: the award moves on to negotiate");
        Check.equal(o.passed(Gate.ATC), o.isEnded(), "D3.5: a win ends once ATC is approved");
      }
      case LOST -> {
        OpportunityOutcome.Lost lost = (OpportunityOutcome.Lost) o.outcome().orElseThrow();
        Check.that(o.competitors().contains(lost.winner()), "D3.5: lost to a recorded competitor");
      }
      case OPEN -> Check.that(o.outcome().isEmpty(), "D3.5: an open opportunity has no outcome");
      default -> Check.that(o.outcome().isPresent(), "D3.5: an ended one has its outcome");
    }
    if (o.isEnded()) {
      // the command that ended it is the last one accepted: every later event is part of it
      List<List<OpportunityEvent>> batches = log.batches();
      Opportunity replayed = Opportunity.replay(batches.get(0));
      for (int b = 1; !replayed.isEnded(); b++) {
        replayed = Opportunity.replay(replayed, batches.get(b));
      }
      int ending = (int) replayed.version();
      Instant endedAt = events.get(ending - 1).occurredAt();
      Check.equal(Optional.of(endedAt), o.endedAt(), "D3.5: ended when the outcome came");
      for (OpportunityEvent event : events.subList(ending, events.size())) {
        Check.equal(endedAt, event.occurredAt(), "D3.5: nothing is accepted once ended: " + event);
      }
    }
  }
}
