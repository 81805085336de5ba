package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.BusinessDate;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;

/**
 * A customer, and where it stands in its grading (DOMAIN D6.2, D6.3, D6.7).
 *
 * <p>Its story: the customer is {@link #register registered} with its name and {@link Segment};
 * grading then walks the five {@link GradingStep steps} of D6.3 in order — {@link #analyseBasicData
 * analyse the basic data}, {@link #identifyValue identify the value}, {@link #grade grade it and
 * set the grade's policy}, {@link #decideServiceStrategy decide the key-account service strategy},
 * and {@link #monitor track and monitor}. A step is taken only once the step before it has been
 * taken; any step already reached may be taken again (new data, a new value assessment, a new
 * observation).
 *
 * <p>A grade carries its policy, which is reviewed every year (D6.2): a grading is due for review a
 * year after it took effect ({@link #isReviewDue}), and {@link #reviewGrade} records the review,
 * which may keep or change the grade, category and policy. Grading a graded customer again is a
 * review, not a second first grading. {@link GradeReviewReport} lists a portfolio's customers
 * overdue for review.
 *
 * <p>Grading reads the customer's value, current and long-term: having no business with a customer
 * is not the same as the customer having no value (D6.2), so no rule here looks at revenue.
 *
 * <p>Every command takes the instant it happens, which is never before the customer's {@link
 * #lastEventAt() last event}, returns the next state and its events, and never changes this one; a
 * refused command throws a {@link org.leadtocash.domain.common.DomainException} naming the rule.
 * The customer's name may be personal data (a household, D7.8) and never appears in {@link
 * #toString()}, nor in an exception's message. A host may store a customer's events, its state as a
 * snapshot, or both: {@link #replay(List)} rebuilds it from its events and {@link #replay(Customer,
 * List)} from a snapshot and the events after it, both as strictly as the commands.
 *
 * <p>A stored snapshot is input too, and is restored the way every aggregate restores one: the
 * state's style is {@link AggregateStyle}, so {@link #restore()} returns a public {@link Restore}
 * builder whose setters a host or a codec calls from any package, directly or by reflection; a
 * {@code @Value.Check} checks every invariant of the state — every fact the commands guarantee —
 * and refuses a broken snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the DOMAIN rule. The check runs on every state the commands produce as well, so it never refuses
 * a state they reach. The restored snapshot is continued with {@link #replay(Customer, List)
 * replay(snapshot, eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class Customer implements Aggregate<CustomerId, CustomerEvent> {

  /** How often a grade and its policy are reviewed: every year (D6.2). */
  public static final Period REVIEW_PERIOD = Period.ofYears(1);

  /**
   * How a customer is rebuilt from its stored events, as strictly as its commands (D6.2, D6.3,
   * D6.7).
   */
  private static final Replay<Customer, CustomerEvent> REPLAY =
      Replay.of(
          "Customer",
          RuleId.D6_3,
          CustomerRegistered.class,
          Customer::reregister,
          Customer::redo,
          Customer::stage);

  Customer() {}

  @Override
  public abstract CustomerId id();

  @Override
  public abstract long version();

  /** {@return the customer's name; personal data for a household, never printed; never null} */
  @Value.Redacted
  public abstract String name();

  /** {@return the customer's segment: size, type and profit contribution (D6.7); never null} */
  public abstract Segment segment();

  /** {@return when the customer was registered; never null} */
  public abstract Instant registeredAt();

  /** {@return when the latest event happened; no command is dated before it; never null} */
  public abstract Instant lastEventAt();

  /** {@return the latest analysis of the basic data, once analysed (D6.3); never null} */
  public abstract Optional<BasicDataAnalysis> basicData();

  /** {@return the latest value assessment, once the value is identified (D6.3); never null} */
  public abstract Optional<ValueAssessment> value();

  /**
   * {@return every grading, the first one and then one per review, oldest first (D6.2); never null}
   */
  public abstract List<Grading> gradings();

  /** {@return the latest key-account service strategy, once decided (D6.3); never null} */
  public abstract Optional<ServiceStrategy> serviceStrategy();

  /** {@return the monitoring observations, oldest first (D6.3); never null} */
  public abstract List<MonitoringRecord> monitoring();

  // ---------------------------------------------------------------- questions

  /** {@return the current grading: the latest of {@link #gradings()}, if graded; never null} */
  public Optional<Grading> grading() {
    return gradings().isEmpty()
        ? Optional.empty()
        : Optional.of(gradings().get(gradings().size() - 1));
  }

  /**
   * Issues the evidence of this customer's current grade, for another aggregate that weighs it
   * (D6.2): an opportunity for the authority of its gate decisions (D3.2), a relationship plan for
   * the staffing of the customer (D10.1). Only a customer issues a {@link GradeAttestation}; it
   * exists exactly when the customer is graded, and carries the customer's id and version now, the
   * current grade, the date its grading applies from, and the instant of the latest event.
   *
   * @return the attestation of the current grade, or empty while the customer is not graded; never
   *     null
   */
  public Optional<GradeAttestation> gradeAttestation() {
    return grading().map(current -> GradeAttestation.issue(this, current));
  }

  /** {@return the current grade, if graded (D6.2); never null} */
  public Optional<CustomerGrade> grade() {
    return grading().map(Grading::grade);
  }

  /** {@return the current category, if graded (D6.2); never null} */
  public Optional<CustomerCategory> category() {
    return grading().map(Grading::category);
  }

  /** {@return the current grade's policy, if graded (D6.2); never null} */
  public Optional<GradePolicy> policy() {
    return grading().map(Grading::policy);
  }

  /**
   * Returns the grading steps taken at least once, an immutable set in step order; always a prefix
   * of the steps' order (D6.3).
   *
   * @return the steps taken, never null
   */
  public Set<GradingStep> completedSteps() {
    Set<GradingStep> steps = EnumSet.noneOf(GradingStep.class);
    basicData().ifPresent(b -> steps.add(GradingStep.ANALYSE_BASIC_DATA));
    value().ifPresent(v -> steps.add(GradingStep.IDENTIFY_VALUE));
    grading().ifPresent(g -> steps.add(GradingStep.GRADE_AND_SET_POLICY));
    serviceStrategy().ifPresent(s -> steps.add(GradingStep.DECIDE_SERVICE_STRATEGY));
    if (!monitoring().isEmpty()) {
      steps.add(GradingStep.TRACK_AND_MONITOR);
    }
    return Sets.immutableEnumSet(steps);
  }

  /**
   * Returns the first grading step not yet taken (D6.3); empty once every step has been taken, when
   * tracking and monitoring simply continue.
   *
   * @return the next step, never null
   */
  public Optional<GradingStep> nextStep() {
    Set<GradingStep> done = completedSteps();
    for (GradingStep step : GradingStep.values()) {
      if (!done.contains(step)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the date the current grading is due for review, a year after it took effect (D6.2).
   *
   * @return the due date, or empty if the customer is not graded; never null
   */
  public Optional<LocalDate> reviewDueOn() {
    return grading().map(Grading::reviewDueOn);
  }

  /**
   * Returns where the customer's yearly review stands on a date (D6.2).
   *
   * @param asOf the business date; not null
   * @return {@link ReviewStatus#NOT_GRADED}, {@link ReviewStatus#UP_TO_DATE} before the due date,
   *     {@link ReviewStatus#OVERDUE} on or after it; never null
   */
  public ReviewStatus reviewStatus(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return reviewDueOn()
        .map(due -> asOf.isBefore(due) ? ReviewStatus.UP_TO_DATE : ReviewStatus.OVERDUE)
        .orElse(ReviewStatus.NOT_GRADED);
  }

  /**
   * Returns whether the customer's grade and policy are due for their yearly review on a date: a
   * year or more has passed since the current grading took effect (D6.2). A customer not yet graded
   * is not due for review; it is due for grading ({@link #nextStep()}).
   *
   * @param asOf the business date; not null
   * @return whether the review is due
   */
  public boolean isReviewDue(LocalDate asOf) {
    return reviewStatus(asOf) == ReviewStatus.OVERDUE;
  }

  /**
   * Returns a one-line summary that prints well: id, segment, grading and next review, or the next
   * grading step. The name is left out (D7.8).
   *
   * @return e.g. {@code CU-1 (large enterprise or institution, technically complex, profit
   *     contribution CNY 3,000,000.00): grade S (strategic) from 2026-01-05, review due
   *     2027-01-05}; never null
   */
  public String summary() {
    return id()
        + " ("
        + segment()
        + "): "
        + grading()
            .map(g -> g + ", review due " + g.reviewDueOn())
            .orElseGet(
                () ->
                    "not graded, next step: "
                        + nextStep().map(GradingStep::label).orElse("grade and set policy"));
  }

  // ---------------------------------------------------------------- commands

  /**
   * Registers a customer with its name and segment (D6.7).
   *
   * @param id the customer's id; not null
   * @param name its name; not null, not blank
   * @param segment its segment; not null
   * @param at when; not null
   * @return the new customer, not yet graded, with its {@link CustomerRegistered} event
   * @throws IllegalArgumentException if the name is blank
   */
  public static Transition<Customer, CustomerEvent> register(
      CustomerId id, String name, Segment segment, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(at, "at");
    checkArgument(!name.isBlank(), "a customer has a name");
    CustomerRegistered registered = new CustomerRegistered(id, 1, name, segment, at);
    return Transition.of(initial(registered), registered);
  }

  /**
   * Grading step 1: records the analysis of the customer's basic data (D6.3). Always allowed; a new
   * analysis replaces the old one.
   *
   * @param analysis the analysis; not null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the customer with its basic data analysed
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D6.3)
   */
  public Transition<Customer, CustomerEvent> analyseBasicData(
      BasicDataAnalysis analysis, Instant at) {
    Objects.requireNonNull(analysis, "analysis");
    guard("analyseBasicData", at);
    return next(new BasicDataAnalysed(id(), version() + 1, analysis, at));
  }

  /**
   * Grading step 2: records the customer's identified value, current and long-term (D6.3). A new
   * assessment replaces the old one.
   *
   * @param assessment the value assessment; not null; its curve, if any, is this customer's
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the customer with its value identified
   * @throws IllegalArgumentException if the assessment's curve is another customer's
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the basic data has not been
   *     analysed (D6.3)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D6.3)
   */
  public Transition<Customer, CustomerEvent> identifyValue(ValueAssessment assessment, Instant at) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(at, "at");
    guard("identifyValue", at);
    assessment
        .curve()
        .ifPresent(
            c ->
                checkArgument(
                    c.customer().equals(id()),
                    "the value-return curve is %s's, not %s's",
                    c.customer(),
                    id()));
    stepAfter(GradingStep.IDENTIFY_VALUE, "identifyValue", at);
    return next(new ValueIdentified(id(), version() + 1, assessment, at));
  }

  /**
   * Grading step 3: grades the customer and sets the grade's policy (D6.2, D6.3). A customer is
   * graded once; later gradings are {@link #reviewGrade reviews}.
   *
   * @param grade the grade; not null
   * @param category the category; not null
   * @param policy the grade's technical, commercial and contact policy; not null
   * @param effectiveOn the date from which the grading applies; not null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the graded customer, due for review a year after {@code effectiveOn}
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the value has not been
   *     identified (D6.3), or the customer is already graded (D6.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or {@code effectiveOn} is before the registration or after {@code at}, compared
   *     without a time zone as {@link BusinessDate} does — checked before the state: a grading is
   *     recorded once it applies (D6.3)
   */
  public Transition<Customer, CustomerEvent> grade(
      CustomerGrade grade,
      CustomerCategory category,
      GradePolicy policy,
      LocalDate effectiveOn,
      Instant at) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    Guard guard = guard("grade", at);
    checkSinceRegistration(guard, "the grading applies from", effectiveOn);
    checkHappened(guard, "the grading applies from", effectiveOn, at);
    Grading grading = new Grading(grade, category, policy, effectiveOn);
    stepAfter(GradingStep.GRADE_AND_SET_POLICY, "grade", at)
        .allow(
            grading().isEmpty(),
            RuleId.D6_2,
            "the customer is already graded (%s); grading it again is its review",
            grading().map(Grading::toString).orElse(""));
    return next(new CustomerGraded(id(), version() + 1, grading, at));
  }

  /**
   * Grading step 4: decides the key-account service strategy (D6.3). A new strategy replaces the
   * old one.
   *
   * @param strategy the strategy; not null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the customer with its service strategy
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the customer is not graded
   *     (D6.3)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D6.3)
   */
  public Transition<Customer, CustomerEvent> decideServiceStrategy(
      ServiceStrategy strategy, Instant at) {
    Objects.requireNonNull(strategy, "strategy");
    stepAfter(GradingStep.DECIDE_SERVICE_STRATEGY, "decideServiceStrategy", at);
    return next(new ServiceStrategyDecided(id(), version() + 1, strategy, at));
  }

  /**
   * Grading step 5: records an observation of tracking and monitoring (D6.3).
   *
   * @param focus what was watched; not null
   * @param observation what was seen; not null, not blank
   * @param observedOn the business date of the observation; not null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the customer with the observation added
   * @throws IllegalArgumentException if the observation is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException if no service strategy has been
   *     decided (D6.3)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or {@code observedOn} is before the registration or after {@code at}, compared
   *     without a time zone as {@link BusinessDate} does — checked before the state (D6.3)
   */
  public Transition<Customer, CustomerEvent> monitor(
      MonitoringFocus focus, String observation, LocalDate observedOn, Instant at) {
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(observedOn, "observedOn");
    guard("monitor", at);
    MonitoringRecord record = new MonitoringRecord(focus, observation, observedOn);
    Guard guard = guard("monitor", at);
    checkSinceRegistration(guard, "the observation is made on", observedOn);
    checkHappened(guard, "the observation is made on", observedOn, at);
    stepAfter(GradingStep.TRACK_AND_MONITOR, "monitor", at);
    return next(new CustomerMonitored(id(), version() + 1, record, at));
  }

  /**
   * Reviews the customer's grade and policy, as D6.2 requires every year; the review may keep or
   * change the grade, the category and the policy, and the next review is due a year after {@code
   * reviewedOn}. A review before the due date is allowed: grading again within the year is a review
   * too.
   *
   * @param grade the grade after the review; not null
   * @param category the category after the review; not null
   * @param policy the policy after the review; not null
   * @param reviewedOn the date of the review, from which the reviewed grading applies; not null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the reviewed customer
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the customer is not graded
   *     (D6.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code reviewedOn} is not after
   *     the current grading's date (D6.2)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event, or {@code reviewedOn} is before the registration or after {@code at}, compared
   *     without a time zone as {@link BusinessDate} does — checked before the state: a review is
   *     recorded once held (D6.3)
   */
  public Transition<Customer, CustomerEvent> reviewGrade(
      CustomerGrade grade,
      CustomerCategory category,
      GradePolicy policy,
      LocalDate reviewedOn,
      Instant at) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reviewedOn, "reviewedOn");
    guard("reviewGrade", at);
    Grading reviewed = new Grading(grade, category, policy, reviewedOn);
    Guard guard = guard("reviewGrade", at);
    checkSinceRegistration(guard, "the review is held on", reviewedOn);
    checkHappened(guard, "the review is held on", reviewedOn, at);
    guard.allow(grading().isPresent(), RuleId.D6_2, "a customer is graded before it is reviewed");
    LocalDate current = grading().orElseThrow().effectiveOn();
    guard.require(
        reviewedOn.isAfter(current),
        RuleId.D6_2,
        "a review is dated after the grading it reviews (%s), not %s",
        current,
        reviewedOn);
    return next(new GradeReviewed(id(), version() + 1, reviewed, at));
  }

  /**
   * Moves the customer to another segment, or updates its profit contribution (D6.7).
   *
   * @param segment the new segment; not null
   * @param at when; not null, not before the {@link #lastEventAt() last event}
   * @return the customer in its new segment
   * @throws org.leadtocash.domain.common.RuleViolationException if the customer is already in that
   *     segment (D6.7)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code at} is before the last
   *     event (D6.3)
   */
  public Transition<Customer, CustomerEvent> changeSegment(Segment segment, Instant at) {
    Objects.requireNonNull(segment, "segment");
    guard("changeSegment", at)
        .require(
            !segment.equals(segment()),
            RuleId.D6_7,
            "the customer is already in segment %s",
            segment);
    return next(new SegmentChanged(id(), version() + 1, segment, at));
  }

  /**
   * Rebuilds a customer from its events, oldest first, as strictly as the commands: each event's
   * command is sent again to the customer replayed so far and must produce exactly that event, so a
   * stored history can only reach a state the commands can reach (DOMAIN D6.2, D6.3, D6.7). The
   * stored grading, with its policy, is the one replayed; every rule of the customer is checked.
   *
   * @param history the customer's events, starting with its {@link CustomerRegistered}; not null,
   *     not empty
   * @return the customer, equal to the state the commands produced; never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the history does not start
   *     with the registration, holds another customer's event, skips, repeats or reorders a
   *     version, goes back in time (D6.3), or holds an event the customer does not accept — a
   *     grading step before the one it follows (D6.3), a second first grading or a review before a
   *     grading (D6.2), a move to the segment it is in (D6.7) — or one its command does not produce
   *     (a forged or tampered event)
   */
  public static Customer replay(List<? extends CustomerEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds a customer from a snapshot of its state and the events stored after it, checked as
   * {@link #replay(List)} checks a whole history (DOMAIN D6.2, D6.3, D6.7).
   *
   * @param snapshot the customer as it was at some version; not null
   * @param eventsAfter the customer's events after the snapshot, oldest first, starting at the
   *     snapshot's version plus one; not null, may be empty
   * @return the customer, equal to the one its whole history replays to; never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException if an event is another
   *     customer's, does not continue the snapshot's version, goes back in time (D6.3), or is not
   *     accepted by the customer it reaches (D6.2, D6.3, D6.7) or not produced by its command
   */
  public static Customer replay(Customer snapshot, List<? extends CustomerEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Registers a customer again from its {@link CustomerRegistered}, which replay has checked. */
  private static Transition<Customer, CustomerEvent> reregister(CustomerEvent event) {
    CustomerRegistered registered = (CustomerRegistered) event;
    return register(
        registered.customer(), registered.name(), registered.segment(), registered.occurredAt());
  }

  /** Sends a customer the command an event records again, with the event's data. */
  private static Transition<Customer, CustomerEvent> redo(Customer customer, CustomerEvent event) {
    if (event instanceof BasicDataAnalysed analysed) {
      return customer.analyseBasicData(analysed.analysis(), analysed.occurredAt());
    } else if (event instanceof ValueIdentified identified) {
      return customer.identifyValue(identified.assessment(), identified.occurredAt());
    } else if (event instanceof CustomerGraded graded) {
      Grading g = graded.grading();
      return customer.grade(
          g.grade(), g.category(), g.policy(), g.effectiveOn(), graded.occurredAt());
    } else if (event instanceof ServiceStrategyDecided decided) {
      return customer.decideServiceStrategy(decided.strategy(), decided.occurredAt());
    } else if (event instanceof CustomerMonitored monitored) {
      MonitoringRecord r = monitored.record();
      return customer.monitor(r.focus(), r.observation(), r.observedOn(), monitored.occurredAt());
    } else if (event instanceof GradeReviewed reviewed) {
      Grading g = reviewed.grading();
      return customer.reviewGrade(
          g.grade(), g.category(), g.policy(), g.effectiveOn(), reviewed.occurredAt());
    } else if (event instanceof SegmentChanged changed) {
      return customer.changeSegment(changed.segment(), changed.occurredAt());
    }
    throw new IllegalArgumentException(
        "customer "
            + customer.id()
            + " is registered only once, not again by "
            + event.type().name());
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores a customer from the attributes of a stored snapshot: for a host
   * or a codec that stored a customer's state (say, as JSON in a database) and reads it back.
   * Normally a customer comes from its commands, or from {@link #replay(List)}; a restored snapshot
   * is continued with {@link #replay(Customer, List) replay(snapshot, eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of a customer's state — what its commands guarantee — and throws an
   * {@link IllegalArgumentException} naming the attribute and the DOMAIN rule a tampered or broken
   * snapshot breaks (see {@link Restore}). The name is personal data for a household (D7.8) and
   * never appears in the message.
   *
   * <pre>{@code
   * Customer snapshot = Customer.restore().from(stored).build();     // or attribute by attribute
   * Customer customer = Customer.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link Customer} from the attributes of a stored snapshot (see {@link #restore()}).
   * Every attribute is set through its public setter; id, version, name, segment, registeredAt and
   * lastEventAt are required, the grading steps' facts default to empty.
   *
   * <p>{@link #build()} checks every invariant of the state: the customer is registered with a name
   * (D6.7); the grading steps taken are a prefix of their order — the value is identified only once
   * the basic data is analysed, graded only once the value is identified, a service strategy
   * decided only once graded, monitored only once a strategy is decided — the value-return curve of
   * the assessment is this customer's, the version counts at least the events the steps record, and
   * time never goes back: lastEventAt is not before registeredAt, and at version 1 the registration
   * is the latest event, and no grading applies, nor observation is made, before registeredAt or
   * after lastEventAt, compared without a time zone ({@link BusinessDate}) (D6.3); each review's
   * grading applies from a date after the grading it reviews (D6.2). It throws an {@link
   * IllegalArgumentException} naming the attribute and the rule of the first broken one.
   */
  public static final class Restore extends ImmutableCustomer.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule. What a part checks itself
   * (a {@link Segment}, a {@link GradePolicy}, a {@link MonitoringRecord}'s observation) is not
   * repeated; the name is never printed (D7.8).
   */
  @Value.Check
  void check() {
    checkArgument(
        !name().isBlank(), "customer %s: name is blank; a customer has a name (DOMAIN D6.7)", id());
    checkArgument(
        !lastEventAt().isBefore(registeredAt()),
        "customer %s: lastEventAt %s is before registeredAt %s: a customer's history runs forward"
            + " (DOMAIN D6.3)",
        id(),
        lastEventAt(),
        registeredAt());
    checkSteps();
    checkDates();
    checkGradings();
    checkVersion();
  }

  /**
   * The grading steps taken are a prefix of their order, and the value is this customer's (D6.3).
   */
  private void checkSteps() {
    checkStep("value", value().isPresent(), "basicData", basicData().isPresent());
    checkStep("gradings", !gradings().isEmpty(), "value", value().isPresent());
    checkStep("serviceStrategy", serviceStrategy().isPresent(), "gradings", !gradings().isEmpty());
    checkStep(
        "monitoring", !monitoring().isEmpty(), "serviceStrategy", serviceStrategy().isPresent());
    value()
        .flatMap(ValueAssessment::curve)
        .ifPresent(
            curve ->
                checkArgument(
                    curve.customer().equals(id()),
                    "customer %s: value rests on the value-return curve of customer %s, not on its"
                        + " own (DOMAIN D6.3)",
                    id(),
                    curve.customer()));
  }

  /** Checks that a grading step's fact is present only once the step before it is taken (D6.3). */
  private void checkStep(String attribute, boolean taken, String before, boolean beforeTaken) {
    checkArgument(
        !taken || beforeTaken,
        "customer %s: %s is present without %s; the grading steps are taken in order (DOMAIN"
            + " D6.3)",
        id(),
        attribute,
        before);
  }

  /**
   * No grading applies, nor observation is made, before the registration or after the latest event,
   * compared without a time zone ({@link BusinessDate}): the customer's history runs forward
   * (D6.3).
   */
  private void checkDates() {
    for (int i = 0; i < gradings().size(); i++) {
      checkDate("gradings: grading " + (i + 1) + " applies from", gradings().get(i).effectiveOn());
    }
    for (int i = 0; i < monitoring().size(); i++) {
      checkDate(
          "monitoring: observation " + (i + 1) + " is made on", monitoring().get(i).observedOn());
    }
  }

  private void checkDate(String fact, LocalDate on) {
    checkArgument(
        !BusinessDate.isBefore(on, registeredAt()) && !BusinessDate.isAfter(on, lastEventAt()),
        "customer %s: %s %s, not between registeredAt %s and lastEventAt %s: a customer's history"
            + " runs forward (DOMAIN D6.3)",
        id(),
        fact,
        on,
        registeredAt(),
        lastEventAt());
  }

  /** Each review applies from a date after the grading it reviews (D6.2). */
  private void checkGradings() {
    for (int i = 1; i < gradings().size(); i++) {
      LocalDate reviewed = gradings().get(i - 1).effectiveOn();
      LocalDate review = gradings().get(i).effectiveOn();
      checkArgument(
          review.isAfter(reviewed),
          "customer %s: gradings: review %s applies from %s, not after %s, the date of the grading"
              + " it reviews (DOMAIN D6.2)",
          id(),
          i,
          review,
          reviewed);
    }
  }

  /**
   * The version counts at least the events the state records: the registration, an analysis of the
   * basic data, a value assessment, each grading and review, a service strategy and each monitoring
   * record; at version 1 the registration is the latest event (D6.3).
   */
  private void checkVersion() {
    int analysed = basicData().isPresent() ? 1 : 0;
    int valued = value().isPresent() ? 1 : 0;
    int decided = serviceStrategy().isPresent() ? 1 : 0;
    long events = 1L + analysed + valued + gradings().size() + decided + monitoring().size();
    checkArgument(
        version() >= events,
        "customer %s: version is %s, fewer than the %s events its state records: the registration,"
            + " %s analysis, %s value assessment, %s gradings, %s service strategy and %s"
            + " monitoring records (DOMAIN D6.3)",
        id(),
        version(),
        events,
        analysed,
        valued,
        gradings().size(),
        decided,
        monitoring().size());
    checkArgument(
        version() > 1 || lastEventAt().equals(registeredAt()),
        "customer %s: lastEventAt %s is not registeredAt %s, though at version 1 the registration"
            + " is its only event (DOMAIN D6.3)",
        id(),
        lastEventAt(),
        registeredAt());
  }

  // ---------------------------------------------------------------- events

  private static Customer initial(CustomerRegistered registered) {
    return restore()
        .id(registered.customer())
        .version(1)
        .name(registered.name())
        .segment(registered.segment())
        .registeredAt(registered.occurredAt())
        .lastEventAt(registered.occurredAt())
        .build();
  }

  private Customer apply(CustomerEvent event) {
    Restore next = restore().from(this).version(version() + 1).lastEventAt(event.occurredAt());
    if (event instanceof CustomerRegistered) {
      throw new IllegalArgumentException("customer " + id() + " is already registered");
    } else if (event instanceof BasicDataAnalysed analysed) {
      next.basicData(analysed.analysis());
    } else if (event instanceof ValueIdentified identified) {
      next.value(identified.assessment());
    } else if (event instanceof CustomerGraded graded) {
      next.addGrading(graded.grading());
    } else if (event instanceof ServiceStrategyDecided decided) {
      next.serviceStrategy(decided.strategy());
    } else if (event instanceof CustomerMonitored monitored) {
      next.addMonitoring(monitored.record());
    } else if (event instanceof GradeReviewed reviewed) {
      next.addGrading(reviewed.grading());
    } else if (event instanceof SegmentChanged changed) {
      next.segment(changed.segment());
    } else {
      throw new AssertionError("unknown customer event " + event);
    }
    return next.build();
  }

  private Transition<Customer, CustomerEvent> next(CustomerEvent event) {
    return Transition.of(apply(event), event);
  }

  /** Allows a grading step only once the step before it has been taken (D6.3). */
  @CanIgnoreReturnValue
  private Guard stepAfter(GradingStep step, String command, Instant at) {
    Guard guard = guard(command, at);
    step.previous()
        .ifPresent(
            before ->
                guard.allow(
                    completedSteps().contains(before),
                    RuleId.D6_3,
                    "'%s' comes after '%s', which has not been done",
                    step.label(),
                    before.label()));
    return guard;
  }

  /**
   * Checks that a business date is not before the customer's registration, compared without a time
   * zone ({@link BusinessDate}): the customer's history runs forward (D6.3).
   *
   * @param fact what happened on the date, for the message
   * @param on the business date
   */
  private void checkSinceRegistration(Guard guard, String fact, LocalDate on) {
    guard.requireSince(RuleId.D6_3, fact, on, "the customer was registered", registeredAt());
  }

  /**
   * Checks that the date of a fact a command records is not after the instant it is recorded at,
   * compared without a time zone ({@link BusinessDate}): a fact is recorded once it has happened
   * (D6.3).
   *
   * @param fact what happened on the date, for the message
   * @param on the business date
   * @param at when the command is recorded
   */
  private static void checkHappened(Guard guard, String fact, LocalDate on, Instant at) {
    guard.requireHappened(RuleId.D6_3, fact, on, at);
  }

  /**
   * {@return the guard of a command, which refuses a command dated before the customer's last event
   * (D6.3: the customer's history runs forward)}
   */
  @CanIgnoreReturnValue
  private Guard guard(String command, Instant at) {
    Objects.requireNonNull(at, "at");
    return Guard.of("Customer " + id(), stage(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D6_3,
            "a customer's history runs forward: %s is before its last event at %s",
            at,
            lastEventAt());
  }

  /** {@return the last grading step taken, or {@code REGISTERED}: the state named in refusals} */
  private String stage() {
    Set<GradingStep> done = completedSteps();
    GradingStep last = null;
    for (GradingStep step : GradingStep.values()) {
      if (done.contains(step)) {
        last = step;
      }
    }
    return last == null
        ? "REGISTERED"
        : last.name() + grade().map(g -> ", grade " + g.name()).orElse("");
  }
}
