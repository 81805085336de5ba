package org.leadtocash.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadtocash.domain.common.EmployeeId;

/** A holder's tenure is known exactly when their start is, and never negative (DOMAIN D4.7). */
class TenureChecksTest {

  private static final RoleHolder SINCE_2020 =
      RoleHolder.of(CoreRole.AR, EmployeeId.of("E-7"), LocalDate.of(2020, 3, 1));
  private static final RoleHolder START_UNKNOWN = RoleHolder.of(CoreRole.AR, EmployeeId.of("E-8"));

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("DOMAIN D4.7: a tenure of zero days is known; one of minus a day is refused")
  void tenureEdge() {
    assertEquals(
        Optional.of(Period.ZERO),
        new HolderTenure(SINCE_2020, Optional.of(Period.ZERO), false).tenure());
    assertEquals(
        "a tenure is not negative: P-1D",
        refused(() -> new HolderTenure(SINCE_2020, Optional.of(Period.ofDays(-1)), false)));
  }

  @Test
  @DisplayName("DOMAIN D4.7: a tenure is known exactly when the start is; rotation needs a tenure")
  void tenureKnownWithTheStart() {
    assertEquals(
        "a tenure is known exactly when the holder's start is (DOMAIN D4.7)",
        refused(() -> new HolderTenure(SINCE_2020, Optional.empty(), false)));
    assertEquals(
        "a tenure is known exactly when the holder's start is (DOMAIN D4.7)",
        refused(() -> new HolderTenure(START_UNKNOWN, Optional.of(Period.ofYears(1)), false)));
    assertEquals(
        "only someone whose tenure is known is due for rotation (DOMAIN D4.7)",
        refused(() -> new HolderTenure(START_UNKNOWN, Optional.empty(), true)));
    assertEquals(
        true, new HolderTenure(SINCE_2020, Optional.of(Period.ofYears(6)), true).dueForRotation());
  }
}
