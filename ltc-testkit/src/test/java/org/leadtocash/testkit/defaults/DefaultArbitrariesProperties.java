package org.leadtocash.testkit.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.contract.ContractStatus;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.opportunity.Gate;
import org.leadtocash.domain.opportunity.GateDecision;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.testkit.Settings;

/**
 * With the kit on the class path, the library's types are jqwik's default arbitraries under the
 * standard settings: no {@code @Provide}, no domain.
 */
class DefaultArbitrariesProperties {

  private static final Settings STANDARD = Settings.standard();

  @Property(tries = 30)
  void theLibrarysTypesAreDefaultArbitraries(
      @ForAll Opportunity opportunity,
      @ForAll Contract contract,
      @ForAll GateDecision decision,
      @ForAll Lead lead,
      @ForAll Money money) {
    assertEquals(CurrencyUnit.of("CNY"), opportunity.amount().getCurrencyUnit());
    assertTrue(STANDARD.window().contains(opportunity.openedAt()), "opened in the window");
    assertTrue(STANDARD.window().contains(lead.createdAt()), "created in the window");
    assertEquals(CurrencyUnit.of("CNY"), money.getCurrencyUnit());
    assertEquals(decision, decision, "a decision recorded by an opportunity");
    if (contract.status().isAtLeast(ContractStatus.SIGNED)) {
      GateDecision atc = contract.atc().orElseThrow();
      assertEquals(Gate.ATC, atc.gate());
      assertEquals(contract.opportunity(), atc.opportunity(), "signed under its own ATC");
    }
  }

  @Property(tries = 30)
  void genericTypesWithTheCataloguesArgumentsToo(@ForAll Transition<Lead, LeadEvent> transition) {
    assertEquals(transition.state(), Lead.replay(transition.events()));
    assertEquals(transition.events().size(), transition.state().version());
  }
}
