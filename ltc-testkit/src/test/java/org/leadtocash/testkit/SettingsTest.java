package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.OrganisationLevel;

class SettingsTest {

  @Test
  @DisplayName(
      "the documented defaults: CNY, 2026 for 365 days, 2 x 3 x 4 offices of 5, 2 000 customers")
  void standard() {
    Settings standard = Settings.standard();
    assertEquals(java.util.List.of(CurrencyUnit.of("CNY")), standard.currencies());
    assertEquals(CurrencyUnit.of("USD"), standard.foreignCurrency());
    assertEquals(Instant.parse("2026-01-01T00:00:00Z"), standard.start());
    assertEquals(365, standard.days());
    assertEquals(LocalDate.of(2027, 1, 1), standard.dates().getEnd());
    assertEquals(24, standard.offices().size());
    assertEquals(6, standard.organisation().units(OrganisationLevel.REGION).size());
    assertEquals(120, standard.accountManagers().size());
    assertEquals(2_000, standard.customers());
  }

  @Test
  @DisplayName("settings are values; a with-method changes one setting")
  void values() {
    Settings euro = Settings.standard().withCurrencies(CurrencyUnit.EUR, CurrencyUnit.USD);
    assertEquals(euro, Settings.standard().withCurrencies(CurrencyUnit.EUR, CurrencyUnit.USD));
    assertEquals(
        euro.hashCode(),
        Settings.standard().withCurrencies(CurrencyUnit.EUR, CurrencyUnit.USD).hashCode());
    assertNotEquals(Settings.standard(), euro);
    assertEquals(CurrencyUnit.of("CNY"), euro.foreignCurrency());
    assertEquals(Settings.standard().window(), euro.window());
  }

  @Test
  @DisplayName("impossible settings are refused")
  void refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Settings.standard().withCurrencies(CurrencyUnit.EUR, CurrencyUnit.EUR));
    assertThrows(
        IllegalArgumentException.class, () -> Settings.standard().withWindow(Instant.EPOCH, 30));
    assertThrows(
        IllegalArgumentException.class, () -> Settings.standard().withOrganisation(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> Settings.standard().withCustomers(0));
  }
}
