package org.leadtocash.testkit.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.joda.money.CurrencyUnit;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.testkit.Settings;

/**
 * A domain context of other settings wins over the default arbitraries for the kit's types, and
 * keeps jqwik's own arbitraries when used with the global context.
 */
@Domain(LeadToCashDomainProperties.InEuros.class)
@Domain(DomainContext.Global.class)
class LeadToCashDomainProperties {

  /** Euros, a window of 2030, and a small organisation: one area, two regions of two offices. */
  public static class InEuros extends LeadToCashDomain {

    static final Settings SETTINGS =
        Settings.standard()
            .withCurrencies(CurrencyUnit.EUR)
            .withWindow(Instant.parse("2030-01-01T00:00:00Z"), 200)
            .withOrganisation(1, 2, 2, 3);

    /** Creates the context. */
    public InEuros() {
      super(SETTINGS);
    }
  }

  @Property(tries = 30)
  void theDomainsSettingsWin(
      @ForAll Opportunity opportunity,
      @ForAll Contract contract,
      @ForAll @IntRange(min = 1, max = 3) int jqwiksOwn) {
    assertEquals(CurrencyUnit.EUR, opportunity.amount().getCurrencyUnit());
    assertEquals(CurrencyUnit.EUR, contract.currency());
    assertTrue(InEuros.SETTINGS.window().contains(opportunity.openedAt()), "in 2030");
    assertTrue(jqwiksOwn >= 1 && jqwiksOwn <= 3, "jqwik's arbitraries are kept");
  }

  @Property(tries = 5)
  void theOrganisationHasTheSettingsSize(@ForAll SalesOrganisation organisation) {
    assertEquals(4, organisation.units(OrganisationLevel.REPRESENTATIVE_OFFICE).size());
    assertEquals(2, organisation.units(OrganisationLevel.REGION).size());
    assertEquals(1, organisation.units(OrganisationLevel.AREA).size());
  }
}
