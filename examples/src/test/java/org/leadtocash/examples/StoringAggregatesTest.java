package org.leadtocash.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.examples.LeadToCashStory.CONTRACT;
import static org.leadtocash.examples.LeadToCashStory.LEAD;
import static org.leadtocash.examples.LeadToCashStory.OPPORTUNITY;
import static org.leadtocash.examples.LeadToCashStory.ZHANG_AR;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.examples.store.JdbcEventStore;

/** The README's "Storing aggregates" fragment is {@link StoringAggregates}, and it works on H2. */
@DisplayName("The README's storing fragment compiles, is quoted verbatim and works on H2")
class StoringAggregatesTest {

  @Test
  @DisplayName("the README quotes StoringAggregates.java verbatim")
  void readmeQuotesTheFragment() throws IOException {
    ReadmeQuotes.assertQuoted("StoringAggregates");
  }

  @Test
  @DisplayName("convert appends both streams, revise appends at the next version (D2.7, D3.5)")
  void convertThenRevise() {
    JdbcEventStore store = StorageStory.inMemoryStore();
    StorageStory.Commands story = StorageStory.commands();
    store.append(story.lead().append());
    Instant converted = story.conversion().lead().state().lastEventAt();
    StoringAggregates.convert(store, story.lead().state(), OPPORTUNITY, ZHANG_AR, converted);
    assertEquals(story.conversion().lead().state().version(), store.version(LEAD));
    assertEquals(1, store.version(OPPORTUNITY));

    Opportunity revised =
        StoringAggregates.revise(
            store, OPPORTUNITY, LeadToCashStory.cny(11_000_000), converted.plusSeconds(60));
    assertEquals(2, revised.version());
    assertEquals(LeadToCashStory.cny(11_000_000), revised.amount());
    assertEquals(revised, Opportunity.replay(store.load(OPPORTUNITY, OpportunityEvent.class)));
    assertEquals(
        story.conversion().lead().state(),
        org.leadtocash.domain.lead.Lead.replay(store.load(LEAD, LeadEvent.class)));
  }

  @Test
  @DisplayName("a snapshot and the rows after it load the contract its whole history gives (D5)")
  void snapshotAndRowsAfterIt() {
    JdbcEventStore store = StorageStory.inMemoryStore();
    StorageStory.Commands story = StorageStory.commands();
    StorageStory.store(store, story);
    assertEquals(story.contract().state(), StoringAggregates.load(store, CONTRACT));
    List<ContractEvent> rows = store.load(CONTRACT, ContractEvent.class);
    for (int version = 1; version <= rows.size(); version++) {
      store.saveSnapshot(Contract.replay(rows.subList(0, version)));
      assertEquals(story.contract().state(), StoringAggregates.load(store, CONTRACT));
    }
  }

  @Test
  @DisplayName("the mapper with an upcaster still reads today's events as they are")
  void mapperReadsTodaysEvents() throws IOException {
    StorageStory.Commands story = StorageStory.commands();
    for (ContractEvent event : story.contract().events()) {
      String json = StoringAggregates.json().writeValueAsString(event);
      assertEquals(event, StoringAggregates.json().readValue(json, DomainEvent.class));
    }
  }
}
