package org.leadtocash.planning.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A skill is rated from 1 to 5 on importance and performance (DOMAIN D11.7), at its edges. */
class SkillRatingEdgesTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  @Test
  @DisplayName("D11.7: importance and performance of 1 and 5 are accepted, 0 and 6 refused")
  void ratingEdges() {
    assertEquals(4, new SkillAssessment("negotiation", 5, 1).gap());
    assertEquals(-4, new SkillAssessment("negotiation", 1, 5).gap());
    assertEquals(
        "the importance of negotiation is rated from 1 to 5 (DOMAIN D11.7): 0",
        refused(() -> new SkillAssessment("negotiation", 0, 3)));
    assertEquals(
        "the importance of negotiation is rated from 1 to 5 (DOMAIN D11.7): 6",
        refused(() -> new SkillAssessment("negotiation", 6, 3)));
    assertEquals(
        "the performance of negotiation is rated from 1 to 5 (DOMAIN D11.7): 0",
        refused(() -> new SkillAssessment("negotiation", 3, 0)));
    assertEquals(
        "the performance of negotiation is rated from 1 to 5 (DOMAIN D11.7): 6",
        refused(() -> new SkillAssessment("negotiation", 3, 6)));
  }
}
