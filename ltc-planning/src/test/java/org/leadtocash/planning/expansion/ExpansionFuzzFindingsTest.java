package org.leadtocash.planning.expansion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The defect the fuzz tests of issue 12 §6 found in the key-relationship plan: a null list or set
 * reached {@code ImmutableList.copyOf}, whose exception named no parameter (DESIGN §2).
 */
class ExpansionFuzzFindingsTest {

  @Test
  @DisplayName("a key-relationship plan refuses a null list or set by name (DOMAIN D11.3)")
  void keyRelationshipPlanNamesItsNulls() {
    var chain = NorthMobile.CHAIN;
    assertEquals(
        "targets",
        assertThrows(
                NullPointerException.class,
                () ->
                    new KeyRelationshipPlan(
                        chain,
                        null,
                        Optional.empty(),
                        List.of(),
                        Set.of(),
                        Optional.empty(),
                        List.of()))
            .getMessage());
    assertEquals(
        "standings",
        assertThrows(
                NullPointerException.class,
                () ->
                    new KeyRelationshipPlan(
                        chain,
                        List.of(),
                        Optional.empty(),
                        null,
                        Set.of(),
                        Optional.empty(),
                        List.of()))
            .getMessage());
    assertEquals(
        "stars",
        assertThrows(
                NullPointerException.class,
                () ->
                    new KeyRelationshipPlan(
                        chain,
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        null,
                        Optional.empty(),
                        List.of()))
            .getMessage());
    assertEquals(
        "actions",
        assertThrows(
                NullPointerException.class,
                () ->
                    new KeyRelationshipPlan(
                        chain,
                        List.of(),
                        Optional.empty(),
                        List.of(),
                        Set.of(),
                        Optional.empty(),
                        null))
            .getMessage());
  }

  @Test
  @DisplayName("the expansion cards refuse a null collection by name (DOMAIN D10.3)")
  void expansionCardsNameTheirNull() {
    assertEquals(
        "cards",
        assertThrows(NullPointerException.class, () -> ExpansionCards.of(null)).getMessage());
  }

  @Test
  @DisplayName(
      "a pitfall finding refuses a null pitfall or evidence by name, as the factories' fuzzing"
          + " found (DOMAIN D10.2, D11.3)")
  void pitfallFindingNamesItsNulls() {
    assertEquals(
        "evidence",
        assertThrows(
                NullPointerException.class,
                () -> PitfallFinding.found(Pitfall.COMPETITOR_IGNORED, null))
            .getMessage());
    assertEquals(
        "evidence",
        assertThrows(
                NullPointerException.class,
                () -> PitfallFinding.cleared(Pitfall.COMPETITOR_IGNORED, null))
            .getMessage());
    assertEquals(
        "pitfall",
        assertThrows(NullPointerException.class, () -> PitfallFinding.found(null, List.of("P-2")))
            .getMessage());
  }
}
