package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.GradeAttestation;
import org.leadtocash.domain.team.ProjectTriangle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opportunity: a sales project we pursue, from verification to the contract (Manage Opportunity
 * Points, DOMAIN D3).
 *
 * <p>Its story: it is {@link #open opened} — usually by converting a lead — in the phase {@link
 * SalesPhase#VERIFY}; delivery takes part in the verification; the key decision points ATI (approve
 * to initiate), ATB (approve to bid) and ATC (approve to contract) are {@link #decide decided}
 * strictly in order, each by an authority the {@link GatePolicy} accepts for the amount and the
 * customer's grade recorded on the opportunity and, for an approval, only once its prerequisites
 * are met — {@link #readiness} tells what is missing and which command meets it. An approved ATI
 * moves the opportunity on to develop the solution and an approved ATB to the bid; it follows the
 * customer's {@link BuyingStage buying stages}; a hilltop project carries a traffic light. It is
 * won (the customer's award, 中标), lost (to whom, why), abandoned or cancelled, with the award split
 * between us and each competitor (D3.5). The award comes before the contract: a won opportunity
 * moves on to negotiate, and ATC may still be decided after it; the contract is signed only once
 * ATC is approved, with the {@link #contractApproval() passage of ATC} only the opportunity issues.
 * An opportunity that is lost, abandoned or cancelled, or won with ATC approved, has {@link
 * #isEnded() ended} and accepts no command; a command dated before its latest event is refused
 * (time only moves forward).
 *
 * <p>Every command returns the next state and its events, and never changes this one; a refused
 * command throws a {@link org.leadtocash.domain.common.DomainException} naming the rule. A host
 * stores the events or a snapshot of the state: {@link #replay(List)} rebuilds the opportunity from
 * its events, and {@link #replay(Opportunity, List)} from a snapshot and the events after it, both
 * as strictly as the commands.
 *
 * <p>A stored snapshot is input too, and is restored the way every aggregate restores one: the
 * state's style is {@link AggregateStyle}, so {@link #restore()} returns a public {@link Restore}
 * builder whose setters a host or a codec calls from any package, directly or by reflection; a
 * {@code @Value.Check} checks every invariant of the state — every fact the commands guarantee —
 * and refuses a broken snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the DOMAIN rule. The check runs on every state the commands produce as well, so it never refuses
 * a state they reach. The restored snapshot is continued with {@link #replay(Opportunity, List)
 * replay(snapshot, eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class Opportunity implements Aggregate<OpportunityId, OpportunityEvent> {

  /** Logs at DEBUG which policy decided the authority of each gate decision (D3.2). */
  private static final Logger LOG = LoggerFactory.getLogger(Opportunity.class);

  /** What began when the opportunity opened, as the refusal of an earlier date names it. */
  private static final String OPENED = "the opportunity was opened";

  Opportunity() {}

  @Override
  public abstract OpportunityId id();

  @Override
  public abstract long version();

  /** {@return what the opportunity was opened with; never null} */
  public abstract OpportunityProfile profile();

  /** {@return when it was opened; never null} */
  public abstract Instant openedAt();

  /** {@return the expected contract amount (D3.5); never null} */
  public abstract Money amount();

  /** {@return the expected signing date, once known (D3.5); never null} */
  public abstract Optional<LocalDate> expectedSigning();

  /** {@return the win probability (D3.5); never null} */
  public abstract Probability probability();

  /** {@return the sales phases entered, oldest first, starting with VERIFY (D3.1); never null} */
  public abstract List<StageEntry<SalesPhase>> phaseHistory();

  /** {@return the customer's buying stages, oldest first (D3.3); never null} */
  public abstract List<StageEntry<BuyingStage>> buyingStageHistory();

  /** {@return who from delivery took part in the verification, if anyone (D3.2); never null} */
  public abstract Optional<EmployeeId> deliveryParticipant();

  /** {@return the project triangle staffing the opportunity, once assigned (D4.3)} */
  public abstract Optional<ProjectTriangle> triangle();

  /** {@return the latest plan and estimate recorded in support of each gate (D3.2); never null} */
  public abstract Map<Gate, ProjectEstimate> estimates();

  /** {@return the planned date of each planned gate decision (D3.2); never null} */
  public abstract Map<Gate, LocalDate> plannedGates();

  /** {@return every gate decision taken, in order, whatever its verdict (D3.2); never null} */
  public abstract List<GateDecision> decisions();

  /** {@return the traffic light, present exactly when it is a hilltop project (D3.4)} */
  public abstract Optional<TrafficLight> trafficLight();

  /** {@return the competitors bidding for it (D3.5); never null} */
  public abstract Set<CompetitorId> competitors();

  /** {@return the latest four-factor assessment, if any (D3.6); never null} */
  public abstract Optional<WinAssessment> assessment();

  /**
   * {@return the outcome once the customer awarded the project or it was lost, abandoned or
   * cancelled (D3.5); a won opportunity may still await ATC; never null}
   */
  public abstract Optional<OpportunityOutcome> outcome();

  /**
   * {@return the customer's grade as recorded on the opportunity from the customer's {@link
   * GradeAttestation} (D6.2), which the gate policy weighs for the authority of a decision (D3.2);
   * empty while unknown; never null}
   */
  public abstract Optional<CustomerGrade> customerGrade();

  /**
   * {@return when the latest event happened; a command dated before it is refused, as time only
   * moves forward inside an opportunity (D3.1)}
   */
  public abstract Instant lastEventAt();

  /**
   * {@return when the opportunity ended — lost, abandoned, cancelled, or won with ATC approved;
   * empty while it goes on}
   */
  public abstract Optional<Instant> endedAt();

  // ---------------------------------------------------------------- questions

  /** {@return the customer; never null} */
  public CustomerId customer() {
    return profile().customer();
  }

  /** {@return the opportunity's name; never null} */
  public String name() {
    return profile().name();
  }

  /** {@return its owner, usually the account responsible (AR); never null} */
  public EmployeeId owner() {
    return profile().owner();
  }

  /** {@return the lead it was converted from, if any (D2.7); never null} */
  public Optional<LeadId> sourceLead() {
    return profile().sourceLead();
  }

  /** {@return the current sales phase (D3.1); never null} */
  public SalesPhase phase() {
    return phaseHistory().get(phaseHistory().size() - 1).stage();
  }

  /** {@return the customer's current buying stage (D3.3); never null} */
  public BuyingStage buyingStage() {
    return buyingStageHistory().get(buyingStageHistory().size() - 1).stage();
  }

  /** {@return open, or its outcome: won, lost, abandoned or cancelled (D3.5); never null} */
  public OpportunityStatus status() {
    return outcome().map(OpportunityOutcome::status).orElse(OpportunityStatus.OPEN);
  }

  /** {@return whether the opportunity is still open: not yet won, lost, abandoned or cancelled} */
  public boolean isOpen() {
    return outcome().isEmpty();
  }

  /**
   * {@return whether the opportunity has ended and accepts no further command: lost, abandoned or
   * cancelled, or won with ATC approved (D3.5)}
   */
  public boolean isEnded() {
    return outcome()
        .map(o -> o.status() != OpportunityStatus.WON || passed(Gate.ATC))
        .orElse(false);
  }

  /**
   * {@return whether the customer awarded us the project and ATC (approve to contract) is still to
   * be approved before the contract is signed (D3.5)}
   */
  public boolean awaitsContractApproval() {
    return status() == OpportunityStatus.WON && !passed(Gate.ATC);
  }

  /** {@return whether it is a hilltop project (D3.4)} */
  public boolean isHilltop() {
    return trafficLight().isPresent();
  }

  /**
   * {@return the amount weighted by the win probability, for the weighted pipeline (D12)} Computed
   * once per state, on first use.
   */
  @Value.Lazy
  public Money weightedAmount() {
    return probability().weigh(amount());
  }

  /**
   * Returns whether a gate has been passed: its latest decision approved it, with or without
   * conditions (D3.2).
   *
   * @param gate the gate; not null
   * @return whether it is passed
   */
  public boolean passed(Gate gate) {
    Objects.requireNonNull(gate, "gate");
    return passedGates().contains(gate);
  }

  /**
   * Returns the gates passed: those whose latest decision approved them, with or without conditions
   * (D3.2). Computed once per state, on first use, so that KPIs reading many opportunities ask
   * {@link #passed} cheaply.
   *
   * @return the passed gates, in gate order; never null
   */
  @Value.Lazy
  public Set<Gate> passedGates() {
    EnumMap<Gate, GateDecision> latest = new EnumMap<>(Gate.class);
    for (GateDecision decision : decisions()) {
      latest.put(decision.gate(), decision);
    }
    EnumSet<Gate> passed = EnumSet.noneOf(Gate.class);
    latest.forEach(
        (gate, decision) -> {
          if (decision.passes()) {
            passed.add(gate);
          }
        });
    return Sets.immutableEnumSet(passed);
  }

  /**
   * Returns the latest decision taken at a gate.
   *
   * @param gate the gate; not null
   * @return the decision, or empty if the gate was never decided; never null
   */
  public Optional<GateDecision> latestDecision(Gate gate) {
    Objects.requireNonNull(gate, "gate");
    return decisions().stream().filter(d -> d.gate() == gate).reduce((a, b) -> b);
  }

  /** {@return the next gate to pass, or empty once ATC is passed; never null} */
  public Optional<Gate> nextGate() {
    return EnumSet.allOf(Gate.class).stream().filter(g -> !passed(g)).findFirst();
  }

  /**
   * Issues the evidence that this opportunity passed a gate, for another aggregate that needs the
   * fact (D3.2): its id, customer and version now, the passing decision, and the instant of its
   * latest event. Only an opportunity issues a {@link GatePassage}; it exists exactly when the
   * gate's latest decision approved it, with or without conditions ({@link #passed}).
   *
   * @param gate the gate; not null
   * @return the passage of the gate, or empty if the gate is not passed; never null
   */
  public Optional<GatePassage> passage(Gate gate) {
    Objects.requireNonNull(gate, "gate");
    return latestDecision(gate)
        .filter(GateDecision::passes)
        .map(decision -> GatePassage.issue(this, decision));
  }

  /**
   * Returns the passage of ATC (approve to contract), the evidence the contract's signature needs
   * (D3.2, D5.1); the same as {@link #passage(Gate) passage(Gate.ATC)}.
   *
   * @return the passage of ATC, or empty while ATC is not approved; never null
   */
  public Optional<GatePassage> contractApproval() {
    return passage(Gate.ATC);
  }

  /**
   * Returns how long the opportunity has spent in a sales phase up to a moment, summing every stay;
   * time stops when the opportunity ends (D3.1, for the sales-cycle KPIs of D12).
   *
   * @param phase the phase; not null
   * @param asOf the moment to measure to; not null
   * @return the time spent, zero if the phase was never entered before {@code asOf}; never null
   */
  public Duration timeIn(SalesPhase phase, Instant asOf) {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(asOf, "asOf");
    Instant end = endedAt().filter(asOf::isAfter).orElse(asOf);
    Duration total = Duration.ZERO;
    List<StageEntry<SalesPhase>> history = phaseHistory();
    for (int i = 0; i < history.size(); i++) {
      StageEntry<SalesPhase> entry = history.get(i);
      Instant leftAt = i + 1 < history.size() ? history.get(i + 1).enteredAt() : end;
      Instant until = leftAt.isAfter(end) ? end : leftAt;
      if (entry.stage() == phase && until.isAfter(entry.enteredAt())) {
        total = total.plus(Duration.between(entry.enteredAt(), until));
      }
    }
    return total;
  }

  /**
   * Evaluates whether the opportunity is ready for a gate under the {@link GatePolicy#standard()
   * standard gate policy}; see {@link #readiness(Gate, GatePolicy)}.
   *
   * @param gate the gate; not null
   * @return the readiness report, never null
   */
  public GateReadiness readiness(Gate gate) {
    return readiness(gate, GatePolicy.standard());
  }

  /**
   * Evaluates whether the opportunity is ready for a gate (D3.2, D4.1): every prerequisite with met
   * or not, why, and the command that meets it; the authority the policy requires; and why the gate
   * cannot be decided now at all, if it cannot. A question: it never throws for an unmet
   * prerequisite.
   *
   * @param gate the gate; not null
   * @param policy the host's gate policy; not null
   * @return the readiness report, never null
   */
  public GateReadiness readiness(Gate gate, GatePolicy policy) {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(policy, "policy");
    return new GateReadiness(
        gate,
        prerequisites(gate),
        policy.requiredAuthority(gate, amount(), customerGrade()),
        authorityBasis(gate),
        blocker(gate));
  }

  /** Checks every prerequisite of an approval at the gate, in order (D3.2, D4.1). */
  private List<PrerequisiteCheck> prerequisites(Gate gate) {
    List<PrerequisiteCheck> checks = new ArrayList<>();
    for (GatePrerequisite prerequisite : GatePrerequisite.values()) {
      if (prerequisite.gate() == gate) {
        checks.add(check(prerequisite));
      }
    }
    return checks;
  }

  /** {@return the readiness of the next gate to pass, or empty once ATC is passed} */
  public Optional<GateReadiness> nextGateReadiness() {
    return nextGate().map(this::readiness);
  }

  private String authorityBasis(Gate gate) {
    return gate
        + " of "
        + Figures.money(amount())
        + " for "
        + customerGrade()
            .map(g -> "a grade-" + g + " customer")
            .orElse("a customer whose grade is not recorded");
  }

  /** Why a gate cannot be decided now, and what to do instead; empty if it can. */
  private Optional<String> blocker(Gate gate) {
    if (isEnded()) {
      return Optional.of("the opportunity has ended (" + status().label() + ")");
    }
    if (passed(gate)) {
      return Optional.of(gate + " is already passed");
    }
    Optional<Gate> previous = gate.previous().filter(g -> !passed(g));
    if (previous.isPresent()) {
      return Optional.of(
          "gates are passed in order: "
              + previous.get()
              + " first — "
              + (previous.get() == Gate.ATI
                  ? GatePrerequisite.ATI_PASSED.remedy()
                  : GatePrerequisite.ATB_PASSED.remedy()));
    }
    if (!gate.decidedIn().contains(phase())) {
      return Optional.of(
          gate
              + " is decided in "
              + String.join(" or ", gate.decidedIn().stream().map(SalesPhase::label).toList())
              + " and the opportunity is in "
              + phase().label()
              + ": moveTo(one of those phases, at)");
    }
    return Optional.empty();
  }

  private PrerequisiteCheck check(GatePrerequisite prerequisite) {
    switch (prerequisite) {
      case VERIFIED:
        return new PrerequisiteCheck(
            prerequisite,
            expectedSigning().isPresent(),
            expectedSigning()
                .map(
                    d ->
                        "amount "
                            + Figures.money(amount())
                            + ", signing "
                            + d
                            + ", probability "
                            + probability())
                .orElse("no expected signing date yet"));
      case DELIVERY_SUPPORTED_VERIFICATION:
        return new PrerequisiteCheck(
            prerequisite,
            deliveryParticipant().isPresent(),
            deliveryParticipant()
                .map(p -> "delivery took part: " + p)
                .orElse("delivery has not taken part yet"));
      case PROJECT_TRIANGLE_COMPLETE:
        return new PrerequisiteCheck(
            prerequisite,
            triangle().map(ProjectTriangle::isComplete).orElse(false),
            triangle()
                .map(
                    t ->
                        t.isComplete()
                            ? String.join(
                                ", ",
                                t.members().entrySet().stream()
                                    .map(m -> m.getKey() + " " + m.getValue().employee())
                                    .toList())
                            : "the project triangle lacks "
                                + String.join(
                                    ", ", t.missingRoles().stream().map(String::valueOf).toList()))
                .orElse("no project triangle assigned yet"));
      case ATI_PASSED:
        return gateCheck(prerequisite, Gate.ATI);
      case ATB_PASSED:
        return gateCheck(prerequisite, Gate.ATB);
      case INTEGRATED_ESTIMATE:
        return estimateCheck(prerequisite, Gate.ATB);
      case REFRESHED_ESTIMATE:
        return estimateCheck(prerequisite, Gate.ATC);
    }
    throw new AssertionError(prerequisite);
  }

  private PrerequisiteCheck gateCheck(GatePrerequisite prerequisite, Gate gate) {
    return new PrerequisiteCheck(
        prerequisite,
        passed(gate),
        latestDecision(gate)
            .map(d -> gate + " " + d.verdict().label() + " on " + d.decidedOn())
            .orElse(gate + " not decided yet"));
  }

  private PrerequisiteCheck estimateCheck(GatePrerequisite prerequisite, Gate gate) {
    Optional<ProjectEstimate> estimate = Optional.ofNullable(estimates().get(gate));
    if (estimate.isEmpty()) {
      return new PrerequisiteCheck(
          prerequisite,
          false,
          gate == Gate.ATB
              ? "no plan and estimate recorded"
              : "no plan and estimate recorded since ATB");
    }
    Set<EstimateContributor> missing = EnumSet.allOf(EstimateContributor.class);
    missing.removeAll(estimate.get().contributors());
    return new PrerequisiteCheck(
        prerequisite,
        missing.isEmpty(),
        missing.isEmpty()
            ? "estimate of "
                + estimate.get().preparedOn()
                + ": "
                + Figures.money(estimate.get().estimatedCost())
            : "estimate of "
                + estimate.get().preparedOn()
                + " lacks "
                + String.join(", ", missing.stream().map(EstimateContributor::label).toList()));
  }

  // ---------------------------------------------------------------- commands

  /**
   * Opens an opportunity in the phase {@link SalesPhase#VERIFY}, with no customer grade recorded
   * yet; see {@link #open(OpportunityId, OpportunityProfile, GradeAttestation, Instant)} to open it
   * with the grade its customer attests.
   *
   * @param id the new opportunity's id; not null
   * @param profile what it is opened with; not null, with no {@link
   *     OpportunityProfile#customerGrade() customer grade}
   * @param at when; not null
   * @return the open opportunity, with its {@link OpportunityOpened} event
   * @throws org.leadtocash.domain.common.RuleViolationException if the profile carries a customer
   *     grade: a grade is recorded only with the customer's {@link GradeAttestation} (D6.2); or
   *     expects the signing before {@code at}, compared without a time zone as {@link BusinessDate}
   *     does (D3.5)
   */
  public static Transition<Opportunity, OpportunityEvent> open(
      OpportunityId id, OpportunityProfile profile, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(at, "at");
    claimsNoGrade(Guard.of("Opportunity", "new", "open"), profile);
    return opened(id, profile, at);
  }

  /**
   * Opens an opportunity in the phase {@link SalesPhase#VERIFY} with its customer's grade (D6.2),
   * which the gate policy weighs for the authority of a gate decision (D3.2). The grade comes only
   * from the evidence the customer issues ({@link
   * org.leadtocash.domain.customer.Customer#gradeAttestation()}): a {@link GradeAttestation} has no
   * public constructor, builder or factory, so a host cannot claim a grade its customer does not
   * have. The stored {@link OpportunityOpened} records the grade in its profile.
   *
   * @param id the new opportunity's id; not null
   * @param profile what it is opened with; not null, with no {@link
   *     OpportunityProfile#customerGrade() customer grade} of its own
   * @param grade the attestation of the grade the profile's customer issued; not null
   * @param at when; not null
   * @return the open opportunity with the attested grade, with its {@link OpportunityOpened} event
   * @throws org.leadtocash.domain.common.RuleViolationException if the attestation is of another
   *     customer, or the profile carries a grade of its own (D6.2); or the profile expects the
   *     signing before {@code at}, compared without a time zone as {@link BusinessDate} does (D3.5)
   */
  public static Transition<Opportunity, OpportunityEvent> open(
      OpportunityId id, OpportunityProfile profile, GradeAttestation grade, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(at, "at");
    Guard guard = Guard.of("Opportunity", "new", "open");
    guard.require(
        grade.customer().equals(profile.customer()),
        RuleId.D6_2,
        "the grade attested by customer %s is no grade of the opportunity's customer %s",
        grade.customer(),
        profile.customer());
    claimsNoGrade(guard, profile);
    return opened(
        id, OpportunityProfile.builder().from(profile).customerGrade(grade.grade()).build(), at);
  }

  /**
   * Refuses a profile that claims a customer grade of its own: only an attestation brings one
   * (D6.2).
   */
  private static void claimsNoGrade(Guard guard, OpportunityProfile profile) {
    guard.require(
        profile.customerGrade().isEmpty(),
        RuleId.D6_2,
        "a customer's grade is recorded only with the attestation its customer %s issues"
            + " (Customer.gradeAttestation()), not as the profile's grade %s",
        profile.customer(),
        profile.customerGrade().map(CustomerGrade::name).orElse(""));
  }

  /**
   * Opens an opportunity with a profile whose grade, if any, was attested: the commands' own path
   * and the replay of a stored {@link OpportunityOpened}, which records the grade as a plain value.
   */
  private static Transition<Opportunity, OpportunityEvent> opened(
      OpportunityId id, OpportunityProfile profile, Instant at) {
    Guard guard = Guard.of("Opportunity " + id, "new", "open");
    profile
        .expectedSigning()
        .ifPresent(
            signing ->
                guard.requireSince(RuleId.D3_5, "the expected signing date", signing, OPENED, at));
    OpportunityOpened opened = new OpportunityOpened(id, 1, profile, at);
    return Transition.of(initial(opened), opened);
  }

  /**
   * Revises the forecast: amount, expected signing date and win probability (D3.5).
   *
   * @param amount the expected amount; not null, positive, in the opportunity's currency
   * @param expectedSigning the expected signing date; not null
   * @param probability the win probability; not null
   * @param at when; not null
   * @return the opportunity with the new forecast
   * @throws IllegalArgumentException if the amount is not positive
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the latest
   *     event (D3.1), checked first; or the expected signing date is before the opportunity was
   *     opened, compared without a time zone as {@link BusinessDate} does, or the amount's currency
   *     is not the opportunity's (D3.5)
   */
  public Transition<Opportunity, OpportunityEvent> forecast(
      Money amount, LocalDate expectedSigning, Probability probability, Instant at) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(expectedSigning, "expectedSigning");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(at, "at");
    timeGuard("forecast", at)
        .requireSince(
            RuleId.D3_5, "the expected signing date", expectedSigning, OPENED, openedAt());
    Guard guard = guard("forecast", at);
    checkArgument(amount.isPositive(), "an opportunity's amount is positive, not %s", amount);
    guard.require(
        amount.isSameCurrency(amount()),
        RuleId.D3_5,
        "the opportunity is forecast in %s, not %s",
        amount().getCurrencyUnit(),
        amount.getCurrencyUnit());
    return next(new ForecastRevised(id(), version() + 1, amount, expectedSigning, probability, at));
  }

  /**
   * Moves the opportunity forward to a later sales phase (D3.1), once the gate that phase needs is
   * passed (D3.2: no solution before ATI, no bid before ATB). Phases may be skipped forward.
   *
   * @param phase the phase to enter; not null
   * @param at when; not null
   * @return the opportunity in the new phase
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the phase is not after the
   *     current one (D3.1), or its gate is not passed (D3.2)
   */
  public Transition<Opportunity, OpportunityEvent> moveTo(SalesPhase phase, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(phase, "phase");
    Guard guard =
        guard("moveTo " + phase, at)
            .allow(
                phase.compareTo(phase()) > 0,
                RuleId.D3_1,
                "the sales phases go forward: %s is not after %s",
                phase,
                phase());
    phase
        .requiredGate()
        .ifPresent(
            gate ->
                guard.allow(
                    passed(gate),
                    RuleId.D3_2,
                    "%s needs %s (%s) approved first",
                    phase,
                    gate,
                    gate.label()));
    return next(new PhaseChanged(id(), version() + 1, phase, at));
  }

  /**
   * Records that the customer's buying process moved to another stage (D3.3).
   *
   * @param stage the stage entered; not null
   * @param at when; not null
   * @return the opportunity with the new stage
   * @throws org.leadtocash.domain.common.RuleViolationException if it is already in that stage
   *     (D3.3)
   */
  public Transition<Opportunity, OpportunityEvent> changeBuyingStage(
      BuyingStage stage, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(stage, "stage");
    guard("changeBuyingStage", at)
        .require(stage != buyingStage(), RuleId.D3_3, "the customer is already in stage %s", stage);
    return next(new BuyingStageChanged(id(), version() + 1, stage, at));
  }

  /**
   * Records that delivery took part in verifying the opportunity, in support of ATI (D3.2).
   *
   * @param deliveryPerson who from delivery took part; not null
   * @param at when; not null
   * @return the opportunity with the participation recorded
   * @throws org.leadtocash.domain.common.IllegalTransitionException once ATI is passed (D3.2)
   */
  public Transition<Opportunity, OpportunityEvent> recordDeliveryParticipation(
      EmployeeId deliveryPerson, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(deliveryPerson, "deliveryPerson");
    guard("recordDeliveryParticipation", at)
        .allow(
            !passed(Gate.ATI),
            RuleId.D3_2,
            "delivery takes part in the verification, which ATI has closed");
    return next(new DeliveryParticipationRecorded(id(), version() + 1, deliveryPerson, at));
  }

  /**
   * Assigns the project triangle that works the opportunity under its sponsor (D4.3), or replaces
   * it when the team changes. ATI needs it complete: an AR, an SR and an FR (D4.1).
   *
   * @param triangle the project triangle; not null, for this opportunity
   * @param at when; not null
   * @return the opportunity with its triangle
   * @throws org.leadtocash.domain.common.RuleViolationException if the triangle is for another
   *     opportunity, or is the one already assigned (D4.3)
   */
  public Transition<Opportunity, OpportunityEvent> assignTriangle(
      ProjectTriangle triangle, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(triangle, "triangle");
    guard("assignTriangle", at)
        .require(
            triangle.opportunity().equals(id()),
            RuleId.D4_3,
            "a project triangle works one opportunity, and this one is for %s",
            triangle.opportunity())
        .require(
            !triangle().equals(Optional.of(triangle)),
            RuleId.D4_3,
            "this project triangle is already assigned");
    return next(new TriangleAssigned(id(), version() + 1, triangle, at));
  }

  /**
   * Records an integrated project plan and budget estimate: in support of ATB until ATB is passed,
   * and after that as the refreshed estimate that supports ATC (D3.2).
   *
   * @param estimate the estimate; not null
   * @param at when; not null
   * @return the opportunity with the estimate
   * @throws org.leadtocash.domain.common.IllegalTransitionException once ATC is passed (D3.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the latest
   *     event, or the estimate is prepared before the opportunity was opened or after {@code at},
   *     compared without a time zone as {@link BusinessDate} does — checked before the state (D3.1)
   */
  public Transition<Opportunity, OpportunityEvent> recordEstimate(
      ProjectEstimate estimate, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(estimate, "estimate");
    dated(
        timeGuard("recordEstimate", at), "the estimate is prepared on", estimate.preparedOn(), at);
    guard("recordEstimate", at)
        .allow(
            !passed(Gate.ATC), RuleId.D3_2, "the estimates support ATB and ATC, and ATC is passed");
    Gate supports = passed(Gate.ATB) ? Gate.ATC : Gate.ATB;
    return next(new EstimateRecorded(id(), version() + 1, estimate, supports, at));
  }

  /**
   * Plans a gate decision for a date (D3.2); the decision then records this planned date. A gate
   * may be planned again, e.g. after it was deferred.
   *
   * @param gate the gate; not null
   * @param plannedOn the date; not null
   * @param at when; not null
   * @return the opportunity with the plan
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the latest
   *     event, checked first, or the date is before the opportunity was opened, compared without a
   *     time zone as {@link BusinessDate} does (D3.1); a date after {@code at} is a plan, and
   *     allowed
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the gate is already passed
   *     (D3.2)
   */
  public Transition<Opportunity, OpportunityEvent> planGate(
      Gate gate, LocalDate plannedOn, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(plannedOn, "plannedOn");
    timeGuard("planGate " + gate, at)
        .requireSince(RuleId.D3_1, gate + " is planned on", plannedOn, OPENED, openedAt());
    guard("planGate " + gate, at).allow(!passed(gate), RuleId.D3_2, "%s is already passed", gate);
    return next(new GatePlanned(id(), version() + 1, gate, plannedOn, at));
  }

  /**
   * Records the customer's grade on the opportunity (D6.2): the gate policy weighs it when it sets
   * the authority of a gate decision (D3.2). The grade comes only from the evidence the customer
   * issues ({@link org.leadtocash.domain.customer.Customer#gradeAttestation()}): a {@link
   * GradeAttestation} has no public constructor, builder or factory, so a host cannot claim a lower
   * grade to route a decision to a lower authority. Record it when the opportunity opens ({@link
   * #open(OpportunityId, OpportunityProfile, GradeAttestation, Instant)}) or whenever the
   * customer's grade changes; the {@link CustomerGradeRecorded} event records the grade.
   *
   * @param grade the attestation of its grade the opportunity's customer issued; not null
   * @param at when; not null
   * @return the opportunity with the grade
   * @throws org.leadtocash.domain.common.RuleViolationException if the attestation is of another
   *     customer, or its grade is already the one recorded (D6.2), or the time is before the latest
   *     event (D3.1)
   */
  public Transition<Opportunity, OpportunityEvent> recordCustomerGrade(
      GradeAttestation grade, Instant at) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(at, "at");
    guard("recordCustomerGrade", at)
        .require(
            grade.customer().equals(customer()),
            RuleId.D6_2,
            "the grade attested by customer %s is no grade of the opportunity's customer %s",
            grade.customer(),
            customer());
    return recordGrade(grade.grade(), at);
  }

  /**
   * Records an attested grade: the command's own path and the replay of a stored {@link
   * CustomerGradeRecorded}, which records the grade as a plain value.
   */
  private Transition<Opportunity, OpportunityEvent> recordGrade(CustomerGrade grade, Instant at) {
    guard("recordCustomerGrade", at)
        .require(
            !customerGrade().equals(Optional.of(grade)),
            RuleId.D6_2,
            "the customer's grade is already recorded as %s",
            grade);
    return next(new CustomerGradeRecorded(id(), version() + 1, grade, at));
  }

  /**
   * Records a decision at a gate under the {@link GatePolicy#standard() standard gate policy}; see
   * {@link #decide(Ruling, GatePolicy, Instant)}.
   *
   * @param ruling what the decision authority ruled; not null
   * @param at when it is recorded; not null
   * @return the opportunity with the decision, and what the decision moves
   * @throws org.leadtocash.domain.common.DomainException as {@link #decide(Ruling, GatePolicy,
   *     Instant)}
   */
  public Transition<Opportunity, OpportunityEvent> decide(Ruling ruling, Instant at) {
    return decide(ruling, GatePolicy.standard(), at);
  }

  /**
   * Records a decision at a gate (D3.2). Gates are decided in order, each in its phases ({@link
   * Gate#decidedIn()}), by an authority at least at the level the policy requires for the amount
   * and the customer's grade recorded on the opportunity; the decision records the date the gate
   * was planned for, if it was; an approval needs every prerequisite met ({@link #readiness}). An
   * approved ATI moves the opportunity on to develop the solution, an approved ATB on to the bid; a
   * rejection ends or returns the opportunity as the policy says; a deferral leaves the gate open.
   * ATC may be decided before the award or after it (D3.5).
   *
   * @param ruling what the decision authority ruled; not null
   * @param policy the host's gate policy; not null
   * @param at when it is recorded; not null
   * @return the opportunity with the decision, and the phase change, abandonment or return it
   *     causes
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the opportunity has ended,
   *     the gate is passed already, its previous gate is not, or the phase is wrong (D3.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if the authority is too low (D3.2),
   *     an approval's prerequisite is unmet (D3.2, D4.1), or the time is before the latest event or
   *     the ruling is dated before the opportunity was opened or after {@code at}, compared without
   *     a time zone as {@link BusinessDate} does — checked before the state (D3.1)
   */
  public Transition<Opportunity, OpportunityEvent> decide(
      Ruling ruling, GatePolicy policy, Instant at) {
    Objects.requireNonNull(ruling, "ruling");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(at, "at");
    Gate gate = ruling.gate();
    dated(timeGuard("decide " + gate, at), gate + " is decided on", ruling.decidedOn(), at);
    Guard guard = gateOpen(guard("decide " + gate, at), gate);
    OrganisationLevel required = policy.requiredAuthority(gate, amount(), customerGrade());
    Optional<RuleViolationException> refusal =
        ruling.authority().level().isAtLeast(required)
            ? unready(guard, ruling)
            : Optional.of(
                guard.violation(
                    RuleId.D3_2,
                    authorityBasis(gate)
                        + " needs the authority of "
                        + required
                        + ", not "
                        + ruling.authority().level()));
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "Opportunity {} decide {}: policy {} requires {} for {}; the ruling ({}) at {} is {}",
          id(),
          gate,
          policy,
          required,
          authorityBasis(gate),
          ruling.verdict(),
          ruling.authority().level(),
          refusal.map(r -> "refused [" + r.rule() + "]").orElse("accepted"));
    }
    if (refusal.isPresent()) {
      throw refusal.get();
    }
    return recordDecision(ruling, policy::onRejection, at);
  }

  /**
   * Checks the rules of the state for a decision at the gate (D3.2): the gate is not passed yet,
   * its previous gate is, and the opportunity is in one of the gate's phases.
   */
  @CanIgnoreReturnValue
  private Guard gateOpen(Guard guard, Gate gate) {
    guard.allow(!passed(gate), RuleId.D3_2, "%s is already passed", gate);
    gate.previous()
        .ifPresent(
            previous ->
                guard.allow(
                    passed(previous),
                    RuleId.D3_2,
                    "gates are passed in order: %s must be approved before %s",
                    previous,
                    gate));
    return guard.allow(
        gate.decidedIn().contains(phase()),
        RuleId.D3_2,
        "%s is decided in %s, and the opportunity is in %s",
        gate,
        gate.decidedIn(),
        phase());
  }

  /**
   * Returns the first unmet prerequisite of an approval as the violation it is (D3.2, D4.1); empty
   * if every prerequisite is met, or the ruling does not approve.
   */
  private Optional<RuleViolationException> unready(Guard guard, Ruling ruling) {
    if (!ruling.passes()) {
      return Optional.empty();
    }
    Gate gate = ruling.gate();
    return prerequisites(gate).stream()
        .filter(check -> !check.met())
        .findFirst()
        .map(
            unmet ->
                guard.violation(
                    unmet.prerequisite().rule(),
                    "not ready for "
                        + gate
                        + ": "
                        + unmet.prerequisite().text()
                        + " — "
                        + unmet.reason()
                        + "; next: "
                        + unmet.prerequisite().remedy()));
  }

  /**
   * Records a ruling whose every rule was checked: the decision, and the phase change, abandonment
   * or return it causes, a rejection as {@code onRejection} says (D3.2).
   */
  private Transition<Opportunity, OpportunityEvent> recordDecision(
      Ruling ruling, Function<Gate, RejectionEffect> onRejection, Instant at) {
    Gate gate = ruling.gate();
    GateDecision decision =
        GateDecision.of(id(), ruling, Optional.ofNullable(plannedGates().get(gate)));
    List<OpportunityEvent> events = new ArrayList<>();
    events.add(new GateDecided(id(), version() + 1, decision, at));
    if (ruling.passes()) {
      advancedPhase(gate).ifPresent(p -> events.add(new PhaseChanged(id(), version() + 2, p, at)));
    } else if (ruling.verdict() == Verdict.REJECTED) {
      if (onRejection.apply(gate) == RejectionEffect.END) {
        events.add(abandonment(ruling, at));
      } else {
        SalesPhase back = returnPhase(gate);
        if (back.compareTo(phase()) < 0) {
          events.add(new PhaseChanged(id(), version() + 2, back, at));
        }
      }
    }
    return next(events);
  }

  /** The abandonment that follows a rejection the policy ends the opportunity with (D3.2). */
  private OpportunityAbandoned abandonment(Ruling rejected, Instant at) {
    return new OpportunityAbandoned(
        id(),
        version() + 2,
        new OpportunityOutcome.Abandoned(
            rejected.gate() + " rejected: " + rejected.rationale(), at));
  }

  /** The phase an approval moves the opportunity on to, if it is not there yet. */
  private Optional<SalesPhase> advancedPhase(Gate approved) {
    return advancedPhase(approved, phase());
  }

  /** The phase an approval moves an opportunity in a phase on to, if it is not there yet. */
  private static Optional<SalesPhase> advancedPhase(Gate approved, SalesPhase phase) {
    SalesPhase to;
    switch (approved) {
      case ATI:
        to = SalesPhase.DEVELOP_SOLUTION;
        break;
      case ATB:
        to = SalesPhase.BID;
        break;
      case ATC:
        return Optional.empty();
      default:
        throw new AssertionError(approved);
    }
    return to.compareTo(phase) > 0 ? Optional.of(to) : Optional.empty();
  }

  private static SalesPhase returnPhase(Gate rejected) {
    switch (rejected) {
      case ATI:
        return SalesPhase.VERIFY;
      case ATB:
        return SalesPhase.DEVELOP_SOLUTION;
      case ATC:
        return SalesPhase.NEGOTIATE;
    }
    throw new AssertionError(rejected);
  }

  /**
   * Marks the opportunity a hilltop project (山头项目), strategically decisive, with its traffic light
   * (D3.4).
   *
   * @param light the first traffic light; not null
   * @param at when; not null
   * @return the hilltop project
   * @throws org.leadtocash.domain.common.RuleViolationException if it already is one (D3.4)
   */
  public Transition<Opportunity, OpportunityEvent> markHilltop(TrafficLight light, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(light, "light");
    guard("markHilltop", at).require(!isHilltop(), RuleId.D3_4, "it is already a hilltop project");
    return next(new HilltopMarked(id(), version() + 1, light, at));
  }

  /**
   * Changes a hilltop project's traffic light at the weekly watch (D3.4).
   *
   * @param light the new light; not null
   * @param at when; not null
   * @return the project with the new light
   * @throws org.leadtocash.domain.common.RuleViolationException if it is not a hilltop project, or
   *     the light does not change (D3.4)
   */
  public Transition<Opportunity, OpportunityEvent> changeTrafficLight(
      TrafficLight light, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(light, "light");
    guard("changeTrafficLight", at)
        .require(isHilltop(), RuleId.D3_4, "only hilltop projects carry a traffic light")
        .require(
            !trafficLight().equals(Optional.of(light)),
            RuleId.D3_4,
            "the light is already %s",
            light);
    return next(new TrafficLightChanged(id(), version() + 1, light, at));
  }

  /**
   * Records a competitor bidding for the opportunity (D3.5).
   *
   * @param competitor the competitor; not null
   * @param at when; not null
   * @return the opportunity with the competitor
   * @throws org.leadtocash.domain.common.RuleViolationException if it is already recorded (D3.5)
   */
  public Transition<Opportunity, OpportunityEvent> addCompetitor(
      CompetitorId competitor, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(competitor, "competitor");
    guard("addCompetitor", at)
        .require(
            !competitors().contains(competitor), RuleId.D3_5, "%s is already recorded", competitor);
    return next(new CompetitorAdded(id(), version() + 1, competitor, at));
  }

  /**
   * Records a four-factor assessment: relationship, solution, commercial terms, delivery (D3.6).
   *
   * @param assessment the assessment; not null
   * @param at when; not null
   * @return the opportunity with the assessment
   */
  public Transition<Opportunity, OpportunityEvent> assess(WinAssessment assessment, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(assessment, "assessment");
    guard("assess", at);
    return next(new OpportunityAssessed(id(), version() + 1, assessment, at));
  }

  /**
   * Records that we won, the award split unknown (D3.5). Winning needs a bid, so ATB must be passed
   * (D3.2).
   *
   * @param at when; not null
   * @return the won opportunity, which accepts no further command
   * @throws org.leadtocash.domain.common.RuleViolationException if ATB is not passed (D3.2)
   */
  public Transition<Opportunity, OpportunityEvent> win(Instant at) {
    Objects.requireNonNull(at, "at");
    return win(Optional.empty(), at);
  }

  /**
   * Records that we won, with the award split between us and each competitor (D3.5).
   *
   * @param split the split; not null; our part positive, every competitor in it recorded
   * @param at when; not null
   * @return the won opportunity, which accepts no further command
   * @throws org.leadtocash.domain.common.RuleViolationException if ATB is not passed (D3.2), our
   *     part is zero, or the split names an unrecorded competitor or another currency (D3.5)
   */
  public Transition<Opportunity, OpportunityEvent> win(AwardSplit split, Instant at) {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(at, "at");
    return win(Optional.of(split), at);
  }

  private Transition<Opportunity, OpportunityEvent> win(Optional<AwardSplit> split, Instant at) {
    Guard guard =
        guard("win", at)
            .allow(outcome().isEmpty(), RuleId.D3_5, "the award is already recorded: %s", status())
            .require(
                passed(Gate.ATB),
                RuleId.D3_2,
                "we win by bidding, and ATB (approve to bid) is not passed");
    split.ifPresent(
        s -> {
          checkSplit(guard, s);
          guard.require(s.ours().isPositive(), RuleId.D3_5, "a win awards us something");
        });
    List<OpportunityEvent> events = new ArrayList<>();
    events.add(new OpportunityWon(id(), version() + 1, new OpportunityOutcome.Won(split, at)));
    if (phase().compareTo(SalesPhase.NEGOTIATE) < 0) {
      events.add(new PhaseChanged(id(), version() + 2, SalesPhase.NEGOTIATE, at));
    }
    return next(events);
  }

  /**
   * Records that we lost to a competitor, and why; the split unknown (D3.5).
   *
   * @param winner the competitor that won; not null, recorded on the opportunity
   * @param reason why we lost; not null, not blank
   * @param at when; not null
   * @return the lost opportunity, which accepts no further command
   * @throws IllegalArgumentException if the reason is blank
   * @throws org.leadtocash.domain.common.RuleViolationException if the winner is not a recorded
   *     competitor (D3.5)
   */
  public Transition<Opportunity, OpportunityEvent> lose(
      CompetitorId winner, String reason, Instant at) {
    Objects.requireNonNull(at, "at");
    return lose(winner, reason, Optional.empty(), at);
  }

  /**
   * Records that we lost to a competitor, why, and the award split (D3.5).
   *
   * @param winner the competitor that won; not null, recorded, with a positive part of the split
   * @param reason why we lost; not null, not blank
   * @param split the split; not null; every competitor in it recorded
   * @param at when; not null
   * @return the lost opportunity, which accepts no further command
   * @throws IllegalArgumentException if the reason is blank
   * @throws org.leadtocash.domain.common.RuleViolationException if the winner or another competitor
   *     of the split is not recorded, the winner got nothing, or the currency differs (D3.5)
   */
  public Transition<Opportunity, OpportunityEvent> lose(
      CompetitorId winner, String reason, AwardSplit split, Instant at) {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(at, "at");
    return lose(winner, reason, Optional.of(split), at);
  }

  private Transition<Opportunity, OpportunityEvent> lose(
      CompetitorId winner, String reason, Optional<AwardSplit> split, Instant at) {
    Objects.requireNonNull(winner, "winner");
    Objects.requireNonNull(reason, "reason");
    guard("lose", at);
    OpportunityOutcome.Lost lost = new OpportunityOutcome.Lost(winner, reason, split, at);
    Guard guard =
        guard("lose", at)
            .allow(outcome().isEmpty(), RuleId.D3_5, "the award is already recorded: %s", status())
            .require(
                competitors().contains(winner),
                RuleId.D3_5,
                "the winner %s is not a recorded competitor",
                winner);
    split.ifPresent(
        s -> {
          checkSplit(guard, s);
          guard.require(
              s.shareOf(winner).numerator().signum() > 0,
              RuleId.D3_5,
              "the winner %s has no part of the award split",
              winner);
        });
    return next(new OpportunityLost(id(), version() + 1, lost));
  }

  private void checkSplit(Guard guard, AwardSplit split) {
    guard.require(
        split.currency().equals(amount().getCurrencyUnit()),
        RuleId.D3_5,
        "the award split is in %s, the opportunity in %s",
        split.currency(),
        amount().getCurrencyUnit());
    for (CompetitorId competitor : split.competitors().keySet()) {
      guard.require(
          competitors().contains(competitor),
          RuleId.D3_5,
          "the award split names %s, which is not a recorded competitor",
          competitor);
    }
  }

  /**
   * Records that we abandon the opportunity (D3.5).
   *
   * @param reason why; not null, not blank
   * @param at when; not null
   * @return the abandoned opportunity, which accepts no further command
   * @throws IllegalArgumentException if the reason is blank
   */
  public Transition<Opportunity, OpportunityEvent> abandon(String reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    guard("abandon", at);
    OpportunityOutcome.Abandoned abandoned = new OpportunityOutcome.Abandoned(reason, at);
    return next(new OpportunityAbandoned(id(), version() + 1, abandoned));
  }

  /**
   * Records that the customer cancelled the project (D3.5).
   *
   * @param reason why; not null, not blank
   * @param at when; not null
   * @return the cancelled opportunity, which accepts no further command
   * @throws IllegalArgumentException if the reason is blank
   */
  public Transition<Opportunity, OpportunityEvent> cancel(String reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    guard("cancel", at);
    OpportunityOutcome.Cancelled cancelled = new OpportunityOutcome.Cancelled(reason, at);
    return next(new OpportunityCancelled(id(), version() + 1, cancelled));
  }

  // ---------------------------------------------------------------- replay

  /**
   * Rebuilds an opportunity from its stored events, oldest first, as strictly as its commands
   * (DOMAIN D3.1): each event's command is sent again to the state reached so far and must produce
   * exactly the stored events. A gate decision's authority is the one the host's {@link GatePolicy}
   * accepted when it was decided, and what a rejection did — end or return the opportunity — is
   * told by the events stored after it; every rule of the state itself is checked again: the
   * decision is this opportunity's, gates pass in order and in their phases, an approval's
   * prerequisites are met, phases go backwards only as a rejection's return, time only moves
   * forward, and an opportunity that has ended accepts nothing (D3.1, D3.2, D3.5).
   *
   * @param history its events, starting with {@link OpportunityOpened}; not null, not empty
   * @return the opportunity, equal to the one the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException naming the opportunity, the
   *     offending event and what is wrong, if the history does not start with the opening, holds an
   *     event of another opportunity, skips, repeats or reorders a version, goes back in time, or
   *     holds an event its state does not accept or its command does not produce (D3.1)
   */
  public static Opportunity replay(List<? extends OpportunityEvent> history) {
    Objects.requireNonNull(history, "history");
    return replaying(history).history(history);
  }

  /**
   * Rebuilds an opportunity from a snapshot of its state and the events stored after it (DOMAIN
   * D3.1), checked as {@link #replay(List)} checks a whole history; the result equals the
   * opportunity its whole history replays to.
   *
   * @param snapshot the opportunity as it was at some version; not null
   * @param eventsAfter the events after the snapshot, oldest first, starting at the snapshot's
   *     version plus one; not null, may be empty
   * @return the opportunity, never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException naming the opportunity, the
   *     offending event and what is wrong, if the events do not continue the snapshot — another
   *     opportunity's, a version other than the next, an event dated before the snapshot's latest —
   *     or hold an event its state does not accept or its command does not produce (D3.1)
   */
  public static Opportunity replay(
      Opportunity snapshot, List<? extends OpportunityEvent> eventsAfter) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(eventsAfter, "eventsAfter");
    return replaying(eventsAfter).continueFrom(snapshot, eventsAfter);
  }

  /**
   * The replay of stored events. Its redo sees the stored events because what a rejected gate did
   * is the host's policy's answer, recorded only in the event stored after the decision.
   */
  private static Replay<Opportunity, OpportunityEvent> replaying(
      List<? extends OpportunityEvent> stored) {
    return Replay.<Opportunity, OpportunityEvent>of(
        "Opportunity",
        RuleId.D3_1,
        OpportunityOpened.class,
        event -> reopen((OpportunityOpened) event),
        (opportunity, event) -> opportunity.redo(event, stored),
        Opportunity::stateName);
  }

  /** Sends the opening command again. */
  private static Transition<Opportunity, OpportunityEvent> reopen(OpportunityOpened opened) {
    return opened(opened.opportunity(), opened.profile(), opened.occurredAt());
  }

  /** Sends this state the command the stored event records, with the event's data. */
  private Transition<Opportunity, OpportunityEvent> redo(
      OpportunityEvent event, List<? extends OpportunityEvent> stored) {
    if (event instanceof ForecastRevised revised) {
      return forecast(
          revised.amount(), revised.expectedSigning(), revised.probability(), revised.occurredAt());
    } else if (event instanceof PhaseChanged changed) {
      return moveTo(changed.phase(), changed.occurredAt());
    } else if (event instanceof BuyingStageChanged changed) {
      return changeBuyingStage(changed.stage(), changed.occurredAt());
    } else if (event instanceof CustomerGradeRecorded recorded) {
      return recordGrade(recorded.grade(), recorded.occurredAt());
    } else if (event instanceof DeliveryParticipationRecorded recorded) {
      return recordDeliveryParticipation(recorded.deliveryPerson(), recorded.occurredAt());
    } else if (event instanceof TriangleAssigned assigned) {
      return assignTriangle(assigned.triangle(), assigned.occurredAt());
    } else if (event instanceof EstimateRecorded recorded) {
      return recordEstimate(recorded.estimate(), recorded.occurredAt());
    } else if (event instanceof GatePlanned planned) {
      return planGate(planned.gate(), planned.plannedOn(), planned.occurredAt());
    } else if (event instanceof GateDecided decided) {
      return redecide(decided, followUp(stored, decided));
    } else if (event instanceof HilltopMarked marked) {
      return markHilltop(marked.light(), marked.occurredAt());
    } else if (event instanceof TrafficLightChanged changed) {
      return changeTrafficLight(changed.light(), changed.occurredAt());
    } else if (event instanceof CompetitorAdded added) {
      return addCompetitor(added.competitor(), added.occurredAt());
    } else if (event instanceof OpportunityAssessed assessed) {
      return assess(assessed.assessment(), assessed.occurredAt());
    } else if (event instanceof OpportunityWon won) {
      return win(won.outcome().split(), won.occurredAt());
    } else if (event instanceof OpportunityLost lost) {
      OpportunityOutcome.Lost outcome = lost.outcome();
      return lose(outcome.winner(), outcome.reason(), outcome.split(), outcome.at());
    } else if (event instanceof OpportunityAbandoned abandoned) {
      return abandon(abandoned.outcome().reason(), abandoned.occurredAt());
    } else if (event instanceof OpportunityCancelled cancelled) {
      return cancel(cancelled.outcome().reason(), cancelled.occurredAt());
    }
    throw new IllegalArgumentException("opportunity " + id() + " is already open");
  }

  /**
   * Sends a stored decision again (D3.2): every rule of the state is checked as {@link #decide}
   * checks it — the decision is this opportunity's and records the date its gate was planned for,
   * the gate is decided in order and in its phases, an approval's prerequisites are met — but not
   * the authority, which the host's policy accepted when it was decided; and a rejection ends the
   * opportunity exactly when the stored event after it is the abandonment it causes.
   */
  private Transition<Opportunity, OpportunityEvent> redecide(
      GateDecided decided, Optional<OpportunityEvent> followUp) {
    GateDecision decision = decided.decision();
    Ruling ruling = decision.ruling();
    Gate gate = ruling.gate();
    Instant at = decided.occurredAt();
    Optional<LocalDate> planned = Optional.ofNullable(plannedGates().get(gate));
    dated(timeGuard("decide " + gate, at), gate + " is decided on", ruling.decidedOn(), at);
    Guard guard =
        guard("decide " + gate, at)
            .require(
                decision.opportunity().equals(id()),
                RuleId.D3_2,
                "the %s decision is opportunity %s's, not this one's",
                gate,
                decision.opportunity())
            .require(
                decision.plannedOn().equals(planned),
                RuleId.D3_2,
                "the decision records %s as planned, and %s was planned for %s",
                decision.plannedOn().map(LocalDate::toString).orElse("no date"),
                gate,
                planned.map(LocalDate::toString).orElse("no date"));
    gateOpen(guard, gate);
    Optional<RuleViolationException> unmet = unready(guard, ruling);
    if (unmet.isPresent()) {
      throw unmet.get();
    }
    RejectionEffect stored =
        followUp.equals(Optional.of(abandonment(ruling, at)))
            ? RejectionEffect.END
            : RejectionEffect.RETURN;
    return recordDecision(ruling, rejected -> stored, at);
  }

  /** The stored event after one that replay has checked follows on from the ones before it. */
  private static Optional<OpportunityEvent> followUp(
      List<? extends OpportunityEvent> stored, OpportunityEvent event) {
    // replay has checked that the versions up to this event run on from the first stored one
    long next = event.version() - stored.get(0).version() + 1;
    return next > 0 && next < stored.size() && stored.get((int) next - 1).equals(event)
        ? Optional.of(stored.get((int) next))
        : Optional.empty();
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores an opportunity from the attributes of a stored snapshot: for a
   * host or a codec that stored an opportunity's state (say, as JSON in a database) and reads it
   * back. Normally an opportunity comes from its commands, or from {@link #replay(List)}; a
   * restored snapshot is continued with {@link #replay(Opportunity, List) replay(snapshot,
   * eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of an opportunity's state — what its commands guarantee — and throws an
   * {@link IllegalArgumentException} naming the attribute and the DOMAIN rule a tampered or broken
   * snapshot breaks (see {@link Restore}).
   *
   * <pre>{@code
   * Opportunity snapshot = Opportunity.restore().from(stored).build();  // or attribute by attribute
   * Opportunity opportunity = Opportunity.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores an {@link Opportunity} from the attributes of a stored snapshot (see {@link
   * #restore()}). Every attribute is set through its public setter; id, version, profile, openedAt,
   * amount, probability and lastEventAt are required, the histories, maps, sets and optional facts
   * default to empty — though a state has at least one entry in each stage history.
   *
   * <p>{@link #build()} checks every invariant of the state: the amount is positive and in the
   * profile's currency, a forecast signing date once the profile had one, the outcome's award split
   * in that currency naming recorded competitors (D3.5); the phase history starts with {@link
   * SalesPhase#VERIFY} at openedAt, enters each phase only with its gate passed, goes back only as
   * a rejection returns it, and the buying-stage history starts with the profile's stage, each
   * entry a change, both in the order of time up to lastEventAt (D3.1, D3.2, D3.3); every decision
   * is this opportunity's, the gates pass in order and are not decided again once passed, a passed
   * gate's prerequisites that stay met are met — a forecast signing date and delivery's
   * participation for ATI, the integrated estimate for ATB, the refreshed one for ATC — and it
   * moved the opportunity on, the passing decision records the gate's plan, the estimates support
   * ATB, or ATC once ATB is passed (D3.2); the project triangle works this opportunity (D4.3); a
   * won opportunity passed ATB and negotiates, a lost one lost to a recorded competitor, endedAt is
   * present exactly once it has ended and is then its latest event (D3.5); no business date is
   * before openedAt — the expected signing (D3.5), a gate's plan, an estimate, a decision (D3.1) —
   * nor is an estimate or a decision dated after lastEventAt, compared without a time zone ({@link
   * BusinessDate}); and the version counts at least the events its state records (D3.1). It throws
   * an {@link IllegalArgumentException} naming the attribute and the rule of the first broken one.
   */
  public static final class Restore extends ImmutableOpportunity.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule. What a part checks itself
   * (a {@link Ruling}'s rationale, an {@link AwardSplit}'s amounts, an outcome's reason) is not
   * repeated; the authority of a decision is the host's policy's, and is not checked again.
   */
  @Value.Check
  void check() {
    checkForecast();
    checkStages();
    checkDecisions();
    checkOutcome();
    checkDates();
    checkVersion();
  }

  /** The amount, the signing date and the project triangle (D3.5, D4.3). */
  private void checkForecast() {
    checkArgument(
        amount().isPositive(),
        "opportunity %s: amount is positive, not %s (DOMAIN D3.5)",
        id(),
        amount());
    checkArgument(
        amount().isSameCurrency(profile().amount()),
        "opportunity %s: amount is in %s, not in %s, the currency it was opened in (DOMAIN D3.5)",
        id(),
        amount().getCurrencyUnit(),
        profile().amount().getCurrencyUnit());
    checkArgument(
        expectedSigning().isPresent() || profile().expectedSigning().isEmpty(),
        "opportunity %s: expectedSigning is absent, though it was opened with one and a forecast"
            + " always sets one (DOMAIN D3.5)",
        id());
    triangle()
        .ifPresent(
            t ->
                checkArgument(
                    t.opportunity().equals(id()),
                    "opportunity %s: triangle works opportunity %s; a project triangle works one"
                        + " opportunity (DOMAIN D4.3)",
                    id(),
                    t.opportunity()));
  }

  /**
   * The business dates against the opportunity's own (D3.1, D3.5), compared without a time zone
   * ({@link BusinessDate}): none is before the opening — the expected signing, a gate's plan, an
   * estimate's preparation, a decision — and no fact recorded is dated after the latest event.
   */
  private void checkDates() {
    Stream.concat(profile().expectedSigning().stream(), expectedSigning().stream())
        .forEach(signing -> checkSinceOpening("expectedSigning", signing, "D3.5"));
    plannedGates().forEach((gate, on) -> checkSinceOpening("plannedGates: " + gate, on, "D3.1"));
    estimates()
        .forEach(
            (gate, estimate) ->
                checkRecorded("estimates: the estimate for " + gate, estimate.preparedOn()));
    for (int i = 0; i < decisions().size(); i++) {
      checkRecorded("decisions: decision " + (i + 1), decisions().get(i).decidedOn());
    }
  }

  /** A business date is not before the opening (D3.1, or the given rule). */
  private void checkSinceOpening(String attribute, LocalDate on, String rule) {
    checkArgument(
        !BusinessDate.isBefore(on, openedAt()),
        "opportunity %s: %s is dated %s, before openedAt %s: time only moves forward (DOMAIN %s)",
        id(),
        attribute,
        on,
        openedAt(),
        rule);
  }

  /** A recorded fact's date is between the opening and the latest event (D3.1). */
  private void checkRecorded(String attribute, LocalDate on) {
    checkSinceOpening(attribute, on, "D3.1");
    checkArgument(
        !BusinessDate.isAfter(on, lastEventAt()),
        "opportunity %s: %s is dated %s, after lastEventAt %s: a fact is recorded once it has"
            + " happened (DOMAIN D3.1)",
        id(),
        attribute,
        on,
        lastEventAt());
  }

  /**
   * The stage histories: each starts when the opportunity opened, changes stage at each entry and
   * runs in the order of time up to the latest event; a phase is entered only once its gate is
   * passed, and left backwards only as a rejection returns the opportunity (D3.1, D3.2, D3.3).
   */
  private void checkStages() {
    checkArgument(
        !lastEventAt().isBefore(openedAt()),
        "opportunity %s: lastEventAt %s is before openedAt %s: time only moves forward"
            + " (DOMAIN D3.1)",
        id(),
        lastEventAt(),
        openedAt());
    checkHistory("phaseHistory", phaseHistory(), SalesPhase.VERIFY, "D3.1");
    checkHistory("buyingStageHistory", buyingStageHistory(), profile().buyingStage(), "D3.3");
    Set<Gate> passed = passedGates();
    Map<SalesPhase, Integer> returns = new EnumMap<>(SalesPhase.class);
    for (int i = 0; i < phaseHistory().size(); i++) {
      SalesPhase phase = phaseHistory().get(i).stage();
      phase
          .requiredGate()
          .ifPresent(
              gate ->
                  checkArgument(
                      passed.contains(gate),
                      "opportunity %s: phaseHistory enters %s, which needs %s approved, and %s is"
                          + " not passed (DOMAIN D3.2)",
                      id(),
                      phase,
                      gate,
                      gate));
      if (i > 0 && phase.compareTo(phaseHistory().get(i - 1).stage()) < 0) {
        returns.merge(phase, 1, Integer::sum);
      }
    }
    returns.forEach(
        (phase, times) -> {
          Optional<Gate> returning =
              EnumSet.allOf(Gate.class).stream().filter(g -> returnPhase(g) == phase).findFirst();
          long rejections =
              returning
                  .map(
                      gate ->
                          decisions().stream()
                              .filter(d -> d.gate() == gate && d.verdict() == Verdict.REJECTED)
                              .count())
                  .orElse(0L);
          checkArgument(
              times <= rejections,
              "opportunity %s: phaseHistory goes back to %s %s times, after %s rejections that"
                  + " return it there; the phases go forward, and back only when a rejection"
                  + " returns the opportunity (DOMAIN D3.1)",
              id(),
              phase,
              times,
              rejections);
        });
  }

  /**
   * Checks a stage history: it starts with a stage at openedAt, each entry changes the stage, and
   * the entries run in the order of time up to the latest event.
   */
  private <T extends Enum<T>> void checkHistory(
      String attribute, List<StageEntry<T>> history, T first, String rule) {
    checkArgument(
        !history.isEmpty(),
        "opportunity %s: %s is empty; it starts with %s when the opportunity opens (DOMAIN %s)",
        id(),
        attribute,
        first,
        rule);
    StageEntry<T> start = history.get(0);
    checkArgument(
        start.stage() == first && start.enteredAt().equals(openedAt()),
        "opportunity %s: %s starts with %s at %s, not with %s at openedAt %s (DOMAIN %s)",
        id(),
        attribute,
        start.stage(),
        start.enteredAt(),
        first,
        openedAt(),
        rule);
    for (int i = 1; i < history.size(); i++) {
      StageEntry<T> before = history.get(i - 1);
      StageEntry<T> entry = history.get(i);
      checkArgument(
          entry.stage() != before.stage(),
          "opportunity %s: %s enters %s at entry %s, which it is already in (DOMAIN %s)",
          id(),
          attribute,
          entry.stage(),
          i + 1,
          rule);
      checkArgument(
          !entry.enteredAt().isBefore(before.enteredAt())
              && !entry.enteredAt().isAfter(lastEventAt()),
          "opportunity %s: %s enters %s at %s, not between %s and lastEventAt %s: time only moves"
              + " forward (DOMAIN %s)",
          id(),
          attribute,
          entry.stage(),
          entry.enteredAt(),
          before.enteredAt(),
          lastEventAt(),
          rule);
    }
  }

  /**
   * The decisions and what they rest on: each is this opportunity's, the gates are decided in order
   * and not again once passed, a passed gate's lasting prerequisites are met and it moved the
   * opportunity on, the passing decision records the gate's plan, and the estimates support the
   * gates they can (D3.2).
   */
  private void checkDecisions() {
    Set<Gate> passed = EnumSet.noneOf(Gate.class);
    for (int i = 0; i < decisions().size(); i++) {
      GateDecision decision = decisions().get(i);
      Gate gate = decision.gate();
      int position = i + 1;
      Optional<LocalDate> planned = Optional.ofNullable(plannedGates().get(gate));
      checkArgument(
          decision.opportunity().equals(id()),
          "opportunity %s: decisions: decision %s is opportunity %s's (DOMAIN D3.2)",
          id(),
          i + 1,
          decision.opportunity());
      checkArgument(
          !passed.contains(gate),
          "opportunity %s: decisions: decision %s decides %s again, after its approval; a passed"
              + " gate is not decided again (DOMAIN D3.2)",
          id(),
          i + 1,
          gate);
      gate.previous()
          .ifPresent(
              previous ->
                  checkArgument(
                      passed.contains(previous),
                      "opportunity %s: decisions: decision %s decides %s before %s is approved;"
                          + " gates are passed in order (DOMAIN D3.2)",
                      id(),
                      position,
                      gate,
                      previous));
      checkArgument(
          decision.plannedOn().isEmpty() || planned.isPresent(),
          "opportunity %s: decisions: decision %s records %s as planned for %s, and plannedGates"
              + " has no plan for it (DOMAIN D3.2)",
          id(),
          i + 1,
          gate,
          decision.plannedOn().map(LocalDate::toString).orElse("no date"));
      if (decision.passes()) {
        checkArgument(
            decision.plannedOn().equals(planned),
            "opportunity %s: decisions: the approval of %s records %s as planned, and plannedGates"
                + " has %s; a passed gate is not planned again (DOMAIN D3.2)",
            id(),
            gate,
            decision.plannedOn().map(LocalDate::toString).orElse("no date"),
            planned.map(LocalDate::toString).orElse("no date"));
        passed.add(gate);
      }
    }
    for (Gate gate : estimates().keySet()) {
      checkArgument(
          gate != Gate.ATI,
          "opportunity %s: estimates hold one for ATI; an estimate supports ATB or ATC"
              + " (DOMAIN D3.2)",
          id());
    }
    checkArgument(
        !estimates().containsKey(Gate.ATC) || passed.contains(Gate.ATB),
        "opportunity %s: estimates hold one for ATC, though ATB is not passed; the refreshed"
            + " estimate comes after ATB (DOMAIN D3.2)",
        id());
    if (passed.contains(Gate.ATI)) {
      checkArgument(
          expectedSigning().isPresent(),
          "opportunity %s: expectedSigning is absent, though ATI is passed, which needs the"
              + " opportunity verified (DOMAIN D3.2)",
          id());
      checkArgument(
          deliveryParticipant().isPresent(),
          "opportunity %s: deliveryParticipant is absent, though ATI is passed, which needs"
              + " delivery's participation in the verification (DOMAIN D3.2)",
          id());
    }
    for (Gate gate : List.of(Gate.ATB, Gate.ATC)) {
      checkArgument(
          !passed.contains(gate)
              || Optional.ofNullable(estimates().get(gate))
                  .map(ProjectEstimate::isIntegrated)
                  .orElse(false),
          "opportunity %s: estimates hold no integrated estimate for %s, though %s is passed,"
              + " which needs one (DOMAIN D3.2)",
          id(),
          gate,
          gate);
    }
    for (Gate gate : passed) {
      advancedPhase(gate, SalesPhase.VERIFY)
          .ifPresent(
              to ->
                  checkArgument(
                      phase().compareTo(to) >= 0,
                      "opportunity %s: phaseHistory ends in %s, though %s is passed, which moves"
                          + " the opportunity on to %s (DOMAIN D3.2)",
                      id(),
                      phase(),
                      gate,
                      to));
    }
  }

  /**
   * The outcome: a won opportunity passed ATB and negotiates, a lost one lost to a recorded
   * competitor who got part of the award, an award split is in the opportunity's currency and names
   * recorded competitors; endedAt is present exactly once it has ended, and is then its latest
   * event (D3.5).
   */
  private void checkOutcome() {
    checkArgument(
        endedAt().isPresent() == isEnded(),
        "opportunity %s: endedAt is %s with status %s%s; it is present exactly once the"
            + " opportunity has ended (DOMAIN D3.5)",
        id(),
        endedAt().isPresent() ? "present" : "absent",
        status(),
        passed(Gate.ATC) ? " and ATC passed" : "");
    endedAt()
        .ifPresent(
            ended ->
                checkArgument(
                    ended.equals(lastEventAt()),
                    "opportunity %s: endedAt %s is not lastEventAt %s; an opportunity that has"
                        + " ended accepts no further event (DOMAIN D3.5)",
                    id(),
                    ended,
                    lastEventAt()));
    if (outcome().isEmpty()) {
      return;
    }
    OpportunityOutcome outcome = outcome().get();
    Instant lastPhase = phaseHistory().get(phaseHistory().size() - 1).enteredAt();
    checkArgument(
        !outcome.at().isBefore(lastPhase) && !outcome.at().isAfter(lastEventAt()),
        "opportunity %s: outcome is recorded at %s, not between the latest phase change %s and"
            + " lastEventAt %s: time only moves forward (DOMAIN D3.1)",
        id(),
        outcome.at(),
        lastPhase,
        lastEventAt());
    checkArgument(
        outcome instanceof OpportunityOutcome.Won || outcome.at().equals(lastEventAt()),
        "opportunity %s: outcome %s is recorded at %s, not at lastEventAt %s; an opportunity that"
            + " has ended accepts no further event (DOMAIN D3.5)",
        id(),
        outcome.status(),
        outcome.at(),
        lastEventAt());
    if (outcome instanceof OpportunityOutcome.Won won) {
      checkArgument(
          passed(Gate.ATB),
          "opportunity %s: outcome is WON, though ATB is not passed; we win by bidding"
              + " (DOMAIN D3.2)",
          id());
      checkArgument(
          phase() == SalesPhase.NEGOTIATE,
          "opportunity %s: phaseHistory ends in %s with the outcome WON; the award moves the"
              + " opportunity on to negotiate (DOMAIN D3.5)",
          id(),
          phase());
      won.split().ifPresent(split -> checkSplit(split, "we", split.ours()));
    } else if (outcome instanceof OpportunityOutcome.Lost lost) {
      checkArgument(
          competitors().contains(lost.winner()),
          "opportunity %s: outcome is LOST to %s, which is not among the competitors"
              + " (DOMAIN D3.5)",
          id(),
          lost.winner());
      lost.split()
          .ifPresent(
              split ->
                  checkSplit(
                      split,
                      "the winner " + lost.winner(),
                      Optional.ofNullable(split.competitors().get(lost.winner()))
                          .orElse(Money.zero(split.currency()))));
    }
  }

  /** Checks an award split of the outcome: the currency, the competitors, the winner's part. */
  private void checkSplit(AwardSplit split, String winner, Money won) {
    checkArgument(
        split.currency().equals(amount().getCurrencyUnit()),
        "opportunity %s: outcome has an award split in %s, and the opportunity is in %s"
            + " (DOMAIN D3.5)",
        id(),
        split.currency(),
        amount().getCurrencyUnit());
    for (CompetitorId competitor : split.competitors().keySet()) {
      checkArgument(
          competitors().contains(competitor),
          "opportunity %s: outcome has an award split naming %s, which is not among the"
              + " competitors (DOMAIN D3.5)",
          id(),
          competitor);
    }
    checkArgument(
        won.isPositive(),
        "opportunity %s: outcome has an award split in which %s got nothing (DOMAIN D3.5)",
        id(),
        winner);
  }

  /**
   * The version counts at least the events the state records: the opening, each phase and buying
   * stage entered, each decision, competitor, estimate and plan kept, the delivery participation,
   * triangle, hilltop mark, assessment and outcome, and a forecast or a grade other than the
   * opening's; at version 1 the opening is the latest event (D3.1).
   */
  private void checkVersion() {
    boolean forecast =
        !amount().equals(profile().amount())
            || !expectedSigning().equals(profile().expectedSigning())
            || !probability().equals(profile().probability());
    long events =
        1L
            + (phaseHistory().size() - 1)
            + (buyingStageHistory().size() - 1)
            + decisions().size()
            + competitors().size()
            + estimates().size()
            + plannedGates().size()
            + count(deliveryParticipant())
            + count(triangle())
            + count(trafficLight())
            + count(assessment())
            + count(outcome())
            + (forecast ? 1 : 0)
            + (customerGrade().equals(profile().customerGrade()) ? 0 : 1);
    checkArgument(
        version() >= events,
        "opportunity %s: version is %s, less than %s, the number of events its state records at"
            + " least: the opening, %s phase changes, %s buying-stage changes, %s decisions, %s"
            + " competitors, %s estimates, %s planned gates, and its other facts (DOMAIN D3.1)",
        id(),
        version(),
        events,
        phaseHistory().size() - 1,
        buyingStageHistory().size() - 1,
        decisions().size(),
        competitors().size(),
        estimates().size(),
        plannedGates().size());
    checkArgument(
        version() > 1 || lastEventAt().equals(openedAt()),
        "opportunity %s: lastEventAt %s is not openedAt %s, though at version 1 the opening is"
            + " its only event (DOMAIN D3.1)",
        id(),
        lastEventAt(),
        openedAt());
  }

  private static int count(Optional<?> fact) {
    return fact.isPresent() ? 1 : 0;
  }

  // ---------------------------------------------------------------- events

  private static Opportunity initial(OpportunityOpened opened) {
    OpportunityProfile profile = opened.profile();
    return restore()
        .id(opened.opportunity())
        .version(1)
        .profile(profile)
        .openedAt(opened.occurredAt())
        .amount(profile.amount())
        .expectedSigning(profile.expectedSigning())
        .probability(profile.probability())
        .customerGrade(profile.customerGrade())
        .lastEventAt(opened.occurredAt())
        .addPhaseHistory(new StageEntry<>(SalesPhase.VERIFY, opened.occurredAt()))
        .addBuyingStageHistory(new StageEntry<>(profile.buyingStage(), opened.occurredAt()))
        .build();
  }

  /**
   * Applies the events of one command to this state: the state they leave is built, and checked,
   * once — a decision and the phase change it causes, an award and the move on to negotiate, are
   * one step of the state.
   */
  private Opportunity apply(List<OpportunityEvent> events) {
    Restore next = restore().from(this);
    long version = version();
    boolean ended = endedAt().isPresent();
    for (OpportunityEvent event : events) {
      version++;
      next.version(version).lastEventAt(event.occurredAt());
      apply(next, event);
      if (!ended && ends(event)) {
        next.endedAt(event.occurredAt());
        ended = true;
      }
    }
    return next.build();
  }

  /** Records one event of a command of this state in the builder of the state it leaves. */
  private void apply(Restore next, OpportunityEvent event) {
    if (event instanceof OpportunityOpened) {
      throw new IllegalArgumentException("opportunity " + id() + " is already open");
    } else if (event instanceof ForecastRevised revised) {
      next.amount(revised.amount())
          .expectedSigning(revised.expectedSigning())
          .probability(revised.probability());
    } else if (event instanceof PhaseChanged changed) {
      next.addPhaseHistory(new StageEntry<>(changed.phase(), changed.occurredAt()));
    } else if (event instanceof BuyingStageChanged changed) {
      next.addBuyingStageHistory(new StageEntry<>(changed.stage(), changed.occurredAt()));
    } else if (event instanceof CustomerGradeRecorded recorded) {
      next.customerGrade(recorded.grade());
    } else if (event instanceof DeliveryParticipationRecorded recorded) {
      next.deliveryParticipant(recorded.deliveryPerson());
    } else if (event instanceof TriangleAssigned assigned) {
      next.triangle(assigned.triangle());
    } else if (event instanceof EstimateRecorded recorded) {
      next.estimates(replaced(estimates(), recorded.supports(), recorded.estimate()));
    } else if (event instanceof GatePlanned planned) {
      next.plannedGates(replaced(plannedGates(), planned.gate(), planned.plannedOn()));
    } else if (event instanceof GateDecided decided) {
      next.addDecision(decided.decision());
    } else if (event instanceof HilltopMarked marked) {
      next.trafficLight(marked.light());
    } else if (event instanceof TrafficLightChanged changed) {
      next.trafficLight(changed.light());
    } else if (event instanceof CompetitorAdded added) {
      next.addCompetitor(added.competitor());
    } else if (event instanceof OpportunityAssessed assessed) {
      next.assessment(assessed.assessment());
    } else if (event instanceof OpportunityWon won) {
      next.outcome(won.outcome());
    } else if (event instanceof OpportunityLost lost) {
      next.outcome(lost.outcome());
    } else if (event instanceof OpportunityAbandoned abandoned) {
      next.outcome(abandoned.outcome());
    } else if (event instanceof OpportunityCancelled cancelled) {
      next.outcome(cancelled.outcome());
    } else {
      throw new AssertionError("unknown opportunity event " + event);
    }
  }

  /**
   * Tells whether applying the event ends the opportunity (D3.5): a loss, an abandonment or a
   * cancellation, an award once ATC is approved, or ATC approved once the customer awarded it.
   */
  private boolean ends(OpportunityEvent event) {
    if (event instanceof OpportunityWon) {
      return passed(Gate.ATC);
    } else if (event instanceof GateDecided decided) {
      return decided.decision().gate() == Gate.ATC
          && decided.decision().passes()
          && status() == OpportunityStatus.WON;
    }
    return event instanceof OpportunityLost
        || event instanceof OpportunityAbandoned
        || event instanceof OpportunityCancelled;
  }

  /** Names the state in messages: its status and phase, e.g. {@code OPEN in BID}. */
  private String stateName() {
    return status().name() + " in " + phase();
  }

  private static <V> Map<Gate, V> replaced(Map<Gate, V> map, Gate gate, V value) {
    Map<Gate, V> copy = new EnumMap<>(Gate.class);
    copy.putAll(map);
    copy.put(gate, value);
    return copy;
  }

  private Transition<Opportunity, OpportunityEvent> next(OpportunityEvent event) {
    return Transition.of(apply(List.of(event)), event);
  }

  private Transition<Opportunity, OpportunityEvent> next(List<OpportunityEvent> events) {
    return Transition.of(apply(events), ImmutableList.copyOf(events));
  }

  /**
   * Checks the date of a fact a command records: not before the opportunity was opened, nor after
   * the command recording it, compared without a time zone ({@link BusinessDate}): time only moves
   * forward (D3.1).
   */
  private void dated(Guard guard, String fact, LocalDate on, Instant at) {
    guard
        .requireSince(RuleId.D3_1, fact, on, OPENED, openedAt())
        .requireHappened(RuleId.D3_1, fact, on, at);
  }

  /**
   * {@return the guard of a command that checks only that it is not dated before the latest event
   * (D3.1)}
   */
  @CanIgnoreReturnValue
  private Guard timeGuard(String command, Instant at) {
    return Guard.of("Opportunity " + id(), stateName(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D3_1,
            "time only moves forward: %s is before the opportunity's latest event at %s",
            at,
            lastEventAt());
  }

  /**
   * Returns the guard of a command: every command is refused when it is dated before the latest
   * event (D3.1), checked first, whatever the state; and once the opportunity has ended (D3.5).
   */
  @CanIgnoreReturnValue
  private Guard guard(String command, Instant at) {
    return timeGuard(command, at)
        .allow(
            !isEnded(),
            RuleId.D3_5,
            "the opportunity has ended (%s%s)",
            status(),
            status() == OpportunityStatus.WON ? ", ATC approved" : "");
  }
}
