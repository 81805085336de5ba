package org.leadtocash.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.testkit.AggregateContract;
import org.leadtocash.testkit.AggregateModel;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.contract.Contracts;

/**
 * Random command sequences on a contract (DOMAIN D5), with valid and invalid inputs — amounts that
 * are negative, too large or in another currency, unknown invoices and milestones, ATC decisions of
 * other gates, verdicts or opportunities, blank reasons, dates before the latest event: accepted
 * commands keep every rule, refused ones throw a domain exception and change nothing, and the
 * events replay to an equal contract — the kit's {@link AggregateContract} over its contract model
 * — and the generated contracts reach every status; a snapshot at any version and the events after
 * it rebuild the same contract, which knows when it was signed (DOMAIN D5.1); and a snapshot
 * restored from every attribute of a generated contract equals it and continues with the events
 * after it (DOMAIN D5).
 */
class ContractProperties implements AggregateContract<Contract, ContractEvent> {

  @Override
  public AggregateModel<Contract, ContractEvent> model() {
    return Contracts.model(Settings.standard());
  }

  @Property(tries = 200)
  void generatedContractsReachEveryStatus(@ForAll CommandLog<Contract, ContractEvent> history) {
    Contracts.checkRules(history);
    Contract contract = history.state();
    Statistics.label("status").collect(contract.status());
    Statistics.label("status")
        .coverage(
            c -> {
              for (ContractStatus status : ContractStatus.values()) {
                c.check(status).count(n -> n > 0);
              }
            });
    Statistics.label("changed").collect(!contract.changes().isEmpty());
    Statistics.label("changed").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Property(tries = 200)
  void aSnapshotAndTheEventsAfterItReplayToTheContract(
      @ForAll CommandLog<Contract, ContractEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<ContractEvent> events = history.events();
    int cut = 1 + at % events.size();
    Contract snapshot = Contract.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(history.state(), Contract.replay(snapshot, events.subList(cut, events.size())));
    Optional<Instant> signedAt =
        events.stream()
            .filter(e -> e instanceof ContractSigned)
            .map(ContractEvent::occurredAt)
            .findFirst();
    assertEquals(signedAt, history.state().signedAt(), "the state keeps the signature's instant");
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualContract(@ForAll Contract contract) {
    Contract restored = restoredFromEveryAttribute(contract);
    assertEquals(contract, restored);
    assertEquals(contract.hashCode(), restored.hashCode());
    assertEquals(contract, Contract.replay(restored, List.of()));
    Statistics.label("status").collect(contract.status());
  }

  @Property(tries = 200)
  void aRestoredSnapshotContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<Contract, ContractEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<ContractEvent> events = history.events();
    int cut = 1 + at % events.size();
    Contract snapshot = Contract.replay(events.subList(0, cut));
    Contract restored = restoredFromEveryAttribute(snapshot);
    assertEquals(snapshot, restored);
    assertEquals(history.state(), Contract.replay(restored, events.subList(cut, events.size())));
  }

  /** Restores a contract by setting each of its attributes, as a codec reading a snapshot does. */
  private static Contract restoredFromEveryAttribute(Contract stored) {
    return Contract.restore()
        .id(stored.id())
        .version(stored.version())
        .opportunity(stored.opportunity())
        .customer(stored.customer())
        .draftedAt(stored.draftedAt())
        .value(stored.value())
        .clauses(stored.clauses())
        .milestones(stored.milestones())
        .status(stored.status())
        .riskAcceptances(stored.riskAcceptances())
        .atc(stored.atc())
        .signedAt(stored.signedAt())
        .deliveryProject(stored.deliveryProject())
        .deliveryManager(stored.deliveryManager())
        .acceptedOn(stored.acceptedOn())
        .changes(stored.changes())
        .invoices(stored.invoices())
        .lastEventAt(stored.lastEventAt())
        .build();
  }
}
