package org.leadtocash.planning.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leadtocash.planning.relationship.NorthMobile.CEO;
import static org.leadtocash.planning.relationship.NorthMobile.CTO;
import static org.leadtocash.planning.relationship.NorthMobile.ENGINEER;
import static org.leadtocash.planning.relationship.NorthMobile.NORTH_MOBILE;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.relationship.GeneralRelationshipGrade;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.relationship.OrganisationalRelationshipLevel;

/**
 * The gap report of a region of two customers counts each layer against its own level and lists the
 * candidates to raise highest first (DOMAIN D10.1, step 3): North Mobile is a partner with a good
 * general relationship, the port is not assessed at all.
 */
class RelationshipGapOrderTest {

  private static final CustomerId PORT = CustomerId.of("CU-PORT");

  @Test
  @DisplayName(
      "D10.1: a partner counts for the partner target, a good grade not for excellent; candidates"
          + " are listed by level, highest first, not in chain or scope order")
  void countsAndOrder() {
    // the port first in the scope, so only sorting puts North Mobile (assessed) first
    PlanScope region = PlanScope.region("North", List.of(PORT, NORTH_MOBILE));
    List<RelationshipTarget> targets =
        List.of(
            RelationshipTarget.keyPersons(KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE, 3, "backers"),
            RelationshipTarget.customers(OrganisationalRelationshipLevel.PARTNER, 2, "partners"),
            RelationshipTarget.general(GeneralRelationshipGrade.EXCELLENT, 2, "everyone"));
    // the engineer, last in the chain, is favourable; the procurement director and the head of
    // network are not assessed
    CurrentRelationships today =
        CurrentRelationships.builder()
            .chain(RelationshipGapTest.chain())
            .keyLevel(CEO, KeyRelationshipLevel.SUPPORTIVE_EXCLUSIVE)
            .keyLevel(CTO, KeyRelationshipLevel.SUPPORTIVE)
            .keyLevel(ENGINEER, KeyRelationshipLevel.FAVOURABLE)
            .organisational(NORTH_MOBILE, OrganisationalRelationshipLevel.PARTNER)
            .general(NORTH_MOBILE, GeneralRelationshipGrade.GOOD)
            .build();

    RelationshipGap gap = RelationshipGap.of(region, targets, today);

    assertEquals(List.of(1, 1, 0), gap.gaps().stream().map(TargetGap::reached).toList());
    assertEquals(
        "3 key persons at supportive and exclusive: 1 today, 2 short; to raise: P-CTO of CU-NM"
            + " (supportive, not exclusive), P-ENG of CU-NM (favourable), P-PD of CU-NM (not"
            + " assessed), P-NET of CU-NM (not assessed)\n"
            + "2 customers at partner or above: 1 today, 1 short; to raise: CU-PORT (not"
            + " assessed)\n"
            + "general relationship at least excellent with 2 customers: 0 today, 2 short; to"
            + " raise: CU-NM (good), CU-PORT (not assessed)",
        gap.explanation());
  }
}
