package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.customer.Customers;

/**
 * Random command sequences on a customer (DOMAIN D6.2, D6.3, D6.7), with steps out of order,
 * gradings and reviews of any date and commands dated before the latest event: accepted commands
 * keep the grading steps in order and the yearly review consistent, refused ones throw a domain
 * exception and change nothing, and the events replay to an equal customer — the kit's {@link
 * AggregateContract} over its customer model, whose invariants are {@link Customers#checkRules} —
 * and the generated customers take every grading step.
 *
 * <p>A snapshot taken after any command and the events after it rebuild the same customer (DOMAIN
 * D6.3); and a snapshot restored from every attribute of a generated customer equals it and
 * continues with the events after it (DOMAIN D6).
 */
class CustomerProperties implements AggregateContract<Customer, CustomerEvent> {

  @Override
  public AggregateModel<Customer, CustomerEvent> model() {
    return Customers.model(Settings.standard());
  }

  @Property(tries = 200)
  void generatedCustomersTakeEveryGradingStep(@ForAll CommandLog<Customer, CustomerEvent> history) {
    Customers.checkRules(history);
    Customer customer = history.state();
    Statistics.label("steps taken").collect(customer.completedSteps().size());
    Statistics.label("steps taken")
        .coverage(c -> c.check(GradingStep.values().length).count(n -> n > 0));
    Statistics.label("reviewed").collect(customer.gradings().size() > 1);
    Statistics.label("reviewed").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 200)
  void aSnapshotAfterAnyCommandAndTheEventsAfterItReplayToTheCustomer(
      @ForAll CommandLog<Customer, CustomerEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<CustomerEvent> events = history.events();
    List<List<CustomerEvent>> batches = history.batches();
    int cut = 0;
    for (List<CustomerEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    Customer snapshot = Customer.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(history.state(), Customer.replay(snapshot, events.subList(cut, events.size())));
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualCustomer(@ForAll Customer customer) {
    Customer restored = restoredFromEveryAttribute(customer);
    assertEquals(customer, restored);
    assertEquals(customer.hashCode(), restored.hashCode());
    assertEquals(customer, Customer.replay(restored, List.of()));
    Statistics.label("steps taken").collect(customer.completedSteps().size());
  }

  @Property(tries = 200)
  void aRestoredSnapshotContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<Customer, CustomerEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<CustomerEvent> events = history.events();
    int cut = 1 + at % events.size();
    Customer snapshot = Customer.replay(events.subList(0, cut));
    Customer restored = restoredFromEveryAttribute(snapshot);
    assertEquals(snapshot, restored);
    assertEquals(history.state(), Customer.replay(restored, events.subList(cut, events.size())));
  }

  /** Restores a customer by setting each of its attributes, as a codec reading a snapshot does. */
  private static Customer restoredFromEveryAttribute(Customer stored) {
    return Customer.restore()
        .id(stored.id())
        .version(stored.version())
        .name(stored.name())
        .segment(stored.segment())
        .registeredAt(stored.registeredAt())
        .lastEventAt(stored.lastEventAt())
        .basicData(stored.basicData())
        .value(stored.value())
        .gradings(stored.gradings())
        .serviceStrategy(stored.serviceStrategy())
        .monitoring(stored.monitoring())
        .build();
  }
}
