package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.T0;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.testing.RestoreAccess;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.domain.voice.FeedbackSource;
import org.leadtocash.domain.voice.IssueDescription;
import org.leadtocash.domain.voice.IssueEvaluation;
import org.leadtocash.domain.voice.IssueId;
import org.leadtocash.domain.voice.IssueSatisfaction;
import org.leadtocash.domain.voice.IssueSeverity;
import org.leadtocash.domain.voice.IssueStatus;

/**
 * A host or a codec outside the voice package restores a stored issue snapshot through {@link
 * CustomerIssue#restore()}: every attribute's setter is public, called directly or by reflection
 * (as a codec does), and the restored issue equals the stored one (DOMAIN D8.2, DESIGN §2).
 */
class CustomerIssueRestoreAccessTest {

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /**
   * An issue, built through its public commands, in which every attribute holds something: handled,
   * escalated to the region, marked major, closed and evaluated.
   */
  private static CustomerIssue everyAttributeSet() {
    IssueDescription description =
        IssueDescription.builder()
            .customer(CustomerId.of("CU-7"))
            .summary("Invoices arrive late")
            .severity(IssueSeverity.NORMAL)
            .channel(FeedbackSource.HOTLINE)
            .raisedBy(PersonId.of("P-7"))
            .contract(ContractId.of("CT-7"))
            .build();
    return CustomerIssue.accept(IssueId.of("IS-7"), description, day(1))
        .then(i -> i.startHandling(EmployeeId.of("E-7"), day(2)))
        .then(i -> i.escalate(OrganisationLevel.REGION, "the office cannot fix billing", day(3)))
        .then(i -> i.markMajor("the customer's CFO complained", day(4)))
        .then(i -> i.close("billing moved to the region", day(5)))
        .then(i -> i.evaluate(IssueEvaluation.of(IssueSatisfaction.SATISFIED, "better"), day(6)))
        .state();
  }

  @Test
  @DisplayName("D8.2 a host restores every attribute of a stored issue directly, from any package")
  void direct() {
    CustomerIssue stored = everyAttributeSet();
    assertEquals(IssueStatus.EVALUATED, stored.status());
    CustomerIssue restored =
        CustomerIssue.restore()
            .id(stored.id())
            .version(stored.version())
            .description(stored.description())
            .acceptedAt(stored.acceptedAt())
            .status(stored.status())
            .level(stored.level())
            .handler(stored.handler())
            .escalations(stored.escalations())
            .majorSince(stored.majorSince())
            .majorReason(stored.majorReason())
            .resolution(stored.resolution())
            .closedAt(stored.closedAt())
            .evaluation(stored.evaluation())
            .evaluatedAt(stored.evaluatedAt())
            .lastEventAt(stored.lastEventAt())
            .build();
    assertEquals(stored, restored);
    assertEquals(stored, CustomerIssue.restore().from(stored).build());
  }

  @Test
  @DisplayName(
      "D8.2 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class")
  void reflective() throws ReflectiveOperationException {
    CustomerIssue stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(CustomerIssue.class);
    assertEquals(15, attributes.size(), attributes::toString);
    CustomerIssue.Restore restore = CustomerIssue.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
  }

  /**
   * The setters are the generated builder's {@code public final} methods, inherited by {@link
   * CustomerIssue.Restore}; reflection finds them declared in the package-private generated
   * builder, which is public in its class file, so reflection may call them from any package: this
   * test calls every one of them from outside the voice package.
   */
  @Test
  @DisplayName(
      "D8.2 reflection from another package may call every public method of Restore, setters and"
          + " adders alike")
  void everyMethodReachable() {
    RestoreAccess.everyMethodReachable(CustomerIssue.restore(), 15);
  }

  @Test
  @DisplayName(
      "D8.2 a snapshot restored by reflection is checked too: the codec gets the domain's refusal")
  void reflectiveRefusal() throws ReflectiveOperationException {
    CustomerIssue.Restore restore = CustomerIssue.restore().from(everyAttributeSet());
    CustomerIssue.Restore.class
        .getMethod("handler", Optional.class)
        .invoke(restore, Optional.empty());
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    String message = refusal.getMessage();
    assertTrue(message.startsWith("issue IS-7: handler is absent"), message);
    assertTrue(message.endsWith("(DOMAIN D8.2)"), message);
  }
}
