package org.leadtocash.domain.voice;

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
import org.leadtocash.testkit.voice.CustomerIssues;

/**
 * Random command sequences on a customer issue (DOMAIN D8.2), some dated before the latest event:
 * accepted commands keep every rule, refused ones throw a domain exception and change nothing, and
 * the events replay to an equal issue — the kit's {@link AggregateContract} over its issue model,
 * whose invariants are {@link CustomerIssues#checkRules} — and the generated issues reach every
 * status.
 *
 * <p>A snapshot taken after any command and the events after it rebuild the same issue (DOMAIN
 * D8.2); and a snapshot restored from every attribute of a generated issue equals it and continues
 * with the events after it (DOMAIN D8.2).
 */
class CustomerIssueProperties implements AggregateContract<CustomerIssue, IssueEvent> {

  @Override
  public AggregateModel<CustomerIssue, IssueEvent> model() {
    return CustomerIssues.model(Settings.standard());
  }

  @Property(tries = 200)
  void generatedIssuesReachEveryStatus(@ForAll CommandLog<CustomerIssue, IssueEvent> history) {
    CustomerIssues.checkRules(history);
    Statistics.label("status").collect(history.state().status());
    Statistics.label("status")
        .coverage(
            c -> {
              for (IssueStatus status : IssueStatus.values()) {
                c.check(status).count(n -> n > 0);
              }
            });
  }

  @Property(tries = 200)
  void aSnapshotAfterAnyCommandAndTheEventsAfterItReplayToTheCustomerIssue(
      @ForAll CommandLog<CustomerIssue, IssueEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<IssueEvent> events = history.events();
    List<List<IssueEvent>> batches = history.batches();
    int cut = 0;
    for (List<IssueEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    CustomerIssue snapshot = CustomerIssue.replay(events.subList(0, cut));
    assertEquals(cut, snapshot.version());
    assertEquals(
        history.state(), CustomerIssue.replay(snapshot, events.subList(cut, events.size())));
  }

  @Property(tries = 200)
  void restoringEveryAttributeGivesAnEqualCustomerIssue(
      @ForAll CommandLog<CustomerIssue, IssueEvent> history) {
    CustomerIssue stored = history.state();
    CustomerIssue restored = restoredFromEveryAttribute(stored);
    assertEquals(stored, restored);
    assertEquals(stored.hashCode(), restored.hashCode());
    assertEquals(stored, CustomerIssue.replay(restored, List.of()));
  }

  @Property(tries = 200)
  void aRestoredSnapshotContinuesWithTheEventsAfterIt(
      @ForAll CommandLog<CustomerIssue, IssueEvent> history,
      @ForAll @IntRange(min = 0, max = 10_000) int at) {
    List<IssueEvent> events = history.events();
    List<List<IssueEvent>> batches = history.batches();
    int cut = 0;
    for (List<IssueEvent> batch : batches.subList(0, 1 + at % batches.size())) {
      cut += batch.size();
    }
    CustomerIssue snapshot = CustomerIssue.replay(events.subList(0, cut));
    CustomerIssue restored = restoredFromEveryAttribute(snapshot);
    assertEquals(snapshot, restored);
    assertEquals(
        history.state(), CustomerIssue.replay(restored, events.subList(cut, events.size())));
  }

  /** Restores a state by setting each of its attributes, as a codec reading a snapshot does. */
  private static CustomerIssue restoredFromEveryAttribute(CustomerIssue stored) {
    return CustomerIssue.restore()
        .id(stored.id())
        .version(stored.version())
        .description(stored.description())
        .acceptedAt(stored.acceptedAt())
        .status(stored.status())
        .level(stored.level())
        .handler(stored.handler())
        .escalations(stored.escalations())
        .majorSince(stored.majorSince())
        .majorReason(stored.majorReason())
        .resolution(stored.resolution())
        .closedAt(stored.closedAt())
        .evaluation(stored.evaluation())
        .evaluatedAt(stored.evaluatedAt())
        .lastEventAt(stored.lastEventAt())
        .build();
  }
}
