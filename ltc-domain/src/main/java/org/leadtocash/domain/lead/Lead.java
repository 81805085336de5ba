package org.leadtocash.domain.lead;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.AggregateStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Guard;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Replay;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.opportunity.OpportunityProfile;

/**
 * A lead: a customer's potential intention to buy a specific product or service, which may become
 * an opportunity (DOMAIN D2).
 *
 * <p>Its story: the creator {@link #create creates} it from what they gathered and {@link #submit
 * submits} its profile to a lead manager (collect and generate); the lead manager {@link #validate
 * validates} it with the KCP of Q1–Q3 (validate and distribute); the weekly lead review then {@link
 * #close closes}, {@link #suspend suspends}, {@link #nurture nurtures} or {@link #convert converts}
 * it; a nurturing owner walks the {@link #recordNurturingStep nurturing path} in order (track and
 * nurture); conversion needs a clear budget and a passed KCP, and creates the opportunity. A
 * converted or closed lead accepts no further command (D2.7).
 *
 * <p>Every command returns the next state and its events, and never changes this one; a refused
 * command throws a {@link org.leadtocash.domain.common.DomainException} naming the rule. A host may
 * store a lead's events, its state as a snapshot, or both: {@link #replay(List)} rebuilds it from
 * its events and {@link #replay(Lead, List)} from a snapshot and the events after it, both as
 * strictly as the commands.
 *
 * <p>A stored snapshot is input too, and is restored the way every aggregate restores one: the
 * state's style is {@link AggregateStyle}, so {@link #restore()} returns a public {@link Restore}
 * builder whose setters a host or a codec calls from any package, directly or by reflection; a
 * {@code @Value.Check} checks every invariant of the state — every fact the commands guarantee —
 * and refuses a broken snapshot with an {@link IllegalArgumentException} naming the attribute and
 * the DOMAIN rule. The check runs on every state the commands produce as well, so it never refuses
 * a state they reach. The restored snapshot is continued with {@link #replay(Lead, List)
 * replay(snapshot, eventsAfter)}.
 */
@Value.Immutable
@AggregateStyle
public abstract class Lead implements Aggregate<LeadId, LeadEvent> {

  /** How a lead is rebuilt from its stored events, as strictly as its commands (D2.4–D2.7). */
  private static final Replay<Lead, LeadEvent> REPLAY =
      Replay.of(
          "Lead",
          RuleId.D2_4,
          LeadCreated.class,
          Lead::recreate,
          Lead::redo,
          lead -> lead.status().name());

  Lead() {}

  @Override
  public abstract LeadId id();

  @Override
  public abstract long version();

  /** {@return the profile: customer, title, need, source; the budget is {@link #budget()}} */
  public abstract LeadProfile profile();

  /** {@return who created the lead (D2.4); never null} */
  public abstract EmployeeId creator();

  /** {@return when the lead was created; never null} */
  public abstract Instant createdAt();

  /** {@return where the lead is in its lifecycle; never null} */
  public abstract LeadStatus status();

  /** {@return the lead manager it was submitted to, once submitted (D2.4); never null} */
  public abstract Optional<EmployeeId> leadManager();

  /** {@return the customer's budget, if the customer has one (D2.3); never null} */
  public abstract Optional<Money> budget();

  /** {@return the latest validation report, once validated (D2.5); never null} */
  public abstract Optional<ValidationReport> validation();

  /** {@return the nurturing owner, once the review chose to nurture (D2.4); never null} */
  public abstract Optional<EmployeeId> nurturingOwner();

  /** {@return the nurturing steps recorded so far, oldest first (D2.6); never null} */
  public abstract List<NurturingRecord> nurturingHistory();

  /** {@return why the lead was last suspended or closed, if it was; never null} */
  public abstract Optional<String> statusReason();

  /** {@return the opportunity the lead became, once converted (D2.7); never null} */
  public abstract Optional<OpportunityId> opportunity();

  /**
   * {@return when the latest event happened; a command dated before it is refused, as time only
   * moves forward inside a lead (D2.4)}
   */
  public abstract Instant lastEventAt();

  /**
   * {@return {@link LeadMaturity#MATURE} if the customer has a budget, else {@code EARLY} (D2.3)}
   */
  public LeadMaturity maturity() {
    return budget().isPresent() ? LeadMaturity.MATURE : LeadMaturity.EARLY;
  }

  /** {@return the priority set by the validation KCP, once validated (D2.5); never null} */
  public Optional<LeadPriority> priority() {
    return validation().map(ValidationReport::priority);
  }

  /** {@return the sub-process the lead is in, or empty once final (D2.4); never null} */
  public Optional<LeadSubProcess> subProcess() {
    return status().subProcess();
  }

