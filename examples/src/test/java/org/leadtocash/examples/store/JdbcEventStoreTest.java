package org.leadtocash.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.examples.LeadToCashStory.CONTRACT;
import static org.leadtocash.examples.LeadToCashStory.LEAD;
import static org.leadtocash.examples.LeadToCashStory.OPPORTUNITY;
import static org.leadtocash.examples.LeadToCashStory.cny;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.Append;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.opportunity.ForecastRevised;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.examples.LeadToCashStory;
import org.leadtocash.examples.StorageStory;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.finance.CollectionRate;
import org.leadtocash.metrics.finance.Orders;
import org.leadtocash.metrics.sales.DecisionTimeliness;
import org.leadtocash.metrics.sales.LeadConversionRate;
import org.leadtocash.metrics.sales.WinRate;

/**
 * The storage example against a real database: an embedded H2, one fresh in-memory database per
 * test. Each aggregate of the tour is stored one command at a time, as its events with the version
 * each append expects, and read back.
 */
@DisplayName("A host stores the tour's aggregates in H2 and reads them back")
class JdbcEventStoreTest {

  private static JdbcEventStore freshStore() {
    return StorageStory.inMemoryStore();
  }

  private static StorageStory.Commands story() {
    return StorageStory.commands();
  }

  @Test
  @DisplayName("the story stored one command at a time reloads to equal aggregates (D2.7, D3, D5)")
  void reloadEqualsTheInMemoryState() {
    JdbcEventStore store = freshStore();
    StorageStory.Commands story = story();
    StorageStory.store(store, story);
    Opportunity won = story.wonOpportunity();
    Transition<Contract, ContractEvent> contract = story.contract();

    assertEquals(story.conversion().lead().state(), Lead.replay(store.load(LEAD, LeadEvent.class)));
    assertEquals(won, Opportunity.replay(store.load(OPPORTUNITY, OpportunityEvent.class)));
    Contract reloaded = Contract.replay(store.load(CONTRACT, ContractEvent.class));
    assertEquals(contract.state(), reloaded);
    assertEquals(contract.state().version(), store.version(CONTRACT));
    assertEquals(contract.state().collected(), reloaded.collected(), "the cash is all there");

    // the KPIs of the reloaded aggregates are those of the originals (DOMAIN D12)
    ReportingPeriod year = ReportingPeriod.year(Year.of(2026), ZoneOffset.UTC);
    Lead lead = Lead.replay(store.load(LEAD, LeadEvent.class));
    Opportunity opportunity = Opportunity.replay(store.load(OPPORTUNITY, OpportunityEvent.class));
    assertEquals(
        LeadConversionRate.in(year).compute(List.of(story.conversion().lead().state())),
        LeadConversionRate.in(year).compute(List.of(lead)));
    assertEquals(
        WinRate.in(year).compute(List.of(won)), WinRate.in(year).compute(List.of(opportunity)));
    assertEquals(
        DecisionTimeliness.in(year).compute(List.of(won)),
        DecisionTimeliness.in(year).compute(List.of(opportunity)));
    Orders orders = Orders.in(year, LeadToCashStory.CNY);
    assertEquals(orders.compute(List.of(contract.state())), orders.compute(List.of(reloaded)));
    assertTrue(orders.compute(List.of(reloaded)).isPositive(), "the contract is an order of 2026");
    CollectionRate collection = CollectionRate.in(year, LeadToCashStory.CNY);
    assertEquals(
        collection.compute(List.of(contract.state())), collection.compute(List.of(reloaded)));
  }

  @Test
  @DisplayName("an append at a version the stream has left is refused and writes nothing")
  void staleAppendIsRefused() {
    JdbcEventStore store = freshStore();
    Transition<Lead, LeadEvent> created = LeadToCashStory.leadFromBudgetTable();
    store.append(created.append());
    long before = store.version(LEAD);
    AppendConflictException conflict =
        assertThrows(AppendConflictException.class, () -> store.append(created.append()));
    assertEquals(0, conflict.expectedVersion());
    assertTrue(conflict.getMessage().contains("LeadId:" + LEAD.value()), conflict::getMessage);
    assertEquals(before, store.version(LEAD));
  }

