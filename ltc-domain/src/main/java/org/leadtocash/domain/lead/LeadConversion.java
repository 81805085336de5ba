package org.leadtocash.domain.lead;

import java.util.Objects;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;

/**
 * The result of converting a lead (DOMAIN D2.7): the converted lead, which names its opportunity,
 * and the new opportunity, which names its lead. A host persists both.
 *
 * @param lead the lead's transition to {@link LeadStatus#CONVERTED}; not null
 * @param opportunity the opportunity's opening transition; not null
 */
public record LeadConversion(
    Transition<Lead, LeadEvent> lead, Transition<Opportunity, OpportunityEvent> opportunity) {

  /**
   * Checks that no part is null.
   *
   * @param lead the lead's transition to {@link LeadStatus#CONVERTED}; not null
   * @param opportunity the opportunity's opening transition; not null
   */
  public LeadConversion {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(opportunity, "opportunity");
  }
}