  /**
   * Returns who owns the lead in its current sub-process: the creator, the lead manager or the
   * nurturing owner (D2.4); empty once final.
   *
   * @return the responsible person, never null
   */
  public Optional<EmployeeId> responsible() {
    return subProcess()
        .flatMap(
            p -> {
              switch (p.owner()) {
                case CREATOR:
                  return Optional.of(creator());
                case LEAD_MANAGER:
                  return leadManager();
                case NURTURING_OWNER:
                  return nurturingOwner();
              }
              throw new AssertionError(p);
            });
  }

  /**
   * Returns the nurturing step to record next, while nurturing and until the lead is handed over
   * (D2.6).
   *
   * @return the next step, or empty if the lead is not nurtured or the path is complete
   */
  public Optional<NurturingStep> nextNurturingStep() {
    if (status() != LeadStatus.NURTURING) {
      return Optional.empty();
    }
    return nurturingHistory().isEmpty()
        ? Optional.of(NurturingStep.first())
        : nurturingHistory().get(nurturingHistory().size() - 1).nextStep();
  }

  /** {@return whether the nurturing path has reached its last step, the hand-over (D2.6)} */
  public boolean isHandedOver() {
    return !nurturingHistory().isEmpty()
        && nurturingHistory().get(nurturingHistory().size() - 1).step() == NurturingStep.HAND_OVER;
  }

  /**
   * Returns the outcome the weekly review is advised to choose, by the default policy.
   *
   * @return the recommendation, or empty if the lead is not validated or is final
   */
  public Optional<ReviewOutcome> recommendation() {
    return recommendation(LeadReviewPolicy.standard());
  }

  /**
   * Returns the outcome the weekly review is advised to choose (D2.5).
   *
   * @param policy the host's review policy; not null
   * @return the recommendation, or empty if the lead is not validated or is final
   */
  public Optional<ReviewOutcome> recommendation(LeadReviewPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return status().isFinal()
        ? Optional.empty()
        : validation().map(report -> policy.recommend(report, budget()));
  }

  // ---------------------------------------------------------------- commands

  /**
   * Creates a lead: its creator gathered information and records the initial profile (collect and
   * generate, D2.4).
   *
   * @param id the new lead's id; not null
   * @param profile the initial profile; not null
   * @param creator who creates it; not null
   * @param at when; not null
   * @return the new lead in status {@link LeadStatus#CREATED}, with its {@link LeadCreated} event
   */
  public static Transition<Lead, LeadEvent> create(
      LeadId id, LeadProfile profile, EmployeeId creator, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    LeadCreated created = new LeadCreated(id, 1, profile, creator, at);
    return Transition.of(initial(created), created);
  }

  /**
   * Submits the lead's profile to a lead manager, who validates, classifies and prioritises it
   * (D2.4).
   *
   * @param leadManager the lead manager; not null
   * @param at when; not null
   * @return the lead in status {@link LeadStatus#SUBMITTED}
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the lead is not just created
   *     (D2.4), or is converted or closed (D2.7)
   */
  public Transition<Lead, LeadEvent> submit(EmployeeId leadManager, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(leadManager, "leadManager");
    guard("submit", at)
        .allow(
            status() == LeadStatus.CREATED,
            RuleId.D2_4,
            "only a newly created lead is submitted to a lead manager");
    return next(new LeadSubmitted(id(), version() + 1, leadManager, at));
  }

