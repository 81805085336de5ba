package org.leadtocash.testkit.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GatePolicy;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityProfile;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.customer.Customers;

/**
 * The random walk of one opportunity of a book of business, as a sales team takes it: opened on a
 * day of the window, some competitors, maybe a forecast, zero to three gates with deferrals,
 * rejections returned for rework and decisions early, on time or late, then left open or ended in
 * any way, with or without an award split (DOMAIN D3). The same random gives the same opportunity.
 */
final class Walk {

  private static final List<CompetitorId> COMPETITORS =
      List.of(
          CompetitorId.of("CO-RIVAL"), CompetitorId.of("CO-OTHER"), CompetitorId.of("CO-THIRD"));

  private final Settings settings;
  private final GatePolicy policy;
  private Opportunity opportunity;

  private Walk(Settings settings, Opportunity opportunity) {
    this.settings = settings;
    this.policy = Deal.policy(settings);
    this.opportunity = opportunity;
  }

  static Opportunity opportunity(Settings settings, int n, SplittableRandom random) {
    int today = random.nextInt(settings.days() - 120);
    OpportunityProfile profile =
        OpportunityProfile.builder()
            .customer(settings.customer(random.nextInt(settings.customers())))
            .name("deal " + n)
            .owner(Deal.AR)
            .amount(cny(settings, 10_000L * (1 + random.nextInt(100))))
            .probability(Probability.ofPercent(random.nextInt(101)))
            .build();
    Walk deal =
        new Walk(
            settings,
            Opportunity.open(
                    OpportunityId.of("OP-" + n),
                    profile,
                    Customers.attestation(
                        settings, profile.customer(), CustomerGrade.B, settings.day(today)),
                    settings.day(today))
                .state());
    List<CompetitorId> bidders = new ArrayList<>();
    for (CompetitorId competitor : COMPETITORS) {
      if (random.nextBoolean()) {
        deal.competitor(competitor, today);
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
    List<Gate> order = List.of(Gate.values());
    for (int index = 0; index < order.size(); index++) {
      Gate gate = order.get(index);
      boolean pass = index < gates;
      boolean attempt = pass || (index == gates && random.nextBoolean());
      if (!attempt) {
        break;
      }
      today += random.nextInt(10);
      deal.prepare(gate, today, random);
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
    if (!deal.opportunity.isOpen()) {
      return deal.opportunity; // a rejected ATI ended it
    }
    today += random.nextInt(15);
    switch (outcome) {
      case 1 -> deal.win(today, random.nextBoolean() ? deal.split(random, bidders, null) : null);
      case 2 -> {
        if (bidders.isEmpty()) {
          CompetitorId winner = COMPETITORS.get(random.nextInt(COMPETITORS.size()));
          deal.competitor(winner, today);
          bidders.add(winner);
        }
        CompetitorId winner = bidders.get(random.nextInt(bidders.size()));
        deal.lose(winner, today, random.nextBoolean() ? deal.split(random, bidders, winner) : null);
      }
      case 3 ->
          deal.opportunity = deal.opportunity.abandon("no margin", settings.day(today)).state();
      case 4 ->
          deal.opportunity = deal.opportunity.cancel("budget cut", settings.day(today)).state();
      default -> {}
    }
    return deal.opportunity;
  }

  /** An award split among the bidders: ours positive for a win, the winner's for a loss. */
  private AwardSplit split(
      SplittableRandom random, List<CompetitorId> bidders, @Nullable CompetitorId winner) {
    AwardSplit.Builder split =
        AwardSplit.builder()
            .ours(
                winner == null
                    ? cny(settings, 1 + random.nextInt(500))
                    : cny(settings, random.nextInt(200)));
    for (CompetitorId bidder : bidders) {
      if (bidder.equals(winner)) {
        split.putCompetitor(bidder, cny(settings, 1 + random.nextInt(500)));
      } else if (random.nextBoolean()) {
        split.putCompetitor(bidder, cny(settings, random.nextInt(200)));
      }
    }
    return split.build();
  }

  private static Money cny(Settings settings, long amount) {
    return Money.ofMajor(settings.currency(), amount);
  }

  private void competitor(CompetitorId competitor, int day) {
    opportunity = opportunity.addCompetitor(competitor, settings.day(day)).state();
  }

  private void forecast(int day, int signingDay, int percent) {
    opportunity = Deal.forecast(opportunity, settings.date(signingDay), percent, settings.day(day));
  }

  private void prepare(Gate gate, int day, SplittableRandom random) {
    switch (gate) {
      case ATI -> {
        opportunity =
            opportunity.assignTriangle(Deal.triangle(opportunity, true), settings.day(day)).state();
        if (opportunity.expectedSigning().isEmpty()) {
          forecast(day, day + 90, opportunity.probability().percent());
        }
        opportunity = opportunity.recordDeliveryParticipation(Deal.FR, settings.day(day)).state();
      }
      case ATB -> {
        if (opportunity.phase() == SalesPhase.VERIFY) {
          moveTo(
              random.nextBoolean() ? SalesPhase.DEVELOP_SOLUTION : SalesPhase.PRE_BID_GUIDANCE,
              day);
        }
        estimate(day);
      }
      case ATC -> {
        if (random.nextBoolean()) {
          moveTo(SalesPhase.BID, day);
        }
        moveTo(SalesPhase.NEGOTIATE, day);
        estimate(day);
      }
    }
  }

  private void moveTo(SalesPhase phase, int day) {
    opportunity = Deal.movedTo(opportunity, phase, settings.day(day));
  }

  private void estimate(int day) {
    opportunity =
        opportunity
            .recordEstimate(
                Deal.integratedEstimate(opportunity, settings.date(day)), settings.day(day))
            .state();
  }

  /**
   * Plans the gate, for no earlier than the opening (D3.1), and records the ruling, both when it is
   * taken or just after the latest event.
   */
  private void decide(Gate gate, Verdict verdict, int plannedDay, int decidedDay) {
    Instant at = settings.day(decidedDay);
    Instant recorded = at.isBefore(opportunity.lastEventAt()) ? opportunity.lastEventAt() : at;
    LocalDate opened = settings.dateOf(opportunity.openedAt());
    LocalDate planned = settings.date(plannedDay);
    opportunity =
        opportunity
            .planGate(gate, planned.isBefore(opened) ? opened : planned, recorded)
            .then(
                o ->
                    o.decide(
                        Deal.ruling(
                            gate,
                            verdict,
                            OrganisationLevel.REPRESENTATIVE_OFFICE,
                            settings.date(decidedDay)),
                        policy,
                        recorded))
            .state();
  }

  private void win(int day, @Nullable AwardSplit split) {
    opportunity =
        split == null
            ? opportunity.win(settings.day(day)).state()
            : opportunity.win(split, settings.day(day)).state();
  }

  private void lose(CompetitorId winner, int day, @Nullable AwardSplit split) {
    opportunity =
        split == null
            ? opportunity.lose(winner, "price", settings.day(day)).state()
            : opportunity.lose(winner, "price", split, settings.day(day)).state();
  }

  static List<CompetitorId> competitors() {
    return COMPETITORS;
  }
}
