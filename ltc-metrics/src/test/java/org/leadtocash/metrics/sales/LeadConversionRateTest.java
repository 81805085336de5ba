package org.leadtocash.metrics.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.metrics.ReportingPeriod;
import org.leadtocash.metrics.testing.KpiLaws;
import org.leadtocash.metrics.testing.LeadRecords;

/** The lead conversion rate (DOMAIN D12, D2.7), worked by hand and under the KPI laws. */
class LeadConversionRateTest {

  private static final EmployeeId ZHANG = EmployeeId.of("E-ZHANG");
  private static final ReportingPeriod JANUARY = days(0, 31);

  @Test
  @DisplayName("3 of the 4 leads created in January converted: 3/4; February's lead is not counted")
  void workedExample() {
    List<Lead> leads =
        List.of(
            LeadRecords.lead(1, 1, true),
            LeadRecords.lead(2, 5, true),
            LeadRecords.lead(3, 9, false),
            LeadRecords.lead(4, 30, true),
            LeadRecords.lead(5, 40, true));
    Rate rate = LeadConversionRate.in(JANUARY).compute(leads);
    assertEquals(Rate.of(3, 4), rate);
  }

  @Test
  @DisplayName("no lead in the period is 'no data', not zero")
  void empty() {
    Rate rate = LeadConversionRate.in(JANUARY).compute(List.of(LeadRecords.lead(1, 40, true)));
    assertFalse(rate.isDefined());
    assertEquals("lead-conversion-rate", LeadConversionRate.ID.value());
  }

  @Property(tries = 50)
  void mergingPartsEqualsTheWhole(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 60) Integer> days,
      @ForAll @Size(max = 4) List<Integer> cuts,
      @ForAll long seed) {
    List<Lead> leads = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      leads.add(LeadRecords.lead(i, days.get(i), days.get(i) % 3 != 0));
    }
    KpiLaws.check(LeadConversionRate.in(JANUARY), leads, cuts, seed);
  }
}
