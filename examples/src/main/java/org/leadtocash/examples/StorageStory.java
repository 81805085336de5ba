package org.leadtocash.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadConversion;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.examples.store.JdbcEventStore;
import org.leadtocash.examples.store.JsonCodec;

/**
 * The {@link LeadToCashStory} as a host stores it: every command's events appended to the
 * aggregate's stream in a database, at the version the stream must be at, the lead's conversion as
 * one transaction over two streams — and read back.
 */
public final class StorageStory {

  private StorageStory() {}

  /** {@return a new, empty embedded H2 database in memory, kept until the JVM ends; never null} */
  public static JdbcDataSource inMemoryDatabase() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:ltc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return database;
  }

  /** {@return a store of JSON events on a new in-memory database; never null} */
  public static JdbcEventStore inMemoryStore() {
    return JdbcEventStore.open(inMemoryDatabase(), JsonCodec.strict());
  }

  /**
   * The story's commands, one transition per command, in the order a host stores them.
   *
   * @param lead the lead's story up to its nurturing, one transition (its events in order)
   * @param conversion the conversion: the converted lead and the opened opportunity
   * @param opportunity the opportunity's commands after its opening, to ATC
   * @param contract the contract's story from its draft to its closure
   */
  public record Commands(
      Transition<Lead, LeadEvent> lead,
      LeadConversion conversion,
      List<Transition<Opportunity, OpportunityEvent>> opportunity,
      Transition<Contract, ContractEvent> contract) {

    /**
     * Checks that no part is null and copies the list.
     *
     * @param lead the lead's story up to its nurturing
     * @param conversion the conversion
     * @param opportunity the opportunity's commands after its opening
     * @param contract the contract's story
     */
    public Commands {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(conversion, "conversion");
      opportunity = List.copyOf(opportunity);
      Objects.requireNonNull(contract, "contract");
    }

    /** {@return the opportunity as the story leaves it: won, ATC passed} */
    public Opportunity wonOpportunity() {
      return opportunity.get(opportunity.size() - 1).state();
    }
  }

  /** {@return the story's commands, from the lead in the budget table to the closed contract} */
  public static Commands commands() {
    Transition<Lead, LeadEvent> lead =
        LeadToCashStory.leadFromBudgetTable()
            .then(LeadToCashStory::validate)
            .then(LeadToCashStory::nurture);
    LeadConversion conversion = LeadToCashStory.convert(lead.state());
    List<Function<Opportunity, Transition<Opportunity, OpportunityEvent>>> steps =
        List.of(
            o -> LeadToCashStory.verify(o, LeadToCashStory.staffTriangle()),
            LeadToCashStory::passAti,
            LeadToCashStory::passAtb,
            LeadToCashStory::win,
            LeadToCashStory::passAtc);
    List<Transition<Opportunity, OpportunityEvent>> opportunity = new ArrayList<>();
    Opportunity current = conversion.opportunity().state();
    for (Function<Opportunity, Transition<Opportunity, OpportunityEvent>> step : steps) {
      Transition<Opportunity, OpportunityEvent> t = step.apply(current);
      opportunity.add(t);
      current = t.state();
    }
    Opportunity won = current;
    Transition<Contract, ContractEvent> contract =
        LeadToCashStory.draftContract()
            .then(c -> LeadToCashStory.sign(c, won.contractApproval().orElseThrow()))
            .then(LeadToCashStory::handOver)
            .then(LeadToCashStory::invoiceAndCollect)
            .then(LeadToCashStory::acceptAndClose);
    return new Commands(lead, conversion, opportunity, contract);
  }

  /**
   * Stores the story's commands, one append per command — the conversion's two streams in one.
   *
   * @param store the store; not null
   * @param commands the commands; not null
   */
  public static void store(JdbcEventStore store, Commands commands) {
    store.append(commands.lead().append());
    store.append(commands.conversion().appends());
    for (Transition<Opportunity, OpportunityEvent> step : commands.opportunity()) {
      store.append(step.append());
    }
    store.append(commands.contract().append());
  }
}
