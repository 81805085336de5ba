package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.T0;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.relationship.KeyRelationshipAssessment;
import org.leadtocash.domain.relationship.KeyRelationshipDimension;
import org.leadtocash.domain.relationship.KeyRelationshipId;
import org.leadtocash.domain.relationship.KeyRelationshipLevel;
import org.leadtocash.domain.testing.RestoreAccess;

/**
 * A host or a codec outside the relationship package restores a stored relationship snapshot
 * through {@link KeyRelationship#restore()}: every attribute's setter is public, called directly or
 * by reflection (as a codec does), and the restored relationship equals the stored one (DOMAIN
 * D7.4, DESIGN §2).
 */
class KeyRelationshipRestoreAccessTest {

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** Six scores in the order of {@link KeyRelationshipDimension}, assessed by E-7. */
  private static KeyRelationshipAssessment scores(int... scores) {
    KeyRelationshipAssessment.Builder builder =
        KeyRelationshipAssessment.builder().assessor(EmployeeId.of("E-7")).assessedOn(D0);
    KeyRelationshipDimension[] dimensions = KeyRelationshipDimension.values();
    for (int i = 0; i < scores.length; i++) {
      builder.score(dimensions[i], scores[i]);
    }
    return builder.build();
  }

  /**
   * A relationship, built through its public commands, in which every attribute holds something:
   * assessed twice at two levels, then transferred.
   */
  private static KeyRelationship everyAttributeSet() {
    return KeyRelationship.open(
            KeyRelationshipId.of("KR-7"),
            CustomerId.of("CU-7"),
            PersonId.of("P-7"),
            EmployeeId.of("E-7"),
            day(1))
        .then(r -> r.assess(scores(3, 2, 2, 2, 2, 3), day(2)))
        .then(r -> r.assess(scores(2, 4, 4, 4, 5, 5), day(3)))
        .then(r -> r.transfer(EmployeeId.of("E-8"), day(4)))
        .state();
  }

  @Test
  @DisplayName(
      "D7.4 a host restores every attribute of a stored relationship directly, from any package")
  void direct() {
    KeyRelationship stored = everyAttributeSet();
    assertEquals(2, stored.levelHistory().size());
    KeyRelationship restored =
        KeyRelationship.restore()
            .id(stored.id())
            .version(stored.version())
            .customer(stored.customer())
            .person(stored.person())
            .owner(stored.owner())
            .openedAt(stored.openedAt())
            .lastEventAt(stored.lastEventAt())
            .level(stored.level())
            .levelHistory(stored.levelHistory())
            .assessment(stored.assessment())
            .isTiedToOneEmployee(stored.isTiedToOneEmployee())
            .build();
    assertEquals(stored, restored);
    assertEquals(stored, KeyRelationship.restore().from(stored).build());
  }

  @Test
  @DisplayName(
      "D7.4 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class")
  void reflective() throws ReflectiveOperationException {
    KeyRelationship stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(KeyRelationship.class);
    assertEquals(11, attributes.size(), attributes::toString);
    KeyRelationship.Restore restore = KeyRelationship.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
  }

  /**
   * The setters are the generated builder's {@code public final} methods, inherited by {@link
   * KeyRelationship.Restore}; reflection finds them declared in the package-private generated
   * builder, which is public in its class file, so reflection may call them from any package: this
   * test calls every one of them from outside the relationship package.
   */
  @Test
  @DisplayName(
      "D7.4 reflection from another package may call every public method of Restore, setters and"
          + " adders alike")
  void everyMethodReachable() {
    RestoreAccess.everyMethodReachable(KeyRelationship.restore(), 11);
  }

  @Test
  @DisplayName(
      "D7.4 a snapshot restored by reflection is checked too: the codec gets the domain's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    KeyRelationship.Restore restore = KeyRelationship.restore().from(everyAttributeSet());
    KeyRelationship.Restore.class
        .getMethod("level", KeyRelationshipLevel.class)
        .invoke(restore, KeyRelationshipLevel.CONTACTED);
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    String message = refusal.getMessage();
    assertTrue(message.startsWith("key relationship KR-7: level is CONTACTED"), message);
    assertTrue(message.endsWith("(DOMAIN D7.4)"), message);
    assertFalse(message.contains("P-7"), message);
  }
}
