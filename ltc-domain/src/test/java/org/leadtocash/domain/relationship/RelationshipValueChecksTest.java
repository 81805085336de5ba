package org.leadtocash.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A key person's own checks, each hit with the smallest invalid value (DOMAIN D7.2, D7.3). */
class RelationshipValueChecksTest {

  private static String refused(Executable construction) {
    return assertThrows(IllegalArgumentException.class, construction).getMessage();
  }

  private static KeyPerson.Builder cto() {
    return KeyPerson.builder().from(ChainFixtures.cto());
  }

  @Test
  @DisplayName("DOMAIN D7.2: a key person has a name, a title and at least one decision role")
  void keyPersonChecks() {
    assertEquals("CTO", cto().title("CTO").build().title());
    assertEquals("a key person has a name", refused(() -> cto().name(" ").build()));
    assertEquals("a key person has a title", refused(() -> cto().title(" ").build()));
    String noRole =
        refused(() -> KeyPerson.builder().from(ChainFixtures.cto()).roles(Set.of()).build());
    assertTrue(
        noRole.endsWith(
            "holds at least one decision role, or is not part of the decision chain (DOMAIN D7.2)"),
        noRole);
  }

  @Test
  @DisplayName("DOMAIN D7.3: a coach is a supporter; a neutral or unknown-stance coach is refused")
  void coachIsASupporter() {
    assertTrue(cto().stance(Stance.SUPPORTER).coach(true).build().coach());
    String neutral = refused(() -> cto().stance(Stance.NEUTRAL).coach(true).build());
    assertTrue(
        neutral.endsWith(
            "is a coach, who wants us to win, so their stance is supporter, not neutral"
                + " (DOMAIN D7.3)"),
        neutral);
    String unknown =
        refused(
            () ->
                KeyPerson.builder()
                    .id(ChainFixtures.cto().id())
                    .name("Qian Hua")
                    .title("CTO")
                    .position(ChainFixtures.cto().position())
                    .roles(ChainFixtures.cto().roles())
                    .stance(Optional.empty())
                    .coach(true)
                    .build());
    assertTrue(
        unknown.endsWith("so their stance is supporter, not unknown (DOMAIN D7.3)"), unknown);
  }
}
