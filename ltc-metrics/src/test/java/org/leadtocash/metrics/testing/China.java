package org.leadtocash.metrics.testing;

import java.util.List;
import org.leadtocash.domain.common.SalesOrganisation;
import org.leadtocash.domain.common.SalesUnitId;

/**
 * A small sales organisation for roll-up tests (DOMAIN D9.5): the China area, its North region with
 * the Beijing and Tianjin offices, and its South region with the Guangzhou office.
 */
public final class China {

  /** The area. */
  public static final SalesUnitId CHINA = SalesUnitId.of("AREA-CHINA");

  /** The North region. */
  public static final SalesUnitId NORTH = SalesUnitId.of("REGION-NORTH");

  /** The South region. */
  public static final SalesUnitId SOUTH = SalesUnitId.of("REGION-SOUTH");

  /** An office of the North region. */
  public static final SalesUnitId BEIJING = SalesUnitId.of("OFFICE-BEIJING");

  /** Another office of the North region. */
  public static final SalesUnitId TIANJIN = SalesUnitId.of("OFFICE-TIANJIN");

  /** The office of the South region. */
  public static final SalesUnitId GUANGZHOU = SalesUnitId.of("OFFICE-GUANGZHOU");

  /** The three offices. */
  public static final List<SalesUnitId> OFFICES = List.of(BEIJING, TIANJIN, GUANGZHOU);

  /** The organisation. */
  public static final SalesOrganisation ORGANISATION =
      SalesOrganisation.builder()
          .area(CHINA)
          .region(NORTH, CHINA)
          .region(SOUTH, CHINA)
          .office(BEIJING, NORTH)
          .office(TIANJIN, NORTH)
          .office(GUANGZHOU, SOUTH)
          .build();

  private China() {}
}
