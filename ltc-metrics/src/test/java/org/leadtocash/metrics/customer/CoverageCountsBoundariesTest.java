package org.leadtocash.metrics.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The counts behind relationship coverage at the exact edges of their checks (DOMAIN D12, D7.3):
 * every count is at least 0, seven decision roles per chain, eight procurement steps per
 * organisational relationship, and no more coached chains or organisations than chains. Each part
 * is accepted at its largest valid value and refused one above it (and at -1), with the message.
 */
class CoverageCountsBoundariesTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName(
      "DOMAIN D12: two chains cover at most 14 roles; 15 or -1 are refused, naming 0 to 14")
  void rolesCoveredEdge() {
    assertEquals(14, new CoverageCounts(2, 14, 0, 0, 0, 0, 0, 0, 0).rolesCovered());
    assertEquals(0, new CoverageCounts(2, 0, 0, 0, 0, 0, 0, 0, 0).rolesCovered());
    assertEquals(
        "covered roles are 0 to 14, not 15",
        refused(() -> new CoverageCounts(2, 15, 0, 0, 0, 0, 0, 0, 0)));
    assertEquals(
        "covered roles are 0 to 14, not -1",
        refused(() -> new CoverageCounts(2, -1, 0, 0, 0, 0, 0, 0, 0)));
  }

  @Test
  @DisplayName("DOMAIN D12: two chains have at most two coached; three or -1 are refused")
  void coachedChainsEdge() {
    assertEquals(2, new CoverageCounts(2, 0, 2, 0, 0, 0, 0, 0, 0).coachedChains());
    assertEquals(
        "coached chains are 0 to 2, not 3",
        refused(() -> new CoverageCounts(2, 0, 3, 0, 0, 0, 0, 0, 0)));
    assertEquals(
        "coached chains are 0 to 2, not -1",
        refused(() -> new CoverageCounts(2, 0, -1, 0, 0, 0, 0, 0, 0)));
  }

  @Test
  @DisplayName("DOMAIN D12: two chains bring at most two organisations; three are refused")
  void organisationsEdge() {
    assertEquals(2, new CoverageCounts(2, 0, 0, 0, 0, 0, 0, 2, 0).organisations());
    assertEquals(
        "organisations are 0 to 2, not 3",
        refused(() -> new CoverageCounts(2, 0, 0, 0, 0, 0, 0, 3, 0)));
  }

  @Test
  @DisplayName(
      "DOMAIN D7.3: two organisations have at most 16 steps taken part in; 17 or -1 refused")
  void stepsTakenPartEdge() {
    assertEquals(16, new CoverageCounts(2, 0, 0, 0, 0, 0, 0, 2, 16).stepsTakenPart());
    assertEquals(
        "procurement steps taken part in are 0 to 16, not 17",
        refused(() -> new CoverageCounts(2, 0, 0, 0, 0, 0, 0, 2, 17)));
    assertEquals(
        "procurement steps taken part in are 0 to 16, not -1",
        refused(() -> new CoverageCounts(2, 0, 0, 0, 0, 0, 0, 2, -1)));
  }

  @Test
  @DisplayName("DOMAIN D12: each count of chains, stances and organisations is refused at -1")
  void negativeCountsRefused() {
    String message = "coverage counts are not negative";
    assertEquals(message, refused(() -> new CoverageCounts(-1, 0, 0, 0, 0, 0, 0, 0, 0)));
    assertEquals(message, refused(() -> new CoverageCounts(0, 0, 0, -1, 0, 0, 0, 0, 0)));
    assertEquals(message, refused(() -> new CoverageCounts(0, 0, 0, 0, -1, 0, 0, 0, 0)));
    assertEquals(message, refused(() -> new CoverageCounts(0, 0, 0, 0, 0, -1, 0, 0, 0)));
    assertEquals(message, refused(() -> new CoverageCounts(0, 0, 0, 0, 0, 0, -1, 0, 0)));
    assertEquals(message, refused(() -> new CoverageCounts(0, 0, 0, 0, 0, 0, 0, -1, 0)));
  }

  @Test
  @DisplayName("DOMAIN D12: adding counts adds each of the nine counts on its own")
  void plusAddsEachCount() {
    CoverageCounts first = new CoverageCounts(1, 7, 1, 2, 3, 4, 5, 1, 8);
    CoverageCounts second = new CoverageCounts(2, 10, 1, 20, 30, 40, 50, 2, 11);
    assertEquals(new CoverageCounts(3, 17, 2, 22, 33, 44, 55, 3, 19), first.plus(second));
    assertEquals(first, first.plus(CoverageCounts.NONE));
  }
}
