package org.leadtocash.domain.lead;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.leadtocash.domain.common.Append;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;

/**
 * The result of converting a lead (DOMAIN D2.7): the converted lead, which names its opportunity,
 * and the new opportunity, which names its lead. A host persists both.
 *
 * <p>It chains like a {@link Transition}: {@link #then} sends further commands to the new
 * opportunity, keeping every event in order, and {@link #after} puts the lead's earlier events in
 * front, so a whole story reads as one expression:
 *
 * <pre>{@code
 * Transition<Lead, LeadEvent> validated = Lead.create(...).then(l -> l.submit(...)).then(...);
 * LeadConversion conversion =
 *     validated.state().convert(opportunityId, owner, at)
 *         .after(validated)
 *         .then(o -> o.recordDeliveryParticipation(engineer, at))
 *         .then(o -> o.assignTriangle(triangle, at));
 * }</pre>
 *
 * <p>The conversion changes two aggregates, so a host stores it as two {@link #appends() appends} —
 * the lead's events at the lead's expected version, the new opportunity's from version 1 — in one
 * transaction, or neither.
 *
 * @param lead the lead's transition to {@link LeadStatus#CONVERTED}; not null
 * @param opportunity the opportunity's transition, from its opening; not null
 */
public record LeadConversion(
    Transition<Lead, LeadEvent> lead, Transition<Opportunity, OpportunityEvent> opportunity) {

  /**
   * Checks that the two sides belong together.
   *
   * @param lead the lead's transition to {@link LeadStatus#CONVERTED}; not null
   * @param opportunity the opportunity's transition, from its opening; not null
   * @throws IllegalArgumentException if the lead is not converted into this opportunity, or the
   *     opportunity does not come from this lead
   */
  public LeadConversion {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(opportunity, "opportunity");
    checkArgument(
        lead.state().opportunity().equals(Optional.of(opportunity.state().id())),
        "lead %s was not converted into opportunity %s",
        lead.state().id(),
        opportunity.state().id());
    checkArgument(
        opportunity.state().sourceLead().equals(Optional.of(lead.state().id())),
        "opportunity %s does not come from lead %s",
        opportunity.state().id(),
        lead.state().id());
  }

  /**
   * Sends a further command to the new opportunity and returns the combined conversion: the same
   * lead, and the opportunity's events followed by the command's.
   *
   * @param command the next command, applied to the opportunity's current state; not null
   * @return the combined conversion, never null
   * @throws org.leadtocash.domain.common.DomainException if the command is refused (this conversion
   *     is unaffected)
   */
  public LeadConversion then(
      Function<? super Opportunity, Transition<Opportunity, OpportunityEvent>> command) {
    Objects.requireNonNull(command, "command");
    return new LeadConversion(lead, opportunity.then(command));
  }

  /**
   * Returns this conversion preceded by the lead's earlier events, e.g. its creation, submission
   * and validation, so that {@link #lead()} holds the lead's whole story.
   *
   * @param earlier the transition that produced the lead this conversion converted; not null
   * @return the combined conversion, never null
   * @throws IllegalArgumentException if {@code earlier} did not end in the state this conversion
   *     started from
   */
  public LeadConversion after(Transition<Lead, LeadEvent> earlier) {
    Objects.requireNonNull(earlier, "earlier");
    Lead before = earlier.state();
    checkArgument(
        before.id().equals(lead.state().id())
            && before.version() + lead.events().size() == lead.state().version(),
        "the conversion of lead %s at version %s does not follow lead %s at version %s",
        lead.state().id(),
        lead.state().version(),
        before.id(),
        before.version());
    return new LeadConversion(
        new Transition<>(
            lead.state(),
            ImmutableList.<LeadEvent>builder()
                .addAll(earlier.events())
                .addAll(lead.events())
                .build()),
        opportunity);
  }

  /**
   * {@return what a host appends, in one transaction: the lead's events to the lead's stream at the
   * version it expects, then the new opportunity's events to a new stream (expected version 0);
   * never null}
   */
  public List<Append> appends() {
    return List.of(lead.append(), opportunity.append());
  }
}
