package org.leadtocash.testkit.store;

import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.EventStore;
import org.leadtocash.testkit.EventStoreContract;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.contract.Contracts;

/** The in-memory event store keeps the event-store contract for Contract histories. */
class ContractEventStoreProperties implements EventStoreContract<Contract, ContractEvent> {

  @Override
  public AggregateModel<Contract, ContractEvent> model() {
    return Contracts.model(Settings.standard());
  }

  @Override
  public EventStore<ContractEvent> emptyStore() {
    return new InMemoryEventStore<>();
  }
}
