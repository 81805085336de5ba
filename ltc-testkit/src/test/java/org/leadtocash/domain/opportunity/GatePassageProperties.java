package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractStatus;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.opportunity.Opportunities;

/**
 * The evidence that an opportunity passed a gate exists exactly when it did (DOMAIN D3.2), at every
 * step of random opportunity histories, and a contract is signed with a passage exactly when it is
 * the passage of ATC its own opportunity issued (DOMAIN D5.1).
 */
class GatePassageProperties {

  /**
   * After every command of a random history, the opportunity issues the passage of a gate exactly
   * when the latest {@link GateDecided} of that gate in its events approved it — a reference read
   * from the events, not from the state — and the passage carries the opportunity's id, customer,
   * version and latest event, and that decision.
   */
  @Property(tries = 200)
  void aPassageExistsExactlyWhenTheGateWasPassed(
      @ForAll CommandLog<Opportunity, OpportunityEvent> history) {
    List<OpportunityEvent> events = new ArrayList<>();
    Map<Gate, GateDecision> latest = new EnumMap<>(Gate.class);
    for (List<OpportunityEvent> batch : history.batches()) {
      events.addAll(batch);
      for (OpportunityEvent event : batch) {
        if (event instanceof GateDecided decided) {
          latest.put(decided.decision().gate(), decided.decision());
        }
      }
      Opportunity o = Opportunity.replay(events);
      for (Gate gate : Gate.values()) {
        Optional<GateDecision> passing =
            Optional.ofNullable(latest.get(gate)).filter(GateDecision::passes);
        Optional<GatePassage> passage = o.passage(gate);
        assertEquals(passing.isPresent(), passage.isPresent(), gate + " of " + o);
        assertEquals(o.passed(gate), passage.isPresent(), gate + " of " + o);
        if (passage.isPresent()) {
          GatePassage p = passage.get();
          assertEquals(gate, p.gate());
          assertEquals(o.id(), p.opportunity());
          assertEquals(o.customer(), p.customer());
          assertEquals(o.version(), p.opportunityVersion());
          assertEquals(o.lastEventAt(), p.asOf());
          assertEquals(passing.get(), p.decision());
        }
      }
      assertEquals(o.passage(Gate.ATC), o.contractApproval());
    }
    Statistics.label("gates passed at the end").collect(history.state().passedGates().size());
    Statistics.label("gates passed at the end")
        .coverage(
            c -> {
              for (int passed = 0; passed <= 3; passed++) {
                c.check(passed).count(n -> n > 0);
              }
            });
  }

  /** An opportunity taken through ATC, and a passage its contract may be offered. */
  record Offer(Opportunity opportunity, GatePassage passage) {}

  @Provide
  Arbitrary<Offer> offers() {
    Settings settings = Settings.standard();
    Arbitrary<Opportunity> approved = Opportunities.throughAtc(settings);
    return Arbitraries.frequencyOf(
        Tuple.of(
            2,
            Combinators.combine(approved, Arbitraries.of(Gate.values()))
                .as((o, g) -> new Offer(o, o.passage(g).orElseThrow()))),
        Tuple.of(1, Combinators.combine(approved, Opportunities.passages(settings)).as(Offer::new)),
        Tuple.of(
            1,
            Combinators.combine(approved, Opportunities.contractApprovals(settings))
                .as(Offer::new)));
  }

  /**
   * A contract drafted for an opportunity that passed ATC is signed with a passage exactly when it
   * is the passage of ATC, issued by the contract's opportunity, for its customer; any other is
   * refused naming D5.1 and changes nothing.
   */
  @Property(tries = 200)
  void aContractIsSignedOnlyWithItsOwnOpportunitysPassageOfAtc(@ForAll("offers") Offer offer) {
    Opportunity o = offer.opportunity();
    GatePassage passage = offer.passage();
    Contract drafted =
        Contract.draft(
                ContractId.of("CT-PROPERTY"),
                o.id(),
                o.customer(),
                o.amount(),
                List.of(),
                List.of(),
                o.lastEventAt())
            .state();
    boolean evidence =
        passage.gate() == Gate.ATC
            && passage.opportunity().equals(o.id())
            && passage.customer().equals(o.customer());
    Statistics.label("evidence").collect(evidence ? "own ATC" : "other " + passage.gate());
    Statistics.label("evidence")
        .coverage(
            c -> {
              c.check("own ATC").count(n -> n > 0);
              c.check("other ATI").count(n -> n > 0);
              c.check("other ATB").count(n -> n > 0);
              c.check("other ATC").count(n -> n > 0);
            });
    var at = o.lastEventAt().plus(Duration.ofDays(1));
    if (evidence) {
      Contract signed = drafted.sign(passage, at).state();
      assertEquals(ContractStatus.SIGNED, signed.status());
      assertEquals(Optional.of(passage.decision()), signed.atc());
    } else {
      RuleViolationException refusal =
          assertThrows(RuleViolationException.class, () -> drafted.sign(passage, at));
      assertEquals(RuleId.D5_1, refusal.rule());
      assertTrue(refusal.getMessage().contains("[DOMAIN D5.1]"), refusal.getMessage());
      assertEquals(ContractStatus.DRAFTED, drafted.status());
    }
  }
}
