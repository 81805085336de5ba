package org.leadtocash.metrics.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.metrics.testing.China.BEIJING;
import static org.leadtocash.metrics.testing.China.CHINA;
import static org.leadtocash.metrics.testing.China.GUANGZHOU;
import static org.leadtocash.metrics.testing.China.NORTH;
import static org.leadtocash.metrics.testing.China.OFFICES;
import static org.leadtocash.metrics.testing.China.ORGANISATION;
import static org.leadtocash.metrics.testing.China.SOUTH;
import static org.leadtocash.metrics.testing.China.TIANJIN;
import static org.leadtocash.metrics.testing.Periods.days;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.common.SalesUnitId;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.metrics.Tally;
import org.leadtocash.metrics.sales.LeadConversionRate;
import org.leadtocash.metrics.testing.LeadRecords;

/** Roll-ups along the sales organisation (DOMAIN D9.5, D12). */
class RollUpTest {

  static final LeadConversionRate RATE = LeadConversionRate.in(days(0, 60));

  @Test
  @DisplayName("offices roll up into their region and area by merging, never recomputing")
  void workedExample() {
    Map<SalesUnitId, Tally> offices =
        Map.of(BEIJING, new Tally(2, 4), TIANJIN, new Tally(1, 1), GUANGZHOU, new Tally(0, 5));
    RollUp<Tally, Rate> rollUp = RollUp.of(RATE, ORGANISATION, offices);
    assertEquals(Rate.of(3, 5), rollUp.value(NORTH));
    assertEquals(Rate.of(0, 5), rollUp.value(SOUTH));
    assertEquals(Rate.of(3, 10), rollUp.value(CHINA));
    assertEquals(new Tally(3, 10), rollUp.accumulator(CHINA));
    assertEquals(6, rollUp.values().size());
  }

  @Test
  @DisplayName("KPIs roll up from representative offices only (DOMAIN D9.5)")
  void rollsUpFromOfficesOnly() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RollUp.of(RATE, ORGANISATION, Map.of(NORTH, Tally.NONE)));
  }

  @Test
  @DisplayName("DOMAIN D9.5: a unit outside the sales organisation has no accumulator, by name")
  void unknownUnitIsRefused() {
    RollUp<Tally, Rate> rollUp =
        RollUp.of(
            RATE,
            ORGANISATION,
            Map.of(BEIJING, new Tally(1, 2), TIANJIN, Tally.NONE, GUANGZHOU, Tally.NONE));
    assertEquals(new Tally(1, 2), rollUp.accumulator(NORTH));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class, () -> rollUp.accumulator(SalesUnitId.of("NOWHERE")));
    assertEquals("NOWHERE is not a unit of the sales organisation", unknown.getMessage());
  }

  @Property(tries = 50)
  void everyUnitEqualsTheKpiOverItsOfficesRecords(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 80) Integer> days,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 2) Integer> offices) {
    Map<SalesUnitId, List<Lead>> records = new LinkedHashMap<>();
    OFFICES.forEach(o -> records.put(o, new ArrayList<>()));
    for (int i = 0; i < Math.min(days.size(), offices.size()); i++) {
      records
          .get(OFFICES.get(offices.get(i)))
          .add(LeadRecords.lead(i, days.get(i), days.get(i) % 2 == 0));
    }
    Map<SalesUnitId, Tally> accumulators = new LinkedHashMap<>();
    records.forEach(
        (office, leads) -> {
          Tally tally = RATE.empty();
          for (Lead lead : leads) {
            tally = RATE.add(tally, lead);
          }
          accumulators.put(office, tally);
        });
    RollUp<Tally, Rate> rollUp = RollUp.of(RATE, ORGANISATION, accumulators);
    List<Lead> north = new ArrayList<>(records.get(BEIJING));
    north.addAll(records.get(TIANJIN));
    List<Lead> all = new ArrayList<>(north);
    all.addAll(records.get(GUANGZHOU));
    assertEquals(RATE.compute(north), rollUp.value(NORTH));
    assertEquals(RATE.compute(records.get(GUANGZHOU)), rollUp.value(SOUTH));
    assertEquals(RATE.compute(all), rollUp.value(CHINA));
  }
}
