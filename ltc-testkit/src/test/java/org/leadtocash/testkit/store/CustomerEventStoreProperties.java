package org.leadtocash.testkit.store;

import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerEvent;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.EventStore;
import org.leadtocash.testkit.EventStoreContract;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.customer.Customers;

/** The in-memory event store keeps the event-store contract for Customer histories. */
class CustomerEventStoreProperties implements EventStoreContract<Customer, CustomerEvent> {

  @Override
  public AggregateModel<Customer, CustomerEvent> model() {
    return Customers.model(Settings.standard());
  }

  @Override
  public EventStore<CustomerEvent> emptyStore() {
    return new InMemoryEventStore<>();
  }
}
