package org.leadtocash.domain.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.OTHER;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.RIVAL;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.day;
import static org.leadtocash.domain.opportunity.OpportunityFixtures.opened;
import static org.leadtocash.domain.testing.DomainAssertions.assertRefused;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.RuleViolationException;

/**
 * A loss records the award split as the command checks it (DOMAIN D3.5): in the opportunity's
 * currency, naming only recorded competitors — refused as a broken rule, not left to the state's
 * own check.
 */
class OpportunityLossSplitTest {

  @Test
  @DisplayName("DOMAIN D3.5: a loss's split names recorded competitors only, in the currency")
  void lossSplitIsChecked() {
    Opportunity contested = opened().addCompetitor(RIVAL, day(1)).state();
    AwardSplit namesAStranger =
        AwardSplit.builder()
            .ours(cny(1_000_000))
            .putCompetitor(RIVAL, cny(6_000_000))
            .putCompetitor(OTHER, cny(1_000_000))
            .build();
    RuleViolationException stranger =
        assertRefused(
            RuleViolationException.class,
            "D3.5",
            contested,
            o -> o.lose(RIVAL, "price", namesAStranger, day(2)));
    assertTrue(stranger.getMessage().contains("names CO-OTHER"), stranger.getMessage());
    // the message names the aggregate, its state and the command (CONTRIBUTING, "Aggregates")
    assertTrue(
        stranger.getMessage().startsWith("Opportunity OP-1 (OPEN in VERIFY) refused 'lose': "),
        stranger.getMessage());
    AwardSplit inDollars =
        AwardSplit.builder()
            .ours(Money.of(CurrencyUnit.USD, 1))
            .putCompetitor(RIVAL, Money.of(CurrencyUnit.USD, 7))
            .build();
    RuleViolationException dollars =
        assertRefused(
            RuleViolationException.class,
            "D3.5",
            contested,
            o -> o.lose(RIVAL, "price", inDollars, day(2)));
    assertTrue(
        dollars.getMessage().contains("in USD, the opportunity in CNY"), dollars.getMessage());
    AwardSplit fair =
        AwardSplit.builder().ours(cny(1_000_000)).putCompetitor(RIVAL, cny(7_000_000)).build();
    assertEquals(
        OpportunityStatus.LOST, contested.lose(RIVAL, "price", fair, day(2)).state().status());
  }
}