  @Test
  @DisplayName(
      "a conversion is stored in one transaction: a conflict on the opportunity writes"
          + " neither stream (D2.7)")
  void conversionIsAllOrNothing() {
    JdbcEventStore store = freshStore();
    StorageStory.Commands story = story();
    store.append(story.lead().append());
    long leadVersion = store.version(LEAD);
    // another writer opened an opportunity with the same id first
    Transition<Opportunity, OpportunityEvent> squatter =
        Opportunity.open(
            OPPORTUNITY,
            story.conversion().opportunity().state().profile(),
            story.conversion().opportunity().state().openedAt());
    store.append(squatter.append());

    assertThrows(AppendConflictException.class, () -> store.append(story.conversion().appends()));
    assertEquals(leadVersion, store.version(LEAD), "the lead's stream is unchanged");
    assertEquals(
        1, store.version(OPPORTUNITY), "the opportunity's stream holds the other writer's");
  }

  @Test
  @DisplayName("a failure while writing the second stream rolls the first back too")
  void failureInTheMiddleRollsBack() {
    JdbcDataSource database = StorageStory.inMemoryDatabase();
    JdbcEventStore store = JdbcEventStore.open(database, JsonCodec.strict());
    StorageStory.Commands story = story();
    store.append(story.lead().append());
    long leadVersion = store.version(LEAD);
    Codec failing =
        new Codec() {
          @Override
          public String write(DomainEvent event) {
            if (event instanceof OpportunityEvent) {
              throw new IllegalStateException("the disk is full");
            }
            return JsonCodec.strict().write(event);
          }

          @Override
          public DomainEvent read(String json) {
            return JsonCodec.strict().read(json);
          }

          @Override
          public String writeSnapshot(Aggregate<?, ?> aggregate) {
            return JsonCodec.strict().writeSnapshot(aggregate);
          }

          @Override
          public <A extends Aggregate<?, ?>> A readSnapshot(String json, Class<A> type) {
            return JsonCodec.strict().readSnapshot(json, type);
          }
        };
    JdbcEventStore failingStore = JdbcEventStore.open(database, failing);
    List<Append> appends = story.conversion().appends();
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> failingStore.append(appends));
    assertEquals("the disk is full", failure.getMessage());
    assertEquals(leadVersion, store.version(LEAD), "the lead's events were rolled back");
    assertEquals(0, store.version(OPPORTUNITY));
    store.append(appends);
    assertEquals(story.conversion().lead().state(), Lead.replay(store.load(LEAD, LeadEvent.class)));
  }

  @Test
  @DisplayName(
      "two writers revise one forecast at once: each conflict is seen, reloaded and"
          + " retried, and no revision is lost or doubled (D3.5)")
  void twoWritersOnOneStream() throws Exception {
    JdbcEventStore store = freshStore();
    StorageStory.Commands story = story();
    store.append(story.lead().append());
    store.append(story.conversion().appends());
    Opportunity opened = story.conversion().opportunity().state();
    int rounds = 12;
    CyclicBarrier barrier = new CyclicBarrier(2);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> conflicts = new ArrayList<>();
      for (int writer = 1; writer <= 2; writer++) {
        int base = writer * 1_000_000;
        conflicts.add(
            writers.submit(
                () -> {
                  int seen = 0;
                  for (int round = 0; round < rounds; round++) {
                    Money amount = cny(base + round);
                    barrier.await(30, TimeUnit.SECONDS);
                    Opportunity current = reload(store);
                    barrier.await(30, TimeUnit.SECONDS);
                    while (true) {
                      try {
                        store.append(revise(current, amount).append());
                        break;
                      } catch (AppendConflictException conflict) {
                        seen++;
                        current = reload(store);
                      }
                    }
                  }
                  return seen;
                }));
      }
      int seen = 0;
      for (Future<Integer> f : conflicts) {
        seen += f.get(2, TimeUnit.MINUTES);
      }
      assertEquals(rounds, seen, "in every round both writers loaded one version: one conflict");
    } finally {
      writers.shutdownNow();
    }
    List<OpportunityEvent> events = store.load(OPPORTUNITY, OpportunityEvent.class);
    Opportunity last = Opportunity.replay(events);
    assertEquals(opened.version() + 2L * rounds, last.version());
    List<Money> revised =
        events.stream()
            .filter(ForecastRevised.class::isInstance)
            .map(e -> ((ForecastRevised) e).amount())
            .toList();
    assertEquals(2 * rounds, revised.size());
    for (int writer = 1; writer <= 2; writer++) {
      for (int round = 0; round < rounds; round++) {
        Money amount = cny(writer * 1_000_000 + round);
        assertEquals(
            1, revised.stream().filter(amount::equals).count(), () -> amount + " stored once");
      }
    }
  }

  @Test
  @DisplayName(
      "a snapshot kept in the database and the events after it give what the whole"
          + " history gives, for the lead, the opportunity and the contract, with equal KPIs")
  void snapshotPlusTailEqualsTheWholeHistory() {
    JdbcEventStore store = freshStore();
    StorageStory.Commands story = story();
    StorageStory.store(store, story);
    List<ContractEvent> contractRows = store.load(CONTRACT, ContractEvent.class);
    Contract whole = Contract.replay(contractRows);
    ReportingPeriod year = ReportingPeriod.year(Year.of(2026), ZoneOffset.UTC);
    Orders orders = Orders.in(year, LeadToCashStory.CNY);
    for (int version = 1; version <= contractRows.size(); version++) {
      store.saveSnapshot(Contract.replay(contractRows.subList(0, version)));
      Contract snapshot = store.loadSnapshot(CONTRACT, Contract.class).orElseThrow();
      assertEquals(version, snapshot.version());
      Contract restored =
          Contract.replay(snapshot, store.loadAfter(CONTRACT, version, ContractEvent.class));
      assertEquals(whole, restored, "a snapshot at version " + version);
      assertEquals(orders.compute(List.of(whole)), orders.compute(List.of(restored)));
    }
    List<OpportunityEvent> opportunityRows = store.load(OPPORTUNITY, OpportunityEvent.class);
    Opportunity halfway = Opportunity.replay(opportunityRows.subList(0, 1));
    store.saveSnapshot(halfway);
    Opportunity restored =
        Opportunity.replay(
            store.loadSnapshot(OPPORTUNITY, Opportunity.class).orElseThrow(),
            store.loadAfter(OPPORTUNITY, 1, OpportunityEvent.class));
    assertEquals(story.wonOpportunity(), restored);
    List<LeadEvent> leadRows = store.load(LEAD, LeadEvent.class);
    store.saveSnapshot(Lead.replay(leadRows.subList(0, 2)));
    assertEquals(
        story.conversion().lead().state(),
        Lead.replay(
            store.loadSnapshot(LEAD, Lead.class).orElseThrow(),
            store.loadAfter(LEAD, 2, LeadEvent.class)));
  }

  @Test
  @DisplayName(
      "a tampered snapshot row is refused naming the attribute and the rule (D5.3), and a"
          + " snapshot ahead of its stream is not kept")
  void tamperedSnapshotIsRefused() throws Exception {
    JdbcDataSource database = StorageStory.inMemoryDatabase();
    JdbcEventStore store = JdbcEventStore.open(database, JsonCodec.strict());
    StorageStory.Commands story = story();
    StorageStory.store(store, story);
    Contract closed = story.contract().state();
    store.saveSnapshot(closed);
    assertTrue(store.loadSnapshot(CONTRACT, Contract.class).isPresent());
    try (java.sql.Connection connection = database.getConnection();
        java.sql.Statement update = connection.createStatement()) {
      // the advance, its milestone and its invoice now claim twice the contract's value
      update.executeUpdate(
          "UPDATE ltc_snapshot SET state = REPLACE(state, '\"amount\":\"900000.00\"',"
              + " '\"amount\":\"18000000.00\"')");
    }
    StoreException refused =
        assertThrows(StoreException.class, () -> store.loadSnapshot(CONTRACT, Contract.class));
    assertTrue(refused.getMessage().contains("DOMAIN D5.3"), refused::getMessage);
    assertTrue(refused.getMessage().contains("snapshot contract v1"), refused::getMessage);

    JdbcEventStore empty = freshStore();
    StoreException ahead = assertThrows(StoreException.class, () -> empty.saveSnapshot(closed));
    assertTrue(ahead.getMessage().contains("at version 0"), ahead::getMessage);
    assertTrue(empty.loadSnapshot(CONTRACT, Contract.class).isEmpty());
  }

  private static Opportunity reload(JdbcEventStore store) {
    return Opportunity.replay(store.load(OPPORTUNITY, OpportunityEvent.class));
  }

  private static Transition<Opportunity, OpportunityEvent> revise(
      Opportunity opportunity, Money amount) {
    return opportunity.forecast(
        amount,
        LocalDate.of(2026, 6, 30),
        Probability.ofPercent(60),
        opportunity.lastEventAt().plusSeconds(60));
  }
}
