package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;

/**
 * Our organisation (DOMAIN D7.8) at the size of a large company's deepest reporting line: building
 * it and walking it stay near-linear (issue 12 §5), and the checks refuse at that depth what they
 * refuse in a small office.
 */
class OrganisationScaleTest {

  private static final int DEPTH = 20_000;

  /**
   * A generous bound: the quadratic build took ~28 s at this depth, the linear one well under 1.
   */
  private static final Duration BOUND = Duration.ofSeconds(10);

  private static EmployeeId employee(int i) {
    return EmployeeId.of("E-" + i);
  }

  /** E-0 at the top, each E-i reporting to E-(i-1); added bottom first, the worst order. */
  private static Organisation.Builder line(int depth) {
    Organisation.Builder builder = Organisation.builder();
    for (int i = depth - 1; i > 0; i--) {
      builder.member(employee(i), employee(i - 1));
    }
    return builder.member(employee(0));
  }

  @Test
  @DisplayName(
      "DOMAIN D7.8: a reporting line 20 000 deep is built, and every manager check along it"
          + " answered, within seconds")
  void aLineTwentyThousandDeepIsBuiltAndWalkedQuickly() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Organisation organisation = line(DEPTH).build();
          EmployeeId top = employee(0);
          EmployeeId bottom = employee(DEPTH - 1);
          assertEquals(DEPTH - 1, organisation.peopleBelow(top).size());
          assertEquals(employee(1), organisation.peopleBelow(top).iterator().next());
          assertEquals(DEPTH - 1, organisation.managersOf(bottom).size());
          assertEquals(employee(DEPTH - 2), organisation.managersOf(bottom).get(0));
          assertEquals(top, organisation.managersOf(bottom).get(DEPTH - 2));
          // the D7.8 access check, asked once per person down the line, both ways
          for (int i = 1; i < DEPTH; i++) {
            assertTrue(organisation.isManagerOf(top, employee(i)), "E-0 above E-" + i);
            assertTrue(organisation.isManagerOf(employee(i - 1), bottom), "E-" + (i - 1));
            assertFalse(organisation.isManagerOf(employee(i), employee(i - 1)), "E-" + i);
            assertFalse(organisation.isManagerOf(employee(i), employee(i)), "E-" + i);
          }
          assertEquals(organisation, line(DEPTH).build());
          assertEquals(organisation.hashCode(), line(DEPTH).build().hashCode());
        });
  }

  @Test
  @DisplayName("DOMAIN D7.8: a wide office of 20 000 people under one head is built within seconds")
  void aWideOfficeIsBuiltQuickly() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Organisation.Builder builder = Organisation.builder().member(employee(0));
          for (int i = 1; i < DEPTH; i++) {
            builder.member(employee(i), employee(0));
          }
          Organisation organisation = builder.build();
          assertEquals(DEPTH - 1, organisation.directReports(employee(0)).size());
          assertTrue(organisation.isManagerOf(employee(0), employee(DEPTH - 1)));
          assertFalse(organisation.isManagerOf(employee(1), employee(2)), "peers");
        });
  }

  @Test
  @DisplayName(
      "DOMAIN D7.8: the checks still refuse a cycle closing a line 20 000 deep, naming it in full")
  void aCycleAtTheEndOfADeepLineIsRefused() {
    Organisation.Builder builder = Organisation.builder();
    // E-0 reports to E-(DEPTH-1): the whole line is one cycle
    builder.member(employee(0), employee(DEPTH - 1));
    for (int i = 1; i < DEPTH; i++) {
      builder.member(employee(i), employee(i - 1));
    }
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            BOUND, () -> assertThrows(IllegalArgumentException.class, builder::build));
    assertTrue(
        e.getMessage()
            .startsWith("the reporting lines form a cycle, E-0 → E-" + (DEPTH - 1) + " → E-"),
        e.getMessage().substring(0, 80));
    assertTrue(e.getMessage().endsWith(" → E-1 → E-0 (DOMAIN D7.8)"), "names the cycle closed");
  }

  @Test
  @DisplayName(
      "DOMAIN D7.8: a short cycle hanging below a long clean line is refused, naming only the"
          + " cycle")
  void aCycleBelowACleanLineIsRefused() {
    Organisation.Builder builder = line(DEPTH);
    EmployeeId a = EmployeeId.of("E-A");
    EmployeeId b = EmployeeId.of("E-B");
    builder.member(a, b).member(b, a).member(EmployeeId.of("E-C"), a);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("the reporting lines form a cycle, E-A → E-B → E-A (DOMAIN D7.8)", e.getMessage());
  }

  @Test
  @DisplayName("DOMAIN D7.8: a manager missing from the organisation is refused at any depth")
  void anUnknownManagerAtTheBottomIsRefused() {
    Organisation.Builder builder = line(DEPTH).member(EmployeeId.of("E-X"), EmployeeId.of("E-Y"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals(
        "E-X reports to E-Y, who is not in the organisation (DOMAIN D7.8)", e.getMessage());
  }

  @Test
  @DisplayName("DOMAIN D7.8: a second line, an own manager and a second manager are still refused")
  void theMemberChecksStillRefuse() {
    Organisation.Builder builder = line(100);
    assertThrows(IllegalArgumentException.class, () -> builder.member(employee(50), employee(3)));
    assertThrows(IllegalArgumentException.class, () -> builder.member(employee(0)));
    assertThrows(
        IllegalArgumentException.class, () -> builder.member(employee(100), employee(100)));
    Organisation organisation = builder.build();
    assertEquals(Set.of(), organisation.peopleBelow(employee(100)));
    assertEquals(List.of(), organisation.managersOf(employee(100)));
    assertFalse(organisation.isManagerOf(employee(100), employee(5)), "not a member");
    assertFalse(organisation.isManagerOf(employee(5), employee(100)), "not a member");
  }
}
