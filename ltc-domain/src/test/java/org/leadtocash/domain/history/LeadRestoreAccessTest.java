package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.T0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.OpportunityId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.lead.LeadEvent;
import org.leadtocash.domain.lead.LeadProfile;
import org.leadtocash.domain.lead.LeadSource;
import org.leadtocash.domain.lead.LeadStatus;
import org.leadtocash.domain.lead.NurturingStep;
import org.leadtocash.domain.lead.ValidationAnswers;
import org.leadtocash.domain.lead.ValidationCriterion;
import org.leadtocash.domain.testing.RestoreAccess;

/**
 * A host or a codec outside the lead package restores a stored lead snapshot through {@link
 * Lead#restore()}: every attribute's setter is public, called directly or by reflection (as a codec
 * does), and the restored lead equals the stored one (DOMAIN D2, DESIGN §2).
 */
class LeadRestoreAccessTest {

  private static final EmployeeId MANAGER = EmployeeId.of("E-LI");
  private static final EmployeeId OWNER = EmployeeId.of("E-WANG");

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /** Answers every criterion of the validation KCP as met. */
  private static ValidationAnswers allMet() {
    ValidationAnswers.Builder answers = ValidationAnswers.builder();
    for (ValidationCriterion criterion : ValidationCriterion.values()) {
      answers.met(criterion, "evidence for " + criterion.name());
    }
    return answers.build();
  }

  /**
   * A lead, built through its public commands, suspended while being nurtured, so that nearly every
   * attribute holds something: a lead manager, a budget, a validation, a nurturing owner and
   * history, and a status reason. The opportunity, set only by conversion, is in {@link
   * #converted()}.
   */
  private static Transition<Lead, LeadEvent> suspendedInNurturing() {
    LeadProfile profile =
        LeadProfile.builder()
            .customer(CustomerId.of("CU-7"))
            .title("Backbone upgrade")
            .need("line 14 of the investment budget table")
            .source(LeadSource.CUSTOMER_BUDGET_TABLE)
            .budget(cny(12_000_000))
            .build();
    return Lead.create(LeadId.of("LD-7"), profile, EmployeeId.of("E-ZHANG"), day(0))
        .then(l -> l.submit(MANAGER, day(1)))
        .then(l -> l.validate(allMet(), MANAGER, day(2)))
        .then(l -> l.nurture(OWNER, day(3)))
        .then(l -> l.recordNurturingStep(NurturingStep.IDENTIFY_PAIN_CHAIN, "pain", OWNER, day(4)))
        .then(l -> l.recordBudget(cny(15_000_000), day(5)))
        .then(l -> l.suspend("the board freezes spending", day(6)));
  }

  private static Lead everyAttributeSet() {
    return suspendedInNurturing().state();
  }

  private static Lead converted() {
    return suspendedInNurturing()
        .then(l -> l.resume(day(7)))
        .then(l -> l.nurture(OWNER, day(8)))
        .state()
        .convert(OpportunityId.of("OP-7"), OWNER, day(9))
        .lead()
        .state();
  }

  @Test
  @DisplayName("D2 a host restores every attribute of a stored lead directly, from any package")
  void direct() {
    for (Lead stored : List.of(everyAttributeSet(), converted())) {
      Lead restored =
          Lead.restore()
              .id(stored.id())
              .version(stored.version())
              .profile(stored.profile())
              .creator(stored.creator())
              .createdAt(stored.createdAt())
              .status(stored.status())
              .leadManager(stored.leadManager())
              .budget(stored.budget())
              .validation(stored.validation())
              .nurturingOwner(stored.nurturingOwner())
              .nurturingHistory(stored.nurturingHistory())
              .statusReason(stored.statusReason())
              .opportunity(stored.opportunity())
              .lastEventAt(stored.lastEventAt())
              .build();
      assertEquals(stored, restored);
      assertEquals(stored, Lead.restore().from(stored).build());
    }
    assertEquals(LeadStatus.SUSPENDED, everyAttributeSet().status());
    assertEquals(LeadStatus.CONVERTED, converted().status());
  }

  @Test
  @DisplayName(
      "D2 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class")
  void reflective() throws ReflectiveOperationException {
    List<Method> attributes = RestoreAccess.attributes(Lead.class);
    assertEquals(14, attributes.size(), attributes::toString);
    for (Lead stored : List.of(everyAttributeSet(), converted())) {
      Lead.Restore restore = Lead.restore();
      assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
    }
  }

  /**
   * The setters are the generated builder's {@code public final} methods, inherited by {@link
   * Lead.Restore}; javac emits no public bridge for a final method, so reflection finds them
   * declared in the package-private {@code ImmutableLead}'s nested {@code Builder}. That class is
   * public in its class file, so reflection may call its public methods from any package: this test
   * calls every one of them from outside the lead package.
   */
  @Test
  @DisplayName(
      "D2 reflection from another package may call every public method of Restore, setters and"
          + " adders alike")
  void everyMethodReachable() {
    RestoreAccess.everyMethodReachable(Lead.restore(), 14);
  }

  @Test
  @DisplayName(
      "D2.7 a snapshot restored by reflection is checked too: the codec gets the domain's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    Lead.Restore restore = Lead.restore().from(converted());
    Lead.Restore.class.getMethod("opportunity", Optional.class).invoke(restore, Optional.empty());
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    String message = refusal.getMessage();
    assertTrue(message.startsWith("lead LD-7: opportunity is absent"), message);
    assertTrue(message.endsWith("(DOMAIN D2.7)"), message);
  }
}
