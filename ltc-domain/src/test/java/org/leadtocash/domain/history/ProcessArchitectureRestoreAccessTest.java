package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.T0;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.opportunity.SalesPhase;
import org.leadtocash.domain.process.CompanyApproval;
import org.leadtocash.domain.process.LtcCatalogue;
import org.leadtocash.domain.process.ProcessArchitecture;
import org.leadtocash.domain.process.ProcessCard;
import org.leadtocash.domain.process.ProcessChange;
import org.leadtocash.domain.process.ProcessId;
import org.leadtocash.domain.testing.RestoreAccess;

/**
 * A host or a codec outside the process package restores a stored architecture snapshot through
 * {@link ProcessArchitecture#restore()}: every attribute's setter is public, called directly or by
 * reflection (as a codec does), and the restored architecture equals the stored one (DOMAIN D1.2,
 * DESIGN §2).
 */
class ProcessArchitectureRestoreAccessTest {

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static final ProcessId VERIFY = LtcCatalogue.subProcess(SalesPhase.VERIFY);

  /**
   * An architecture, built through its public commands, in which every attribute holds something:
   * LTC established, then VERIFY revised by a region with a company approval.
   */
  private static ProcessArchitecture everyAttributeSet() {
    return ProcessArchitecture.establish(LtcCatalogue.standard(), day(1))
        .then(
            a -> {
              ProcessCard verify = a.card(VERIFY).orElseThrow();
              return a.adapt(
                  VERIFY,
                  ProcessChange.revise(
                      ProcessCard.builder().from(verify).description("Verify here.").build()),
                  OrganisationLevel.REGION,
                  new CompanyApproval("CA-7", VERIFY, EmployeeId.of("E-7"), day(2)),
                  day(3));
            })
        .state();
  }

  @Test
  @DisplayName(
      "D1.2 a host restores every attribute of a stored architecture directly, from any package")
  void direct() {
    ProcessArchitecture stored = everyAttributeSet();
    assertEquals(1, stored.adaptations().size());
    ProcessArchitecture restored =
        ProcessArchitecture.restore()
            .id(stored.id())
            .version(stored.version())
            .establishedAt(stored.establishedAt())
            .lastEventAt(stored.lastEventAt())
            .catalogue(stored.catalogue())
            .headquartersRequirements(stored.headquartersRequirements())
            .adaptations(stored.adaptations())
            .build();
    assertEquals(stored, restored);
    assertEquals(stored, ProcessArchitecture.restore().from(stored).build());
  }

  @Test
  @DisplayName(
      "D1.2 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class")
  void reflective() throws ReflectiveOperationException {
    ProcessArchitecture stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(ProcessArchitecture.class);
    assertEquals(7, attributes.size(), attributes::toString);
    ProcessArchitecture.Restore restore = ProcessArchitecture.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
  }

  /**
   * The setters are the generated builder's {@code public final} methods, inherited by {@link
   * ProcessArchitecture.Restore}; reflection finds them declared in the package-private generated
   * builder, which is public in its class file, so reflection may call them from any package: this
   * test calls every one of them from outside the process package.
   */
  @Test
  @DisplayName(
      "D1.2 reflection from another package may call every public method of Restore, setters and"
          + " adders alike")
  void everyMethodReachable() {
    RestoreAccess.everyMethodReachable(ProcessArchitecture.restore(), 7);
  }

  @Test
  @DisplayName(
      "D1.2 a snapshot restored by reflection is checked too: the codec gets the domain's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    ProcessArchitecture.Restore restore = ProcessArchitecture.restore().from(everyAttributeSet());
    ProcessArchitecture.Restore.class.getMethod("version", long.class).invoke(restore, 5L);
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    String message = refusal.getMessage();
    assertTrue(message.startsWith("architecture LTC: version is 5, not 2"), message);
    assertTrue(message.endsWith("(DOMAIN D1.2)"), message);
  }
}
