package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.date;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * Time only moves forward inside an opportunity (DOMAIN D3.1): a command dated before the latest
 * event is refused before anything else, even once the opportunity has ended, and the dates a
 * command plans — an expected signing (D3.5), a gate's date (D3.2) — are not before the opportunity
 * was opened. The opportunity opens on day 0 (09:00 UTC).
 */
class OpportunityDatesTest {

  @Test
  @DisplayName(
      "a forecast expecting the signing ten years before the opportunity opened is refused (DOMAIN"
          + " D3.5)")
  void signingBeforeOpening() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D3.5",
            opened(),
            o ->
                o.forecast(
                    cny(8_000_000), date(0).minusYears(10), Probability.ofPercent(30), day(1)));
    assertTrue(
        refused.getMessage().contains("the expected signing date " + date(0).minusYears(10)),
        refused.getMessage());
  }

  @Test
  @DisplayName("a gate planned for before the opportunity opened is refused (DOMAIN D3.2)")
  void gatePlannedBeforeOpening() {
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D3.2",
            opened(),
            o -> o.planGate(Gate.ATI, date(-2), day(1)));
    assertTrue(
        refused.getMessage().contains("ATI is planned on " + date(-2)), refused.getMessage());
    assertEquals(
        date(-1),
        opened().planGate(Gate.ATI, date(-1), day(1)).state().plannedGates().get(Gate.ATI),
        "opened at 09:00 UTC, the day before is still the opening's date at UTC-18:00");
  }

  @Test
  @DisplayName(
      "a command dated before the latest event is refused for its time, naming D3.1, even once the"
          + " opportunity has ended")
  void timeFirstEvenWhenEnded() {
    Opportunity abandoned = opened().abandon("no budget this year", day(3)).state();
    RuleViolationException refused =
        assertRefused(
            RuleViolationException.class,
            "D3.1",
            abandoned,
            o -> o.cancel("the customer withdrew", day(3).minus(Duration.ofNanos(1))));
    assertTrue(refused.getMessage().contains("time only moves forward"), refused.getMessage());
  }
}
