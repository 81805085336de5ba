package org.leadtocash.testkit.customer;

import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerEvent;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.Settings;

/**
 * The kit's customer model keeps the contract: its chains' accepted commands keep the rules of
 * DOMAIN D6, refused ones change nothing, and the events replay to the customer.
 */
class CustomerModelProperties implements AggregateContract<Customer, CustomerEvent> {

  @Override
  public AggregateModel<Customer, CustomerEvent> model() {
    return Customers.model(Settings.standard());
  }
}
