package org.leadtocash.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.examples.store.AppendConflictException;
import org.leadtocash.examples.store.JdbcEventStore;
import org.leadtocash.jackson.LeadToCashModule;
import org.leadtocash.jackson.Upcaster;

/** README "Storing aggregates": what a host does to keep the library's aggregates. */
public final class StoringAggregates {

  private StoringAggregates() {}

  /** Load, send the command, append at the version it expects; on a conflict, start again. */
  static Opportunity revise(JdbcEventStore store, OpportunityId id, Money amount, Instant at) {
    while (true) {
      Opportunity current = Opportunity.replay(store.load(id, OpportunityEvent.class));
      Transition<Opportunity, OpportunityEvent> revised =
          current.forecast(amount, LocalDate.of(2026, 6, 30), Probability.ofPercent(60), at);
      try {
        store.append(revised.append()); // the stream, the version it must be at, the events
        return revised.state();
      } catch (AppendConflictException conflict) {
        // another writer appended first: reload and decide again on what is there now
      }
    }
  }

  /** A conversion changes two aggregates: both streams are appended in one transaction. */
  static void convert(
      JdbcEventStore store, Lead lead, OpportunityId opportunity, EmployeeId owner, Instant at) {
    store.append(lead.convert(opportunity, owner, at).appends());
  }

  /** The latest snapshot, then only the events after it: what the whole history gives. */
  static Contract load(JdbcEventStore store, ContractId id) {
    Optional<Contract> snapshot = store.loadSnapshot(id, Contract.class); // checked on reading
    long after = snapshot.map(Contract::version).orElse(0L);
    List<ContractEvent> events = store.loadAfter(id, after, ContractEvent.class);
    return snapshot.map(s -> Contract.replay(s, events)).orElseGet(() -> Contract.replay(events));
  }

  /** The day an event type moves to schema version 2, stored version 1 is read through a step. */
  static ObjectMapper json() {
    return LeadToCashModule.builder()
        .upcaster(Upcaster.of("contract.invoice-issued", 1, v1 -> v1.put("reference", "")))
        .build()
        .strictMapper();
  }
}
