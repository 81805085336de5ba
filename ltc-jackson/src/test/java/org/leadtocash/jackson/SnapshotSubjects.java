package org.leadtocash.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.process.ProcessArchitecture;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.planning.cycle.PlanningCycle;
import org.leadtocash.planning.relationship.RelationshipPlan;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.contract.Contracts;
import org.leadtocash.testkit.customer.Customers;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;
import org.leadtocash.testkit.lead.Leads;
import org.leadtocash.testkit.opportunity.Opportunities;
import org.leadtocash.testkit.planning.PlanningCycles;
import org.leadtocash.testkit.planning.RelationshipPlans;
import org.leadtocash.testkit.process.ProcessArchitectures;
import org.leadtocash.testkit.relationship.KeyRelationships;
import org.leadtocash.testkit.voice.CustomerIssues;

/**
 * The aggregates whose snapshots the module may write: each with the test kit's model of its
 * histories and its {@code replay(snapshot, eventsAfter)}. Which of them the module writes is not
 * listed here: it is every {@link SnapshotCatalogue#all()} entry that is {@link
 * SnapshotCatalogue.Entry#restorable() restorable} now, so an aggregate is covered by the snapshot
 * tests as soon as its {@code restore()} lands.
 */
final class SnapshotSubjects {

  private SnapshotSubjects() {}

  /** One aggregate: its class, its model and how a snapshot of it continues with later events. */
  record Subject<A extends Aggregate<?, E>, E extends DomainEvent>(
      Class<A> type,
      Function<Settings, AggregateModel<A, E>> model,
      BiFunction<A, List<E>, A> continueFrom) {

    /** {@return histories split after a whole command: the snapshot's state and what follows} */
    Arbitrary<Split<A, E>> splits() {
      return model
          .apply(Settings.standard())
          .histories()
          .flatMap(
              log ->
                  Arbitraries.integers()
                      .between(1, log.batches().size())
                      .map(commands -> Split.of(this, log, commands)));
    }
  }

  /**
   * A history split after its first {@code commands} commands: the state then (the snapshot), the
   * events after it and the state at the end.
   */
  record Split<A extends Aggregate<?, E>, E extends DomainEvent>(
      Subject<A, E> subject, A snapshot, List<E> eventsAfter, A end) {

    static <A extends Aggregate<?, E>, E extends DomainEvent> Split<A, E> of(
        Subject<A, E> subject, CommandLog<A, E> log, int commands) {
      List<E> before = new ArrayList<>();
      List<E> after = new ArrayList<>();
      for (int i = 0; i < log.batches().size(); i++) {
        (i < commands ? before : after).addAll(log.batches().get(i));
      }
      A snapshot = subject.model().apply(Settings.standard()).replay(before);
      return new Split<>(subject, snapshot, after, log.state());
    }

    /** Continues a snapshot read back with the events after it, through the aggregate's replay. */
    A continued(Object readBack) {
      assertEquals(subject.type(), LeadToCashModuleTypes.publicType(readBack));
      return subject.continueFrom().apply(subject.type().cast(readBack), eventsAfter);
    }

    @Override
    public String toString() {
      return subject.type().getSimpleName()
          + " v"
          + snapshot.version()
          + " + "
          + eventsAfter.size()
          + " events";
    }
  }

  /** Every aggregate of the domain and of the plans, by class. */
  static final ImmutableMap<Class<?>, Subject<?, ?>> ALL =
      ImmutableMap.<Class<?>, Subject<?, ?>>builder()
          .put(Lead.class, new Subject<>(Lead.class, Leads::model, Lead::replay))
          .put(
              Opportunity.class,
              new Subject<>(Opportunity.class, Opportunities::model, Opportunity::replay))
          .put(Contract.class, new Subject<>(Contract.class, Contracts::model, Contract::replay))
          .put(Customer.class, new Subject<>(Customer.class, Customers::model, Customer::replay))
          .put(
              KeyRelationship.class,
              new Subject<>(
                  KeyRelationship.class, KeyRelationships::model, KeyRelationship::replay))
          .put(
              CustomerIssue.class,
              new Subject<>(CustomerIssue.class, CustomerIssues::model, CustomerIssue::replay))
          .put(
              ProcessArchitecture.class,
              new Subject<>(
                  ProcessArchitecture.class,
                  ProcessArchitectures::model,
                  ProcessArchitecture::replay))
          .put(
              RelationshipPlan.class,
              new Subject<>(
                  RelationshipPlan.class, RelationshipPlans::model, RelationshipPlan::replay))
          .put(
              PlanningCycle.class,
              new Subject<>(PlanningCycle.class, PlanningCycles::model, PlanningCycle::replay))
          .buildOrThrow();

  /** {@return the catalogue entries the module writes now: those whose aggregate has restore()} */
  static List<SnapshotCatalogue.Entry> supported() {
    return SnapshotCatalogue.all().entries().stream()
        .filter(SnapshotCatalogue.Entry::restorable)
        .toList();
  }

  /** {@return the catalogue entries whose aggregate has no restore() yet} */
  static List<SnapshotCatalogue.Entry> notSupported() {
    return SnapshotCatalogue.all().entries().stream().filter(e -> !e.restorable()).toList();
  }

  /** {@return generated aggregates of every supported snapshot type, in every reachable state} */
  static Arbitrary<Aggregate<?, ?>> aggregates() {
    List<Arbitrary<? extends Aggregate<?, ?>>> all = new ArrayList<>();
    for (SnapshotCatalogue.Entry entry : supported()) {
      all.add(LeadToCashArbitraries.of(entry.aggregateClass()));
    }
    return Arbitraries.oneOf(all);
  }

  /** {@return generated histories of every supported aggregate, split after a whole command} */
  static Arbitrary<Split<?, ?>> splits() {
    List<Arbitrary<? extends Split<?, ?>>> all = new ArrayList<>();
    for (SnapshotCatalogue.Entry entry : supported()) {
      Subject<?, ?> subject = ALL.get(entry.aggregateClass());
      if (subject == null) {
        throw new AssertionError(entry + " has no subject in SnapshotSubjects.ALL");
      }
      all.add(subject.splits());
    }
    return Arbitraries.oneOf(all);
  }
}
