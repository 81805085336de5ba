package org.leadtocash.domain.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leadtocash.domain.activity.ActivityFixtures.CFO;
import static org.leadtocash.domain.activity.ActivityFixtures.CTO;
import static org.leadtocash.domain.activity.ActivityFixtures.activity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A fatigue flag's own checks at their edges (DOMAIN D7.9): two different activities of the same
 * type meeting the same person, 0 to window − 1 days apart, in a window of at least one day.
 */
class FatigueFlagChecksTest {

  private static final ActivityType TYPE = ActivityType.COMPANY_VISIT;
  private static final ActivityType OTHER_TYPE = ActivityType.EXHIBITION_OR_FORUM;
  private static final ContactActivity FIRST = activity("A-1", TYPE, 10, CTO);
  private static final ContactActivity SECOND = activity("A-2", TYPE, 12, CTO);

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D7.9: a pair 0 days apart, and one window − 1 days apart, is flagged")
  void daysApartEdges() {
    assertEquals(0, new FatigueFlag(CTO, TYPE, FIRST, SECOND, 0, 1).daysApart());
    assertEquals(6, new FatigueFlag(CTO, TYPE, FIRST, SECOND, 6, 7).daysApart());
    assertEquals(
        "a flagged pair is 0 to 6 days apart, not 7",
        refused(() -> new FatigueFlag(CTO, TYPE, FIRST, SECOND, 7, 7)));
    assertEquals(
        "a flagged pair is 0 to 6 days apart, not -1",
        refused(() -> new FatigueFlag(CTO, TYPE, FIRST, SECOND, -1, 7)));
  }

  @Test
  @DisplayName("DOMAIN D7.9: a window is at least one day; zero is refused")
  void windowEdge() {
    assertEquals(1, new FatigueFlag(CTO, TYPE, FIRST, SECOND, 0, 1).windowDays());
    assertEquals(
        "a fatigue window is at least 1 day, not 0",
        refused(() -> new FatigueFlag(CTO, TYPE, FIRST, SECOND, 0, 0)));
  }

  @Test
  @DisplayName("DOMAIN D7.9: both activities are of the type, meet the person, and differ")
  void pairChecks() {
    ContactActivity otherType = activity("A-3", OTHER_TYPE, 12, CTO);
    assertEquals(
        "both activities of a fatigue flag are " + TYPE,
        refused(() -> new FatigueFlag(CTO, TYPE, FIRST, otherType, 0, 7)));
    assertEquals(
        "both activities of a fatigue flag are " + TYPE,
        refused(() -> new FatigueFlag(CTO, TYPE, otherType, FIRST, 0, 7)));
    ContactActivity cfoOnly = activity("A-4", TYPE, 12, CFO);
    assertEquals(
        "both activities of a fatigue flag meet P-CTO",
        refused(() -> new FatigueFlag(CTO, TYPE, FIRST, cfoOnly, 0, 7)));
    assertEquals(
        "both activities of a fatigue flag meet P-CTO",
        refused(() -> new FatigueFlag(CTO, TYPE, cfoOnly, FIRST, 0, 7)));
    assertEquals(
        "a fatigue flag pairs two different activities",
        refused(() -> new FatigueFlag(CTO, TYPE, FIRST, FIRST, 0, 7)));
  }
}
