package org.leadtocash.domain.lead;

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
import org.leadtocash.testkit.lead.Leads;

/**
 * Random command sequences on a lead (DOMAIN D2): accepted commands keep every rule, refused ones
 * throw a domain exception and change nothing, and the events replay to an equal lead — the kit's
 * {@link AggregateContract} over the kit's lead model — and the generated leads reach every status.
 *
 * <p>A snapshot taken after any command and the events after it rebuild the same lead (DOMAIN
 * D2.4); and a snapshot restored from every attribute of a generated lead equals it and continues
 * with the events after it (DOMAIN D2).
 */
class LeadProperties implements AggregateContract<Lead, LeadEvent> {

  @Override
  public AggregateModel<Lead, LeadEvent> model() {
    return Leads.model(Settings.standard());
  }

  @Property(tries = 300)
  void generatedLeadsReachEveryStatus(@ForAll CommandLog<Lead, LeadEvent> history) {
    Leads.checkRules(history);
    Statistics.label("status").collect(history.state().status());
    Statistics.label("status")
        .coverage(
            c -> {
              for (LeadStatus status : LeadStatus.values()) {
                c.check(status).count(n -> n > 0);
              }
            });
  }

  @Property(tries = 200)
  void aSnapshotAfterAnyCommandAndTheEventsAfterItReplayToTheLead(
      @ForAll CommandLog<Lead, LeadEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<LeadEvent> events = history.events();
    List<List<LeadEvent>> batches = history.batches();
    int cut = 0;
    for (List<LeadEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    Lead snapshot = Lead.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(history.state(), Lead.replay(snapshot, events.subList(cut, events.size())));
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualLead(@ForAll Lead lead) {
    Lead restored = restoredFromEveryAttribute(lead);
    assertEquals(lead, restored);
    assertEquals(lead.hashCode(), restored.hashCode());
    assertEquals(lead, Lead.replay(restored, List.of()));
    Statistics.label("status").collect(lead.status());
  }

  @Property(tries = 200)
  void aRestoredSnapshotContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<Lead, LeadEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<LeadEvent> events = history.events();
    int cut = 1 + at % events.size();
    Lead snapshot = Lead.replay(events.subList(0, cut));
    Lead restored = restoredFromEveryAttribute(snapshot);
    assertEquals(snapshot, restored);
    assertEquals(history.state(), Lead.replay(restored, events.subList(cut, events.size())));
  }

  /** Restores a lead by setting each of its attributes, as a codec reading a snapshot does. */
  private static Lead restoredFromEveryAttribute(Lead stored) {
    return Lead.restore()
        .id(stored.id())
        .version(stored.version())
        .profile(stored.profile())
        .creator(stored.creator())
        .createdAt(stored.createdAt())
        .status(stored.status())
        .leadManager(stored.leadManager())
        .budget(stored.budget())
        .validation(stored.validation())
        .nurturingOwner(stored.nurturingOwner())
        .nurturingHistory(stored.nurturingHistory())
        .statusReason(stored.statusReason())
        .opportunity(stored.opportunity())
        .lastEventAt(stored.lastEventAt())
        .build();
  }
}