  /**
   * Records the customer's investment budget for the need; the lead becomes mature (D2.3). A new
   * budget replaces the old one.
   *
   * @param budget the budget; not null, positive
   * @param at when; not null
   * @return the lead with the budget
   * @throws IllegalArgumentException if the budget is not positive
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the lead is converted or
   *     closed (D2.7)
   */
  public Transition<Lead, LeadEvent> recordBudget(Money budget, Instant at) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(at, "at");
    guard("recordBudget", at);
    checkArgument(budget.isPositive(), "a budget is a positive amount, not %s", budget);
    return next(new BudgetRecorded(id(), version() + 1, budget, at));
  }

  /**
   * Records the validation KCP's report, evaluated by {@link LeadValidation}; the lead awaits the
   * weekly review (D2.5). A lead being nurtured may be validated again: it stays in nurturing while
   * the KCP passes, and otherwise returns to {@link LeadStatus#VALIDATED} (owner and nurturing
   * history kept) for the review to decide again.
   *
   * @param report the KCP's report; not null
   * @param by the lead manager; not null
   * @param at when; not null
   * @return the validated lead
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the lead is not submitted,
   *     validated or nurturing (D2.4), or is final (D2.7)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code by} is not the lead's
   *     lead manager (D2.4), or a criterion is unanswered (D2.5)
   */
  public Transition<Lead, LeadEvent> validate(ValidationReport report, EmployeeId by, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(by, "by");
    guard("validate", at)
        .allow(
            status() == LeadStatus.SUBMITTED
                || status() == LeadStatus.VALIDATED
                || status() == LeadStatus.NURTURING,
            RuleId.D2_4,
            "a lead is validated once submitted, and until converted, closed or suspended")
        .require(
            leadManager().equals(Optional.of(by)),
            RuleId.D2_4,
            "validation belongs to the lead manager %s, not %s",
            leadManager().map(EmployeeId::toString).orElse("(none)"),
            by)
        .require(
            report.isComplete(),
            RuleId.D2_5,
            "every criterion is answered and recorded; unanswered: %s",
            report.shortfalls().stream()
                .filter(r -> !r.answered())
                .map(r -> r.criterion().name())
                .toList());
    return next(new LeadValidated(id(), version() + 1, report, by, at));
  }

  /**
   * Validates the lead with the standard KCP: evaluates the answers and records the report.
   *
   * @param answers the lead manager's answers to every criterion; not null
   * @param by the lead manager; not null
   * @param at when; not null
   * @return the validated lead
   * @throws org.leadtocash.domain.common.DomainException as {@link #validate(ValidationReport,
   *     EmployeeId, Instant)}
   */
  public Transition<Lead, LeadEvent> validate(
      ValidationAnswers answers, EmployeeId by, Instant at) {
    Objects.requireNonNull(at, "at");
    return validate(LeadValidation.standard().evaluate(answers), by, at);
  }

  /**
   * Review outcome "close": the need is not real, or badly mismatched with our scope (D2.5).
   *
   * @param reason why; not null, not blank
   * @param at when; not null
   * @return the closed lead, which accepts no further command
   * @throws IllegalArgumentException if the reason is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException if the lead is already
   *     converted or closed (D2.7)
   */
  public Transition<Lead, LeadEvent> close(String reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    guard("close", at);
    checkArgument(!reason.isBlank(), "closing a lead states why (DOMAIN D2.5)");
    return next(new LeadClosed(id(), version() + 1, reason, at));
  }

  /**
   * Review outcome "suspend": hang the lead for now (D2.5).
   *
   * @param reason why; not null, not blank
   * @param at when; not null
   * @return the suspended lead
   * @throws IllegalArgumentException if the reason is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the lead is submitted,
   *     validated or nurturing (D2.5), or if it is final (D2.7)
   */
  public Transition<Lead, LeadEvent> suspend(String reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    guard("suspend", at);
    checkArgument(!reason.isBlank(), "suspending a lead states why (DOMAIN D2.5)");
    guard("suspend", at)
        .allow(
            status() == LeadStatus.SUBMITTED
                || status() == LeadStatus.VALIDATED
                || status() == LeadStatus.NURTURING,
            RuleId.D2_5,
            "only a lead under review or in nurturing is suspended");
    return next(new LeadSuspended(id(), version() + 1, reason, at));
  }

  /**
   * Resumes a suspended lead: it returns to validated if it has a validation report, else to
   * submitted; a nurturing owner and the nurturing history are kept, and the review decides again
   * (D2.5).
   *
   * @param at when; not null
   * @return the resumed lead
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the lead is suspended
   */
  public Transition<Lead, LeadEvent> resume(Instant at) {
    Objects.requireNonNull(at, "at");
    guard("resume", at)
        .allow(status() == LeadStatus.SUSPENDED, RuleId.D2_5, "only a suspended lead is resumed");
    LeadStatus back = validation().isPresent() ? LeadStatus.VALIDATED : LeadStatus.SUBMITTED;
    return next(new LeadResumed(id(), version() + 1, back, at));
  }

  /**
   * Review outcome "nurture": assigns the nurturing owner, who walks the nurturing path (D2.4,
   * D2.5, D2.6). A lead in nurturing may be given a new owner the same way.
   *
   * @param owner the nurturing owner; not null
   * @param at when; not null
   * @return the lead in nurturing
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the lead is validated or
   *     nurturing (D2.5)
   * @throws org.leadtocash.domain.common.RuleViolationException if the validation KCP did not pass
   *     (D2.5)
   */
  public Transition<Lead, LeadEvent> nurture(EmployeeId owner, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(owner, "owner");
    guard("nurture", at)
        .allow(
            status() == LeadStatus.VALIDATED || status() == LeadStatus.NURTURING,
            RuleId.D2_5,
            "the review nurtures a validated lead")
        .require(
            validation().map(ValidationReport::passed).orElse(false),
            RuleId.D2_5,
            "the validation KCP did not pass (Q1: is it a lead?), so it is not nurtured");
    return next(new NurturingStarted(id(), version() + 1, owner, at));
  }

  /**
   * Records the next step of the nurturing path as done (D2.6). Steps are recorded in order; the
   * KDM's acknowledgement is recorded with {@link #recordKdmResponse}.
   *
   * @param step the step done; not null
   * @param note what happened; not null, not blank
   * @param by the nurturing owner; not null
   * @param at when; not null
   * @return the lead with the step recorded
   * @throws IllegalArgumentException if the note is blank
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the lead is nurturing
   *     (D2.6)
   * @throws org.leadtocash.domain.common.RuleViolationException if {@code by} is not the nurturing
   *     owner (D2.4), or the step is not the next one on the path (D2.6)
   */
  public Transition<Lead, LeadEvent> recordNurturingStep(
      NurturingStep step, String note, EmployeeId by, Instant at) {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(step, "step");
    guard("recordNurturingStep", at);
    checkArgument(
        step != NurturingStep.KDM_ACKNOWLEDGES,
        "the KDM's acknowledgement is recorded with recordKdmResponse (DOMAIN D2.6)");
    return recordStep(new NurturingRecord(step, true, note, by, at), "recordNurturingStep");
  }

  /**
   * Records whether the key decision maker acknowledged the vision (D2.6). If not, the path goes
   * back to shaping the KDM's vision.
   *
   * @param acknowledged whether the KDM acknowledged
   * @param note what happened; not null, not blank
   * @param by the nurturing owner; not null
   * @param at when; not null
   * @return the lead with the response recorded
   * @throws IllegalArgumentException if the note is blank
   * @throws org.leadtocash.domain.common.DomainException as {@link #recordNurturingStep}
   */
  public Transition<Lead, LeadEvent> recordKdmResponse(
      boolean acknowledged, String note, EmployeeId by, Instant at) {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    guard("recordKdmResponse", at);
    return recordStep(
        new NurturingRecord(NurturingStep.KDM_ACKNOWLEDGES, acknowledged, note, by, at),
        "recordKdmResponse");
  }

  /**
   * Review outcome "convert" (D2.7): the lead becomes an opportunity, which links back to it, and
   * the lead accepts no further command. Conversion happens when, and only when, the customer has a
   * clear investment budget and the validation KCP has passed. The opportunity is opened for the
   * lead's customer, titled after the lead, with the budget as its amount.
   *
   * @param opportunity the new opportunity's id; not null
   * @param owner the account responsible (AR) who owns the opportunity; not null
   * @param at when; not null
   * @return the converted lead and the opened opportunity, each with its events
   * @throws org.leadtocash.domain.common.IllegalTransitionException unless the lead is validated or
   *     nurturing (D2.5), or if it is final (D2.7)
   * @throws org.leadtocash.domain.common.RuleViolationException without a budget or a passed KCP
   *     (D2.7)
   */
  public LeadConversion convert(OpportunityId opportunity, EmployeeId owner, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(opportunity, "opportunity");
    Objects.requireNonNull(owner, "owner");
    Transition<Lead, LeadEvent> converted = converted(opportunity, at);
    Money amount = budget().orElseThrow();
    Transition<Opportunity, OpportunityEvent> opened =
        Opportunity.open(
            opportunity,
            OpportunityProfile.builder()
                .customer(profile().customer())
                .name(profile().title())
                .owner(owner)
                .amount(amount)
                .sourceLead(id())
                .build(),
            at);
    return new LeadConversion(converted, opened);
  }

  /**
   * The lead's side of {@link #convert}: checks every rule of the lead and records its {@link
   * LeadConverted} (D2.5, D2.7). The opportunity is opened by {@code convert}; replay, which
   * rebuilds the lead from its own stream, sends this.
   */
  private Transition<Lead, LeadEvent> converted(OpportunityId opportunity, Instant at) {
    guard("convert", at)
        .allow(
            status() == LeadStatus.VALIDATED || status() == LeadStatus.NURTURING,
            RuleId.D2_5,
            "the review converts a validated or nurtured lead")
        .require(
            validation().map(ValidationReport::passed).orElse(false),
            RuleId.D2_7,
            "conversion needs a passed validation KCP")
        .require(
            budget().isPresent(),
            RuleId.D2_7,
            "conversion needs the customer's clear investment budget, and there is none");
    return next(new LeadConverted(id(), version() + 1, opportunity, at));
  }

  /**
   * Rebuilds a lead from its events, oldest first, as strictly as the commands: each event's
   * command is sent again to the lead replayed so far and must produce exactly that event, so a
   * stored history can only reach a state the commands can reach (DOMAIN D2.4–D2.7). The result
   * equals the lead the commands produced.
   *
   * @param history the lead's events, starting with its {@link LeadCreated}; not null, not empty
   * @return the lead, never null
   * @throws IllegalArgumentException if the history is empty
   * @throws org.leadtocash.domain.common.RejectedHistoryException if the history does not start
   *     with the creation, holds another lead's event, skips, repeats or reorders a version, goes
   *     back in time (D2.4), or holds an event the lead does not accept — a submission after
   *     conversion, anything after closure (D2.7) — or one its command does not produce (a forged
   *     or tampered event)
   */
  public static Lead replay(List<? extends LeadEvent> history) {
    return REPLAY.history(history);
  }

  /**
   * Rebuilds a lead from a snapshot of its state and the events stored after it, checked as {@link
   * #replay(List)} checks a whole history (DOMAIN D2.4–D2.7).
   *
   * @param snapshot the lead as it was at some version; not null
   * @param eventsAfter the lead's events after the snapshot, oldest first, starting at the
   *     snapshot's version plus one; not null, may be empty
   * @return the lead, equal to the one its whole history replays to; never null
   * @throws org.leadtocash.domain.common.RejectedHistoryException if an event is another lead's,
   *     does not continue the snapshot's version, goes back in time (D2.4), or is not accepted by
   *     the lead it reaches (D2.4–D2.7) or not produced by its command
   */
  public static Lead replay(Lead snapshot, List<? extends LeadEvent> eventsAfter) {
    return REPLAY.continueFrom(snapshot, eventsAfter);
  }

  /** Re-creates a lead from its {@link LeadCreated}, which replay has checked it is. */
  private static Transition<Lead, LeadEvent> recreate(LeadEvent event) {
    LeadCreated created = (LeadCreated) event;
    return create(created.lead(), created.profile(), created.creator(), created.occurredAt());
  }

  /** Sends a lead the command an event records again, with the event's data. */
  private static Transition<Lead, LeadEvent> redo(Lead lead, LeadEvent event) {
    if (event instanceof LeadSubmitted submitted) {
      return lead.submit(submitted.leadManager(), submitted.occurredAt());
    } else if (event instanceof LeadValidated validated) {
      // the stored report stands for the host's validation KCP; every rule of the lead is checked
      return lead.validate(validated.report(), validated.by(), validated.occurredAt());
    } else if (event instanceof BudgetRecorded recorded) {
      return lead.recordBudget(recorded.budget(), recorded.occurredAt());
    } else if (event instanceof LeadSuspended suspended) {
      return lead.suspend(suspended.reason(), suspended.occurredAt());
    } else if (event instanceof LeadResumed resumed) {
      return lead.resume(resumed.occurredAt());
    } else if (event instanceof NurturingStarted started) {
      return lead.nurture(started.owner(), started.occurredAt());
    } else if (event instanceof NurturingStepRecorded recorded) {
      NurturingRecord record = recorded.record();
      return record.step() == NurturingStep.KDM_ACKNOWLEDGES
          ? lead.recordKdmResponse(record.done(), record.note(), record.by(), record.at())
          : lead.recordNurturingStep(record.step(), record.note(), record.by(), record.at());
    } else if (event instanceof LeadClosed closed) {
      return lead.close(closed.reason(), closed.occurredAt());
    } else if (event instanceof LeadConverted converted) {
      // the lead's side of the conversion; the opportunity is replayed from its own stream
      return lead.converted(converted.opportunity(), converted.occurredAt());
    }
    throw new IllegalArgumentException(
        "lead " + lead.id() + " is created only once, not again by " + event.type().name());
  }

  // ---------------------------------------------------------------- restore

  /**
   * Returns a builder that restores a lead from the attributes of a stored snapshot: for a host or
   * a codec that stored a lead's state (say, as JSON in a database) and reads it back. Normally a
   * lead comes from its commands, or from {@link #replay(List)}; a restored snapshot is continued
   * with {@link #replay(Lead, List) replay(snapshot, eventsAfter)}.
   *
   * <p>A snapshot is input, checked as strictly as a command: {@link Restore#build() build()}
   * checks every invariant of a lead's state — what its commands guarantee — and throws an {@link
   * IllegalArgumentException} naming the attribute and the DOMAIN rule a tampered or broken
   * snapshot breaks (see {@link Restore}).
   *
   * <pre>{@code
   * Lead snapshot = Lead.restore().from(stored).build();     // or attribute by attribute
   * Lead lead = Lead.replay(snapshot, eventsAfter);
   * }</pre>
   *
   * @return a new builder, never null
   */
  public static Restore restore() {
    return new Restore();
  }

  /**
   * Restores a {@link Lead} from the attributes of a stored snapshot (see {@link #restore()}).
   * Every attribute is set through its public setter; id, version, profile, creator, createdAt,
   * status and lastEventAt are required, the optional facts and the nurturing history default to
   * empty.
   *
   * <p>{@link #build()} checks every invariant of the state: the version counts at least the events
   * its facts record, and time never goes back — lastEventAt is not before createdAt, nor before a
   * recorded nurturing step, and at version 1 the creation is the latest event (D2.4); the status
   * and the facts agree — a lead leaves {@link LeadStatus#CREATED} through its submission to a lead
   * manager (only a created lead is closed without one), is validated only once submitted and
   * nurtured only once validated, is {@link LeadStatus#SUBMITTED} only without a validation, {@link
   * LeadStatus#VALIDATED} only with one, {@link LeadStatus#NURTURING} only with a nurturing owner
   * (D2.4, D2.5); a recorded validation answers every criterion, a lead in nurturing has passed it,
   * and a status reason is stated exactly while suspended or closed (D2.5); the nurturing history
   * walks the path in order, from its first step, with nothing after the hand-over (D2.6); a budget
   * is positive and, once the profile has one, never removed; the opportunity is present exactly
   * when converted, and a converted lead has a budget and a passed validation (D2.7). It throws an
   * {@link IllegalArgumentException} naming the attribute and the rule of the first broken one.
   */
  public static final class Restore extends ImmutableLead.Builder {
    Restore() {}
  }

  /**
   * Checks every invariant of the state, as strictly as the commands (see {@link Restore}): every
   * state the commands reach passes it, and a restored snapshot that breaks one is refused with an
   * {@link IllegalArgumentException} naming the attribute and the rule. What a part checks itself
   * (a {@link LeadProfile}, a {@link ValidationReport}'s criteria, a {@link NurturingRecord}'s
   * note) is not repeated. The profile's texts and the reasons and notes are never printed.
   */
  @Value.Check
  void check() {
    checkTime();
    checkLifecycle();
    checkBudget();
    checkNurturingHistory();
    checkVersion();
  }

  /** Time only moves forward: nothing happened before the creation or after the latest event. */
  private void checkTime() {
    checkArgument(
        !lastEventAt().isBefore(createdAt()),
        "lead %s: lastEventAt %s is before createdAt %s: time only moves forward (DOMAIN D2.4)",
        id(),
        lastEventAt(),
        createdAt());
  }

  /** The status and the facts it implies (D2.4, D2.5, D2.7). */
  private void checkLifecycle() {
    checkArgument(
        leadManager().isPresent()
            || status() == LeadStatus.CREATED
            || status() == LeadStatus.CLOSED,
        "lead %s: leadManager is absent with status %s; a lead leaves CREATED by its submission to"
            + " a lead manager (DOMAIN D2.4)",
        id(),
        status());
    checkArgument(
        leadManager().isEmpty() || status() != LeadStatus.CREATED,
        "lead %s: leadManager is present with status CREATED; a submitted lead is no longer"
            + " CREATED (DOMAIN D2.4)",
        id());
    validation()
        .ifPresent(
            report -> {
              checkArgument(
                  leadManager().isPresent(),
                  "lead %s: validation is present without a leadManager; a lead is validated by"
                      + " the lead manager it was submitted to (DOMAIN D2.4)",
                  id());
              checkArgument(
                  report.isComplete(),
                  "lead %s: validation leaves criteria %s unanswered; every criterion is answered"
                      + " and recorded (DOMAIN D2.5)",
                  id(),
                  report.shortfalls().stream()
                      .filter(r -> !r.answered())
                      .map(r -> r.criterion().name())
                      .toList());
            });
    checkArgument(
        validation().isEmpty() || status() != LeadStatus.SUBMITTED,
        "lead %s: validation is present with status SUBMITTED; a validated lead returns to"
            + " VALIDATED, not SUBMITTED (DOMAIN D2.5)",
        id());
    checkArgument(
        validation().isPresent() || status() != LeadStatus.VALIDATED,
        "lead %s: validation is absent with status VALIDATED (DOMAIN D2.5)",
        id());
    checkArgument(
        nurturingOwner().isEmpty() || validation().isPresent(),
        "lead %s: nurturingOwner is present without a validation; the review nurtures a validated"
            + " lead (DOMAIN D2.5)",
        id());
    checkArgument(
        nurturingOwner().isPresent() || status() != LeadStatus.NURTURING,
        "lead %s: nurturingOwner is absent with status NURTURING; a nurtured lead has its"
            + " nurturing owner (DOMAIN D2.4)",
        id());
    checkArgument(
        passed() || status() != LeadStatus.NURTURING,
        "lead %s: validation has not passed with status NURTURING; a lead that failed Q1 is not"
            + " nurtured (DOMAIN D2.5)",
        id());
    boolean stated = status() == LeadStatus.SUSPENDED || status() == LeadStatus.CLOSED;
    checkArgument(
        statusReason().isPresent() == stated,
        "lead %s: statusReason is %s with status %s; it is stated exactly while the lead is"
            + " suspended or closed (DOMAIN D2.5)",
        id(),
        statusReason().isPresent() ? "present" : "absent",
        status());
    checkArgument(
        statusReason().map(reason -> !reason.isBlank()).orElse(true),
        "lead %s: statusReason is blank; closing or suspending a lead states why (DOMAIN D2.5)",
        id());
    checkArgument(
        opportunity().isPresent() == (status() == LeadStatus.CONVERTED),
        "lead %s: opportunity is %s with status %s; a lead is linked to its opportunity exactly"
            + " when converted (DOMAIN D2.7)",
        id(),
        opportunity().isPresent() ? "present" : "absent",
        status());
    if (status() == LeadStatus.CONVERTED) {
      checkArgument(
          budget().isPresent(),
          "lead %s: budget is absent with status CONVERTED; conversion needs the customer's clear"
              + " investment budget (DOMAIN D2.7)",
          id());
      checkArgument(
          passed(),
          "lead %s: validation has not passed with status CONVERTED; conversion needs a passed"
              + " validation KCP (DOMAIN D2.7)",
          id());
    }
  }

  /** {@return whether the recorded validation passed} */
  private boolean passed() {
    return validation().map(ValidationReport::passed).orElse(false);
  }

  /** The budget: positive, and once the profile carries one, replaced but never removed (D2.7). */
  private void checkBudget() {
    budget()
        .ifPresent(
            b ->
                checkArgument(
                    b.isPositive(),
                    "lead %s: budget is a positive amount, not %s (DOMAIN D2.7)",
                    id(),
                    b));
    checkArgument(
        budget().isPresent() || profile().budget().isEmpty(),
        "lead %s: budget is absent though the profile carries one; a budget is replaced, never"
            + " removed (DOMAIN D2.7)",
        id());
  }

  /**
   * The nurturing history: recorded under a nurturing owner, from the path's first step, each step
   * the one its predecessor leads to, nothing after the hand-over, oldest first (D2.4, D2.6).
   */
  private void checkNurturingHistory() {
    checkArgument(
        nurturingHistory().isEmpty() || nurturingOwner().isPresent(),
        "lead %s: nurturingHistory records steps without a nurturingOwner; the nurturing owner"
            + " records them (DOMAIN D2.6)",
        id());
    Optional<NurturingStep> expected = Optional.of(NurturingStep.first());
    Instant previous = createdAt();
    for (int i = 0; i < nurturingHistory().size(); i++) {
      NurturingRecord record = nurturingHistory().get(i);
      checkArgument(
          expected.equals(Optional.of(record.step())),
          "lead %s: nurturingHistory: record %s is step %s, not %s; the nurturing path is walked"
              + " in order (DOMAIN D2.6)",
          id(),
          i + 1,
          record.step(),
          expected.map(NurturingStep::name).orElse("nothing (handed over)"));
      checkArgument(
          !record.at().isBefore(previous) && !record.at().isAfter(lastEventAt()),
          "lead %s: nurturingHistory: record %s is recorded at %s, not between %s and lastEventAt"
              + " %s: time only moves forward (DOMAIN D2.4)",
          id(),
          i + 1,
          record.at(),
          previous,
          lastEventAt());
      expected = record.nextStep();
      previous = record.at();
    }
  }

  /**
   * The version counts at least the events the state records: the creation, the submission, a
   * validation, a nurturing start, each nurturing step, a budget other than the profile's, the
   * suspension, closure or conversion the status records, and the event that brought a nurtured
   * lead back to VALIDATED; at version 1 the creation is the latest event (D2.4).
   */
  private void checkVersion() {
    int submission = leadManager().isPresent() ? 1 : 0;
    int validated = validation().isPresent() ? 1 : 0;
    int nurtured = nurturingOwner().isPresent() ? 1 : 0;
    int budgets = budget().isPresent() && !budget().equals(profile().budget()) ? 1 : 0;
    boolean ended =
        status() == LeadStatus.SUSPENDED
            || status() == LeadStatus.CLOSED
            || status() == LeadStatus.CONVERTED;
    int statusEvent = ended ? 1 : 0;
    int back = status() == LeadStatus.VALIDATED && nurturingOwner().isPresent() ? 1 : 0;
    long events =
        1L
            + submission
            + validated
            + nurtured
            + nurturingHistory().size()
            + budgets
            + statusEvent
            + back;
    checkArgument(
        version() >= events,
        "lead %s: version is %s, fewer than the %s events its state records: the creation, %s"
            + " submission, %s validation, %s nurturing start, %s nurturing steps, %s budget"
            + " recorded, %s event to %s and %s return from nurturing (DOMAIN D2.4)",
        id(),
        version(),
        events,
        submission,
        validated,
        nurtured,
        nurturingHistory().size(),
        budgets,
        statusEvent,
        status(),
        back);
    checkArgument(
        version() > 1 || lastEventAt().equals(createdAt()),
        "lead %s: lastEventAt %s is not createdAt %s, though at version 1 the creation is its only"
            + " event (DOMAIN D2.4)",
        id(),
        lastEventAt(),
        createdAt());
  }

  // ---------------------------------------------------------------- events

  private static Lead initial(LeadCreated created) {
    return restore()
        .id(created.lead())
        .version(1)
        .profile(created.profile())
        .budget(created.profile().budget())
        .creator(created.creator())
        .createdAt(created.occurredAt())
        .lastEventAt(created.occurredAt())
        .status(LeadStatus.CREATED)
        .build();
  }

  private Lead apply(LeadEvent event) {
    Restore next = restore().from(this).version(version() + 1).lastEventAt(event.occurredAt());
    if (event instanceof LeadCreated) {
      throw new IllegalArgumentException("lead " + id() + " is already created");
    } else if (event instanceof LeadSubmitted submitted) {
      next.status(LeadStatus.SUBMITTED).leadManager(submitted.leadManager());
    } else if (event instanceof LeadValidated validated) {
      next.validation(validated.report());
      if (status() != LeadStatus.NURTURING || !validated.report().passed()) {
        next.status(LeadStatus.VALIDATED);
      }
    } else if (event instanceof BudgetRecorded recorded) {
      next.budget(recorded.budget());
    } else if (event instanceof LeadSuspended suspended) {
      next.status(LeadStatus.SUSPENDED).statusReason(suspended.reason());
    } else if (event instanceof LeadResumed resumed) {
      next.status(resumed.resumedAs()).statusReason(Optional.empty());
    } else if (event instanceof NurturingStarted started) {
      next.status(LeadStatus.NURTURING).nurturingOwner(started.owner());
    } else if (event instanceof NurturingStepRecorded recorded) {
      next.addNurturingHistory(recorded.record());
    } else if (event instanceof LeadClosed closed) {
      next.status(LeadStatus.CLOSED).statusReason(closed.reason());
    } else if (event instanceof LeadConverted converted) {
      next.status(LeadStatus.CONVERTED).opportunity(converted.opportunity());
    } else {
      throw new AssertionError("unknown lead event " + event);
    }
    return next.build();
  }

  private Transition<Lead, LeadEvent> next(LeadEvent event) {
    return Transition.of(apply(event), event);
  }

  private Transition<Lead, LeadEvent> recordStep(NurturingRecord record, String command) {
    Guard guard =
        guard(command, record.at())
            .allow(
                status() == LeadStatus.NURTURING,
                RuleId.D2_6,
                "nurturing steps are recorded while the lead is nurtured");
    Optional<NurturingStep> expected = nextNurturingStep();
    guard
        .require(
            nurturingOwner().equals(Optional.of(record.by())),
            RuleId.D2_4,
            "nurturing belongs to the nurturing owner %s, not %s",
            nurturingOwner().map(EmployeeId::toString).orElse("(none)"),
            record.by())
        .require(
            expected.equals(Optional.of(record.step())),
            RuleId.D2_6,
            "the nurturing path is walked in order: next is %s, not %s",
            expected.map(NurturingStep::name).orElse("nothing (handed over)"),
            record.step());
    return next(new NurturingStepRecorded(id(), version() + 1, record));
  }

  /**
   * Returns the guard of a command: every command is refused when it is dated before the lead's
   * latest event (D2.4), checked first, whatever the state; and once the lead is final (D2.7).
   */
  @CanIgnoreReturnValue
  private Guard guard(String command, Instant at) {
    return Guard.of("Lead " + id(), status().name(), command)
        .require(
            !at.isBefore(lastEventAt()),
            RuleId.D2_4,
            "time only moves forward: %s is before the lead's latest event at %s",
            at,
            lastEventAt())
        .allow(
            !status().isFinal(),
            RuleId.D2_7,
            "a converted or closed lead accepts no further commands");
  }
}
