package org.leadtocash.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.testing.DomainTesters;

/** The three-level sales organisation, area → region → representative office (DOMAIN D9.5). */
class SalesOrganisationTest {

  static final SalesUnitId CHINA = SalesUnitId.of("AREA-CHINA");
  static final SalesUnitId NORTH = SalesUnitId.of("REGION-NORTH");
  static final SalesUnitId SOUTH = SalesUnitId.of("REGION-SOUTH");
  static final SalesUnitId BEIJING = SalesUnitId.of("OFFICE-BEIJING");
  static final SalesUnitId TIANJIN = SalesUnitId.of("OFFICE-TIANJIN");
  static final SalesUnitId GUANGZHOU = SalesUnitId.of("OFFICE-GUANGZHOU");

  static SalesOrganisation china() {
    return SalesOrganisation.builder()
        .area(CHINA)
        .region(NORTH, CHINA)
        .region(SOUTH, CHINA)
        .office(BEIJING, NORTH)
        .office(TIANJIN, NORTH)
        .office(GUANGZHOU, SOUTH)
        .build();
  }

  @Test
  @DisplayName(
      "the organisation has three levels: an office belongs to a region, a region to an area"
          + " (DOMAIN D9.5)")
  void organisationRules() {
    IllegalArgumentException skip =
        assertThrows(
            IllegalArgumentException.class,
            () -> SalesOrganisation.builder().area(CHINA).office(BEIJING, CHINA));
    assertEquals(
        "a REPRESENTATIVE_OFFICE belongs to a unit one level up, not to the AREA AREA-CHINA"
            + " (DOMAIN D9.5)",
        skip.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> SalesOrganisation.builder().region(NORTH, CHINA));
    assertThrows(
        IllegalArgumentException.class, () -> SalesOrganisation.builder().area(CHINA).area(CHINA));
    SalesOrganisation china = china();
    assertEquals(List.of(NORTH, SOUTH), china.units(OrganisationLevel.REGION));
    assertEquals(List.of(CHINA, NORTH, SOUTH, BEIJING, TIANJIN, GUANGZHOU), china.units());
    assertEquals(List.of(BEIJING, TIANJIN), china.children(NORTH));
    assertEquals(Optional.of(NORTH), china.parent(TIANJIN));
    assertEquals(Optional.empty(), china.parent(CHINA));
    assertEquals(OrganisationLevel.REPRESENTATIVE_OFFICE, china.level(GUANGZHOU));
    assertThrows(IllegalArgumentException.class, () -> china.level(SalesUnitId.of("OFFICE-X")));
  }

  @Test
  @DisplayName("a roll-up visits every unit after all of its children (DOMAIN D9.5)")
  void bottomUp() {
    assertEquals(List.of(BEIJING, TIANJIN, GUANGZHOU, NORTH, SOUTH, CHINA), china().bottomUp());
  }

  @Test
  @DisplayName("organisations are equal when their trees are; nulls are refused")
  void contracts() {
    new EqualsTester()
        .addEqualityGroup(china(), china())
        .addEqualityGroup(SalesOrganisation.builder().area(CHINA).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SalesUnitId.of("A"), SalesUnitId.of("A"))
        .addEqualityGroup(SalesUnitId.of("B"))
        .testEquals();
    var tester =
        DomainTesters.nullPointerTester()
            .setDefault(SalesUnitId.class, SalesUnitId.of("OFFICE-NEW"));
    tester.testAllPublicStaticMethods(SalesUnitId.class);
    tester.testAllPublicInstanceMethods(china());
    tester.testAllPublicInstanceMethods(SalesOrganisation.builder());
  }
}
