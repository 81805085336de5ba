package org.leadtocash.domain.lead;

import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.LeadId;

/** Something that happened to a lead (DOMAIN D2); replaying a lead's events rebuilds it. */
public sealed interface LeadEvent extends DomainEvent
    permits LeadCreated,
        LeadSubmitted,
        LeadValidated,
        BudgetRecorded,
        LeadSuspended,
        LeadResumed,
        NurturingStarted,
        NurturingStepRecorded,
        LeadClosed,
        LeadConverted {

  /** {@return the lead it happened to; never null} */
  LeadId lead();

  /** {@return the lead it happened to, as {@link #lead()}; never null} */
  @Override
  default LeadId aggregate() {
    return lead();
  }
}
