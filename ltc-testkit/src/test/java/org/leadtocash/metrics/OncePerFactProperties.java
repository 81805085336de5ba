package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractEvent;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.opportunity.OpportunityEvent;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.IssueEvent;
import org.leadtocash.metrics.customer.IssueClosureTime;
import org.leadtocash.metrics.dashboard.PipelineFunnel;
import org.leadtocash.metrics.dashboard.SalesFigures;
import org.leadtocash.metrics.dashboard.SalesWatch;
import org.leadtocash.metrics.dashboard.WatchedOpportunities;
import org.leadtocash.metrics.finance.CollectionRate;
import org.leadtocash.metrics.finance.Orders;
import org.leadtocash.metrics.finance.OverdueReceivables;
import org.leadtocash.metrics.finance.Revenue;
import org.leadtocash.metrics.sales.DecisionCycle;
import org.leadtocash.metrics.sales.DecisionTimeliness;
import org.leadtocash.metrics.sales.HeadToHead;
import org.leadtocash.metrics.sales.MarketShare;
import org.leadtocash.metrics.sales.PipelineCoverage;
import org.leadtocash.metrics.sales.SuppressionRatio;
import org.leadtocash.metrics.sales.WinRate;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.testkit.CommandLog;

/**
 * Every KPI over aggregate states counts each fact once under a host's at-least-once delivery
 * (DOMAIN D12): any delivery of the states the kit's histories went through — each state one to
 * three times, stale versions shuffled in among later ones — gives, through {@link OncePerFact},
 * the KPI's result over each aggregate's latest state once; and the watched sales figures, kept
 * incrementally, are exact and unchanged when the whole delivery is replayed.
 */
class OncePerFactProperties {

  @Property(tries = 40)
  @Label("the contract KPIs count each contract once, at its latest version")
  void contractKpisCountEachContractOnce(
      @ForAll @Size(max = 5) List<CommandLog<Contract, ContractEvent>> histories,
      @ForAll Orders orders,
      @ForAll Revenue revenue,
      @ForAll CollectionRate collection,
      @ForAll OverdueReceivables overdue,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    Delivery<Contract> delivery = Delivery.of(histories, Contract::replay, seed);
    delivery.countsOnce(orders, cuts);
    delivery.countsOnce(revenue, cuts);
    delivery.countsOnce(collection, cuts);
    delivery.countsOnce(overdue, cuts);
  }

  @Property(tries = 40)
  @Label("the opportunity KPIs count each opportunity once, at its latest version")
  void opportunityKpisCountEachOpportunityOnce(
      @ForAll @Size(max = 5) List<CommandLog<Opportunity, OpportunityEvent>> histories,
      @ForAll WinRate winRate,
      @ForAll PipelineFunnel funnel,
      @ForAll DecisionTimeliness timeliness,
      @ForAll DecisionCycle cycle,
      @ForAll MarketShare share,
      @ForAll PipelineCoverage coverage,
      @ForAll SalesWatch watch,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    Delivery<Opportunity> delivery = Delivery.of(histories, Opportunity::replay, seed);
    delivery.countsOnce(winRate, cuts);
    delivery.countsOnce(funnel, cuts);
    delivery.countsOnce(timeliness, cuts);
    delivery.countsOnce(cycle, cuts);
    delivery.countsOnce(share, cuts);
    delivery.countsOnce(coverage, cuts);
    delivery.countsOnce(watch, cuts);
  }

  @Property(tries = 40)
  @Label("the competitor KPIs count each opportunity once, at its latest version")
  void competitorKpisCountEachOpportunityOnce(
      @ForAll @Size(max = 5) List<CommandLog<Opportunity, OpportunityEvent>> histories,
      @ForAll HeadToHead headToHead,
      @ForAll SuppressionRatio suppression,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    Delivery<Opportunity> delivery = Delivery.of(histories, Opportunity::replay, seed);
    delivery.countsOnce(headToHead, cuts);
    delivery.countsOnce(suppression, cuts);
  }

  @Property(tries = 40)
  @Label("the issue closure time counts each issue once, at its latest version")
  void issueKpisCountEachIssueOnce(
      @ForAll @Size(max = 5) List<CommandLog<CustomerIssue, IssueEvent>> histories,
      @ForAll IssueClosureTime closure,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    Delivery.of(histories, CustomerIssue::replay, seed).countsOnce(closure, cuts);
  }

  @Property(tries = 60)
  @Label(
      "the watched sales figures, kept one state at a time, equal the watch over each"
          + " opportunity's latest state; replaying the delivery leaves them unchanged")
  void watchedFiguresAreExactUnderReplays(
      @ForAll @Size(max = 5) List<CommandLog<Opportunity, OpportunityEvent>> histories,
      @ForAll SalesWatch watch,
      @ForAll long seed) {
    Delivery<Opportunity> delivery = Delivery.of(histories, Opportunity::replay, seed);
    WatchedOpportunities watched = WatchedOpportunities.of(watch);
    for (Opportunity state : delivery.delivered) {
      watched = watched.offer(state);
    }
    SalesFigures expected = watch.empty();
    for (Opportunity latest : delivery.latest) {
      expected = watch.add(expected, latest);
    }
    assertEquals(expected, watched.figures());
    assertEquals(delivery.latest.size(), watched.size());
    WatchedOpportunities replayed = watched;
    for (Opportunity state : delivery.delivered) {
      replayed = replayed.offer(state);
    }
    assertEquals(watched.figures(), replayed.figures(), "a change replayed changes nothing");
  }

  /** The states of some histories, and an at-least-once delivery of them. */
  private static final class Delivery<S extends Aggregate<?, ?>> {
    private final List<S> latest;
    private final List<S> delivered;
    private final long seed;

    private Delivery(List<S> latest, List<S> delivered, long seed) {
      this.latest = latest;
      this.delivered = delivered;
      this.seed = seed;
    }

    /**
     * Every state each history went through (its batches' prefixes replayed), the first history of
     * each aggregate id only, each delivered one to three times, shuffled.
     */
    static <S extends Aggregate<?, E>, E extends DomainEvent> Delivery<S> of(
        List<CommandLog<S, E>> histories, Function<List<E>, S> replay, long seed) {
      Map<Object, CommandLog<S, E>> first = new LinkedHashMap<>();
      histories.forEach(h -> first.putIfAbsent(h.state().id(), h));
      Random random = new Random(seed);
      List<S> latest = new ArrayList<>();
      List<S> delivered = new ArrayList<>();
      for (CommandLog<S, E> history : first.values()) {
        List<E> events = new ArrayList<>();
        S state = null;
        for (List<E> batch : history.batches()) {
          events.addAll(batch);
          state = replay.apply(List.copyOf(events));
          for (int times = 1 + random.nextInt(3); times > 0; times--) {
            delivered.add(state);
          }
        }
        if (state != null) {
          latest.add(state);
        }
      }
      Collections.shuffle(delivered, random);
      return new Delivery<>(latest, delivered, seed);
    }

    <V> void countsOnce(Kpi<S, ?, V> kpi, List<Integer> cuts) {
      OncePerFact<S, V> once = OncePerFact.of(kpi);
      assertEquals(kpi.compute(latest), once.compute(delivered), kpi.definition().id().value());
      KpiLaws.check(once, delivered, cuts, seed);
    }
  }
}
