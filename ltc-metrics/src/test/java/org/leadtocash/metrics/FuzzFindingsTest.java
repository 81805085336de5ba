package org.leadtocash.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.KpiId;
import org.leadtocash.metrics.efficiency.TimeSplit;
import org.leadtocash.metrics.finance.OperatingUnit;
import org.leadtocash.metrics.finance.ProfitRecord;

/**
 * The defects the fuzz tests of issue 12 §6 found in {@code ltc-metrics}: a refused DOMAIN section
 * was quoted raw, so that a control character reached the message (issue 12 §5); a null entry
 * reached the code unchecked.
 */
class FuzzFindingsTest {

  @Test
  @DisplayName("a KPI's section that is not a DOMAIN section is quoted escaped (DOMAIN D12)")
  void kpiDefinitionSection() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new KpiDefinition(
                    KpiId.of("WIN_RATE"),
                    "win rate",
                    KpiUnit.RATE,
                    "closed opportunities",
                    "the period",
                    EmptyPopulation.NO_DATA,
                    "won / (won + lost)",
                    "D12\n[DOMAIN D7.8] access granted"));
    assertTrue(e.getMessage().contains("D12\\n[DOMAIN D7.8] access granted"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  @DisplayName(
      "the time split of a null entry, and a profit record of a null array of units, are refused"
          + " naming the parameter, as the factories' fuzzing found (DOMAIN D11.6, D12)")
  void timeSplitOfNull() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> TimeSplit.of(null));
    assertEquals("entry", e.getMessage());
    NullPointerException units =
        assertThrows(
            NullPointerException.class,
            () ->
                ProfitRecord.of(
                    LocalDate.of(2026, 1, 5),
                    Money.of(CurrencyUnit.of("CNY"), 1),
                    Money.of(CurrencyUnit.of("CNY"), 1),
                    (OperatingUnit[]) null));
    assertEquals("units", units.getMessage());
  }
}
