package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A business date is compared with an instant without a time zone, refusing only what is wrong in
 * every zone on Earth (DESIGN §2, DOMAIN D5.3).
 */
class BusinessDateTest {

  /** 2026-03-10 09:00 UTC: 2026-03-09 15:00 at UTC-18:00, 2026-03-11 03:00 at UTC+18:00. */
  private static final Instant T = Instant.parse("2026-03-10T09:00:00Z");

  @Test
  @DisplayName("an instant's dates span its calendar days from UTC-18:00 to UTC+18:00")
  void span() {
    assertEquals(LocalDate.of(2026, 3, 9), BusinessDate.earliestDateOf(T));
    assertEquals(LocalDate.of(2026, 3, 11), BusinessDate.latestDateOf(T));
  }

  @Test
  @DisplayName("a date is before an instant only if it is before the instant's date everywhere")
  void before() {
    assertTrue(BusinessDate.isBefore(LocalDate.of(2026, 3, 8), T));
    assertFalse(BusinessDate.isBefore(LocalDate.of(2026, 3, 9), T));
    assertFalse(BusinessDate.isBefore(LocalDate.of(2026, 3, 10), T));
    assertFalse(BusinessDate.isBefore(LocalDate.of(2026, 3, 12), T));
  }

  @Test
  @DisplayName("a date is after an instant only if it is after the instant's date everywhere")
  void after() {
    assertTrue(BusinessDate.isAfter(LocalDate.of(2026, 3, 12), T));
    assertFalse(BusinessDate.isAfter(LocalDate.of(2026, 3, 11), T));
    assertFalse(BusinessDate.isAfter(LocalDate.of(2026, 3, 10), T));
    assertFalse(BusinessDate.isAfter(LocalDate.of(2026, 3, 1), T));
  }

  @Test
  @DisplayName("at the edges of UTC days: midnight and the last nanosecond")
  void edges() {
    Instant midnight = Instant.parse("2026-03-10T00:00:00Z");
    assertEquals(LocalDate.of(2026, 3, 9), BusinessDate.earliestDateOf(midnight));
    assertEquals(LocalDate.of(2026, 3, 10), BusinessDate.latestDateOf(midnight));
    Instant last = Instant.parse("2026-03-10T23:59:59.999999999Z");
    assertEquals(LocalDate.of(2026, 3, 10), BusinessDate.earliestDateOf(last));
    assertEquals(LocalDate.of(2026, 3, 11), BusinessDate.latestDateOf(last));
  }

  @Test
  @DisplayName("every parameter is checked by name")
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(BusinessDate.class);
  }
}
