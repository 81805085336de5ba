package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.Rate;
import org.leadtocash.domain.voice.DimensionScore;

/**
 * The customer KPIs' result values at the edges of their own checks (DOMAIN D12, D8.3): counts of
 * people are accepted at 0 and refused at -1, and satisfaction indices hold one score per dimension
 * in the dimensions' order, with the message naming what is wrong.
 */
class CustomerValueChecksTest {

  private static final Rate SOME = Rate.of(1, 2);

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D12: no key person of any stance is accepted; -1 of any stance is refused")
  void coverageFiguresCountPeopleFromZero() {
    assertEquals(0, new CoverageFigures(SOME, SOME, SOME, 0, 0, 0, 0).people());
    String message = "counts of people are not negative";
    assertEquals(message, refused(() -> new CoverageFigures(SOME, SOME, SOME, -1, 0, 0, 0)));
    assertEquals(message, refused(() -> new CoverageFigures(SOME, SOME, SOME, 0, -1, 0, 0)));
    assertEquals(message, refused(() -> new CoverageFigures(SOME, SOME, SOME, 0, 0, -1, 0)));
    assertEquals(message, refused(() -> new CoverageFigures(SOME, SOME, SOME, 0, 0, 0, -1)));
  }

  @Test
  @DisplayName("DOMAIN D8.3: indices with a dimension missing, or out of order, are refused")
  void satisfactionIndicesHoldEveryDimensionInOrder() {
    List<DimensionScore> all = SatisfactionIndices.NONE.scores();
    assertEquals(all, new SatisfactionIndices(all).scores());
    String message = "satisfaction indices hold one score per dimension, in order (DOMAIN D8.3)";
    assertEquals(message, refused(() -> new SatisfactionIndices(all.subList(1, all.size()))));
    List<DimensionScore> swapped = new ArrayList<>(all);
    swapped.set(0, all.get(1));
    swapped.set(1, all.get(0));
    assertEquals(message, refused(() -> new SatisfactionIndices(swapped)));
  }
}
