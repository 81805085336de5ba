package org.leadtocash.domain.opportunity;

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
 * event is refused before anything else, even once the opportunity has ended, and the signing a
 * forecast expects is not before the opportunity was opened (D3.5). The opportunity opens on day 0
 * (09:00 UTC).
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
