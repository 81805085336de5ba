package org.leadtocash.benchmarks;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.activity.ActivityId;
import org.leadtocash.domain.activity.ActivityType;
import org.leadtocash.domain.activity.ContactActivity;
import org.leadtocash.domain.activity.CooperationForm;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Clause;
import org.leadtocash.domain.contract.ClauseId;
import org.leadtocash.domain.contract.ClauseType;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractChange;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.contract.DeliveryProjectId;
import org.leadtocash.domain.contract.InvoiceId;
import org.leadtocash.domain.contract.MilestoneId;
import org.leadtocash.domain.contract.PaymentMilestone;
import org.leadtocash.domain.contract.PaymentTrigger;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.opportunity.AwardSplit;
import org.leadtocash.domain.opportunity.DecisionAuthority;
import org.leadtocash.domain.opportunity.EstimateContributor;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.GatePolicy;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityProfile;
import org.leadtocash.domain.opportunity.OpportunityStatus;
import org.leadtocash.domain.opportunity.ProjectEstimate;
import org.leadtocash.domain.opportunity.Ruling;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.opportunity.Verdict;
import org.leadtocash.domain.team.CoreRole;
import org.leadtocash.domain.team.ProjectMember;
import org.leadtocash.domain.team.ProjectTriangle;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.rollup.SalesOrganisation;
import org.leadtocash.metrics.rollup.SalesUnitId;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * A deterministic, realistic book of business for the benchmarks, built only through the domain's
 * public commands (DOMAIN D3, D5, D7.9): opportunities taken through ATI, ATB and ATC with
 * deferrals, rejections, early and late decisions, then left open, won, lost (with award splits),
 * abandoned or cancelled; the contact activities that support them; and, for every opportunity won
 * after an approved ATC, a signed contract in execution with three payment milestones, the advance
 * invoiced and paid (the contract of every fourth opportunity also raised by 10% sixty days after
 * signature, D5.2), together with its history of events (D5).
 *
 * <p>Every opportunity belongs to one representative office of a sales organisation of 2 areas, 6
 * regions and 24 offices ({@link #organisation()}), so the roll-ups have something to roll. Each
 * office has {@value #ACCOUNT_MANAGERS_PER_OFFICE} account managers ({@link #accountManagers()});
 * an opportunity's contact activities are staffed by its office's account managers in turn, so the
 * visit KPIs (D2.2) have a roster to count. The same seed and size give the same book; the year
 * runs from {@link #START} for {@link #DAYS} days. Money is in CNY throughout.
 */
public final class BookOfBusiness {

  /** The first instant of the book's year. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** The days of the book's year. */
  public static final int DAYS = 365;

  /** The book's one currency. */
  public static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** The year as instants: from {@link #START} for {@link #DAYS} days, half-open. */
  public static final Interval YEAR = Interval.of(START, START.plus(Duration.ofDays(DAYS)));

  /** The year as dates, half-open. */
  public static final LocalDateRange DATES =
      LocalDateRange.of(
          LocalDate.ofInstant(START, ZoneOffset.UTC),
          LocalDate.ofInstant(START, ZoneOffset.UTC).plusDays(DAYS));

  /** The year as the library's KPIs count it: its dates, an instant read as a date in UTC. */
  public static final ReportingPeriod PERIOD = ReportingPeriod.of(DATES, ZoneOffset.UTC);

  /** The account managers of each representative office, who staff its contact activities. */
  public static final int ACCOUNT_MANAGERS_PER_OFFICE = 5;

  private static final int AREAS = 2;
  private static final int REGIONS_PER_AREA = 3;
  private static final int OFFICES_PER_REGION = 4;
  private static final int CUSTOMERS = 2_000;
  private static final LocalDate FIRST_DAY = LocalDate.ofInstant(START, ZoneOffset.UTC);

  private static final List<CompetitorId> COMPETITORS =
      List.of(
          CompetitorId.of("CO-RIVAL"), CompetitorId.of("CO-OTHER"), CompetitorId.of("CO-THIRD"));
  private static final EmployeeId AR = EmployeeId.of("E-AR");
  private static final EmployeeId SR = EmployeeId.of("E-SR");
  private static final EmployeeId FR = EmployeeId.of("E-FR");
  private static final EmployeeId SPONSOR = EmployeeId.of("E-SPONSOR");
  private static final EmployeeId OFFICE_HEAD = EmployeeId.of("E-OFFICE");
  private static final EmployeeId DELIVERY_MANAGER = EmployeeId.of("E-DM");

  /** An office decides below 10 M: every deal here is decided by its office. */
  private static final GatePolicy POLICY = GatePolicy.standard(cny(10_000_000), cny(50_000_000));

  private static final List<ActivityType> TYPES = List.of(ActivityType.values());

  /** Every fourth opportunity's contract is raised by 10% sixty days after signature. */
  private static final int RAISED_EVERY = 4;

  private final SalesOrganisation organisation;
  private final List<SalesUnitId> offices;
  private final List<EmployeeId> accountManagers;
  private final List<Opportunity> opportunities;
  private final int[] officeOf;
  private final List<ContactActivity> activities;
  private final List<Contract> contracts;
  private final List<List<ContractEvent>> contractHistories;

  private BookOfBusiness(
      SalesOrganisation organisation,
      List<SalesUnitId> offices,
      List<EmployeeId> accountManagers,
      List<Opportunity> opportunities,
      int[] officeOf,
      List<ContactActivity> activities,
      List<Contract> contracts,
      List<List<ContractEvent>> contractHistories) {
    this.organisation = organisation;
    this.offices = offices;
    this.accountManagers = accountManagers;
    this.opportunities = opportunities;
    this.officeOf = officeOf;
    this.activities = activities;
    this.contracts = contracts;
    this.contractHistories = contractHistories;
  }

  /**
   * Generates a book of {@code size} opportunities with ten contact activities each (the issue's 1
   * M opportunities and 10 M activities at {@code size = 1_000_000}).
   *
   * @param seed the seed: the same seed and size give the same book
   * @param size the number of opportunities; positive
   * @return the book, never null
   * @throws IllegalArgumentException if the size is not positive
   */
  public static BookOfBusiness generate(long seed, int size) {
    return generate(seed, size, 10);
  }

  /**
   * Generates a book.
   *
   * @param seed the seed: the same arguments give the same book
   * @param size the number of opportunities; positive
   * @param activitiesPerOpportunity the contact activities per opportunity; not negative
   * @return the book, never null
   * @throws IllegalArgumentException if the size is not positive or the activities negative
   */
  public static BookOfBusiness generate(long seed, int size, int activitiesPerOpportunity) {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be positive, not " + size);
    }
    if (activitiesPerOpportunity < 0) {
      throw new IllegalArgumentException(
          "activitiesPerOpportunity must not be negative, not " + activitiesPerOpportunity);
    }
    SalesOrganisation.Builder builder = SalesOrganisation.builder();
    List<SalesUnitId> offices = new ArrayList<>();
    for (int a = 0; a < AREAS; a++) {
      SalesUnitId area = SalesUnitId.of("AREA-" + a);
      builder.area(area);
      for (int r = 0; r < REGIONS_PER_AREA; r++) {
        SalesUnitId region = SalesUnitId.of("REGION-" + a + "-" + r);
        builder.region(region, area);
        for (int o = 0; o < OFFICES_PER_REGION; o++) {
          SalesUnitId office = SalesUnitId.of("OFFICE-" + a + "-" + r + "-" + o);
          builder.office(office, region);
          offices.add(office);
        }
      }
    }
    List<EmployeeId> accountManagers = new ArrayList<>();
    for (SalesUnitId office : offices) {
      for (int m = 0; m < ACCOUNT_MANAGERS_PER_OFFICE; m++) {
        accountManagers.add(
            EmployeeId.of("E-AM-" + office.value().substring("OFFICE-".length()) + "-" + m));
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Opportunity> opportunities = new ArrayList<>(size);
    int[] officeOf = new int[size];
    List<ContactActivity> activities = new ArrayList<>(size * activitiesPerOpportunity);
    List<Contract> contracts = new ArrayList<>();
    List<List<ContractEvent>> histories = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Opportunity opportunity = opportunity(i, random.split());
      opportunities.add(opportunity);
      officeOf[i] = random.nextInt(offices.size());
      for (int k = 0; k < activitiesPerOpportunity; k++) {
        int n = i * activitiesPerOpportunity + k;
        // the staff is chosen without drawing from the random, so the rest of the book does not
        // depend on it
        EmployeeId staff =
            accountManagers.get(
                officeOf[i] * ACCOUNT_MANAGERS_PER_OFFICE + n % ACCOUNT_MANAGERS_PER_OFFICE);
        activities.add(activity(opportunity, n, staff, random));
      }
      Optional<Transition<Contract, ContractEvent>> contract = contract(opportunity, i, random);
      if (contract.isPresent()) {
        contracts.add(contract.get().state());
        histories.add(contract.get().events());
      }
    }
    return new BookOfBusiness(
        builder.build(),
        List.copyOf(offices),
        List.copyOf(accountManagers),
        List.copyOf(opportunities),
        officeOf,
        List.copyOf(activities),
        List.copyOf(contracts),
        List.copyOf(histories));
  }

  /** Returns the sales organisation: 2 areas, 6 regions, 24 offices; never null. */
  public SalesOrganisation organisation() {
    return organisation;
  }

  /** Returns the representative offices, in order; never null. */
  public List<SalesUnitId> offices() {
    return offices;
  }

  /**
   * Returns the account managers of every office, {@value #ACCOUNT_MANAGERS_PER_OFFICE} per office
   * in the order of {@link #offices()}: the customer-facing roster of the visit KPIs (D2.2, D12).
   *
   * @return the employees, never null
   */
  public List<EmployeeId> accountManagers() {
    return accountManagers;
  }

  /** Returns the opportunities; never null. */
  public List<Opportunity> opportunities() {
    return opportunities;
  }

  /**
   * Returns the office of an opportunity.
   *
   * @param index the opportunity's index in {@link #opportunities()}
   * @return its office, never null
   */
  public SalesUnitId officeOf(int index) {
    return offices.get(officeOf[index]);
  }

  /** Returns the contact activities; never null. */
  public List<ContactActivity> activities() {
    return activities;
  }

  /** Returns the contracts of the opportunities won after an approved ATC; never null. */
  public List<Contract> contracts() {
    return contracts;
  }

  /**
   * Returns the history of every contract (DOMAIN D5), in the order of {@link #contracts()}: its
   * events oldest first, from {@code ContractDrafted} on, as a host's event store would give them
   * to the orders KPI (D12); replaying one gives its contract.
   *
   * @return one list of events per contract, never null
   */
  public List<List<ContractEvent>> contractHistories() {
    return contractHistories;
  }

  /**
   * Returns one more opportunity, won, as the incremental update's new record.
   *
   * @param seed the seed
   * @return the opportunity, never null
   */
  public static Opportunity oneMore(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    while (true) {
      Opportunity opportunity = opportunity(Integer.MAX_VALUE, random.split());
      if (!opportunity.isOpen()) {
        return opportunity;
      }
    }
  }

  static Instant day(int n) {
    return START.plus(Duration.ofDays(n));
  }

  static LocalDate date(int n) {
    return FIRST_DAY.plusDays(n);
  }

  private static Money cny(long amount) {
    return Money.ofMajor(CNY, amount);
  }

  /** A random opportunity, as the sales KPI tests' {@code Deals.random}, spread over the year. */
  private static Opportunity opportunity(int n, SplittableRandom random) {
    int today = random.nextInt(DAYS - 120);
    OpportunityProfile profile =
        OpportunityProfile.builder()
            .customer(CustomerId.of("CU-" + random.nextInt(CUSTOMERS)))
            .name("deal " + n)
            .owner(AR)
            .amount(cny(10_000L * (1 + random.nextInt(100))))
            .probability(Probability.ofPercent(random.nextInt(101)))
            .customerGrade(CustomerGrade.B)
            .build();
    Deal deal =
        new Deal(Opportunity.open(OpportunityId.of("OP-" + n), profile, day(today)).state());
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
    for (Gate gate : Gate.values()) {
      boolean pass = gate.ordinal() < gates;
      boolean attempt = pass || (gate.ordinal() == gates && random.nextBoolean());
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
      case 1 -> deal.win(today, random.nextBoolean() ? split(random, bidders, null) : null);
      case 2 -> {
        if (bidders.isEmpty()) {
          CompetitorId winner = COMPETITORS.get(random.nextInt(COMPETITORS.size()));
          deal.competitor(winner, today);
          bidders.add(winner);
        }
        CompetitorId winner = bidders.get(random.nextInt(bidders.size()));
        deal.lose(winner, today, random.nextBoolean() ? split(random, bidders, winner) : null);
      }
      case 3 -> deal.opportunity = deal.opportunity.abandon("no margin", day(today)).state();
      case 4 -> deal.opportunity = deal.opportunity.cancel("budget cut", day(today)).state();
      default -> {}
    }
    return deal.opportunity;
  }

  /** An award split among the bidders: ours positive for a win, the winner's for a loss. */
  private static AwardSplit split(
      SplittableRandom random, List<CompetitorId> bidders, @Nullable CompetitorId winner) {
    AwardSplit.Builder split =
        AwardSplit.builder()
            .ours(winner == null ? cny(1 + random.nextInt(500)) : cny(random.nextInt(200)));
    for (CompetitorId bidder : bidders) {
      if (bidder.equals(winner)) {
        split.putCompetitor(bidder, cny(1 + random.nextInt(500)));
      } else if (random.nextBoolean()) {
        split.putCompetitor(bidder, cny(random.nextInt(200)));
      }
    }
    return split.build();
  }

  private static ContactActivity activity(
      Opportunity opportunity, int n, EmployeeId staff, SplittableRandom random) {
    ActivityType type = TYPES.get(random.nextInt(TYPES.size()));
    ContactActivity.Builder activity =
        ContactActivity.builder()
            .id(ActivityId.of("A-" + n))
            .type(type)
            .addContacts(PersonId.of(opportunity.customer().value() + "-P" + random.nextInt(12)))
            .addStaff(staff)
            .opportunity(opportunity.id())
            .on(
                LocalDate.ofInstant(opportunity.openedAt(), ZoneOffset.UTC)
                    .plusDays(random.nextInt(60)))
            .budget(cny(1_000L * (1 + random.nextInt(80))))
            .purpose(type.label() + " to build trust");
    if (type.isJointWork()) {
      activity.form(CooperationForm.JOINT_INNOVATION);
    }
    return activity.build();
  }

  /** The contract of an opportunity won after an approved ATC: signed, executing, advance paid. */
  private static Optional<Transition<Contract, ContractEvent>> contract(
      Opportunity opportunity, int n, SplittableRandom random) {
    Optional<GateDecision> atc = opportunity.contractApproval();
    if (atc.isEmpty() || opportunity.status() != OpportunityStatus.WON) {
      return Optional.empty();
    }
    Money value = opportunity.amount();
    Money advance = value.multipliedBy(3).dividedBy(10, RoundingMode.DOWN);
    Money delivery = value.multipliedBy(5).dividedBy(10, RoundingMode.DOWN);
    Money acceptance = value.minus(advance).minus(delivery);
    int signed =
        (int)
                Duration.between(
                        START, atc.get().decidedOn().atStartOfDay(ZoneOffset.UTC).toInstant())
                    .toDays()
            + 1
            + random.nextInt(10);
    MilestoneId advanceMilestone = MilestoneId.of("MS-ADVANCE");
    List<PaymentMilestone> milestones =
        List.of(
            PaymentMilestone.of(
                advanceMilestone,
                "advance (30%)",
                advance,
                date(signed + 30),
                PaymentTrigger.ON_SIGNATURE),
            PaymentMilestone.of(
                MilestoneId.of("MS-DELIVERY"),
                "delivery (50%)",
                delivery,
                date(signed + 120),
                PaymentTrigger.ON_DELIVERY),
            PaymentMilestone.of(
                MilestoneId.of("MS-ACCEPTANCE"),
                "final acceptance (20%)",
                acceptance,
                date(signed + 200),
                PaymentTrigger.ON_ACCEPTANCE));
    List<Clause> clauses =
        List.of(
            Clause.builder()
                .id(ClauseId.of("CL-PAYMENT"))
                .type(ClauseType.PAYMENT_TERMS)
                .text("each invoice is paid within 30 days of issue")
                .paymentTermDays(30)
                .build(),
            Clause.of(
                ClauseId.of("CL-ACCEPTANCE"),
                ClauseType.ACCEPTANCE_CRITERIA,
                "acceptance when the test cases of annex 4 pass"));
    InvoiceId invoice = InvoiceId.of("INV-" + n + "-ADVANCE");
    Transition<Contract, ContractEvent> contract =
        Contract.draft(
                ContractId.of("CT-" + n),
                opportunity.id(),
                opportunity.customer(),
                value,
                clauses,
                milestones,
                day(signed - 1))
            .then(c -> c.sign(atc.get(), day(signed)))
            .then(c -> c.register(DeliveryProjectId.of("DP-" + n), day(signed + 1)))
            .then(c -> c.handOver(DELIVERY_MANAGER, day(signed + 2)))
            .then(c -> c.startExecution(day(signed + 3)))
            .then(
                c ->
                    c.issueInvoice(
                        invoice,
                        advanceMilestone,
                        advance,
                        date(signed + 3),
                        date(signed + 33),
                        day(signed + 3)))
            .then(c -> c.confirmInvoice(invoice, date(signed + 5), day(signed + 5)))
            .then(
                c ->
                    c.receivePayment(
                        invoice,
                        advance,
                        date(signed + 20 + random.nextInt(30)),
                        day(signed + 50)));
    if (n % RAISED_EVERY == 0) {
      // an order raised after signature (D5.2), chosen without drawing from the random
      Money raised = value.plus(value.dividedBy(10, RoundingMode.DOWN));
      contract =
          contract.then(
              c ->
                  c.change(
                      ContractChange.amount(raised, "additional sites"),
                      OFFICE_HEAD,
                      "the customer extends the roll-out",
                      day(signed + 60)));
    }
    return Optional.of(contract);
  }

  /** An opportunity under construction; every step is a domain command. */
  private static final class Deal {
    private Opportunity opportunity;

    private Deal(Opportunity opportunity) {
      this.opportunity = opportunity;
    }

    void competitor(CompetitorId competitor, int day) {
      opportunity = opportunity.addCompetitor(competitor, day(day)).state();
    }

    void forecast(int day, int signingDay, int percent) {
      opportunity =
          opportunity
              .forecast(
                  opportunity.amount(), date(signingDay), Probability.ofPercent(percent), day(day))
              .state();
    }

    void prepare(Gate gate, int day, SplittableRandom random) {
      switch (gate) {
        case ATI -> {
          ProjectTriangle triangle =
              ProjectTriangle.of(opportunity.id(), SPONSOR)
                  .assign(CoreRole.AR, ProjectMember.dedicated(AR, opportunity.customer()))
                  .assign(CoreRole.SR, ProjectMember.pooled(SR, OrganisationLevel.REGION))
                  .assign(
                      CoreRole.FR,
                      ProjectMember.pooled(FR, OrganisationLevel.REPRESENTATIVE_OFFICE));
          opportunity = opportunity.assignTriangle(triangle, day(day)).state();
          if (opportunity.expectedSigning().isEmpty()) {
            forecast(day, day + 90, opportunity.probability().percent());
          }
          opportunity = opportunity.recordDeliveryParticipation(FR, day(day)).state();
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

    /** Moves on to a phase, unless an approval already moved the opportunity there or beyond. */
    void moveTo(SalesPhase phase, int day) {
      if (opportunity.phase().compareTo(phase) < 0) {
        opportunity = opportunity.moveTo(phase, day(day)).state();
      }
    }

    void estimate(int day) {
      ProjectEstimate estimate =
          ProjectEstimate.builder()
              .preparedOn(date(day))
              .estimatedCost(
                  opportunity.amount().multipliedBy(7).dividedBy(10, RoundingMode.HALF_EVEN))
              .contributors(EnumSet.allOf(EstimateContributor.class))
              .build();
      opportunity = opportunity.recordEstimate(estimate, day(day)).state();
    }

    /**
     * Plans the gate and records the ruling, both when it is taken or just after the latest event.
     */
    void decide(Gate gate, Verdict verdict, int plannedDay, int decidedDay) {
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
      Instant at = day(decidedDay);
      Instant recorded = at.isBefore(opportunity.lastEventAt()) ? opportunity.lastEventAt() : at;
      opportunity =
          opportunity
              .planGate(gate, date(plannedDay), recorded)
              .then(o -> o.decide(ruling.build(), POLICY, recorded))
              .state();
    }

    void win(int day, @Nullable AwardSplit split) {
      opportunity =
          split == null
              ? opportunity.win(day(day)).state()
              : opportunity.win(split, day(day)).state();
    }

    void lose(CompetitorId winner, int day, @Nullable AwardSplit split) {
      opportunity =
          split == null
              ? opportunity.lose(winner, "price", day(day)).state()
              : opportunity.lose(winner, "price", split, day(day)).state();
    }
  }
}
