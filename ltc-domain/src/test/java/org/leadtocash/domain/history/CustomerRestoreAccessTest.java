package org.leadtocash.domain.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.testing.DomainTesters.D0;
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
import org.leadtocash.domain.customer.BasicDataAnalysis;
import org.leadtocash.domain.customer.BasicDataSource;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.customer.CustomerCategory;
import org.leadtocash.domain.customer.CustomerGrade;
import org.leadtocash.domain.customer.CustomerSize;
import org.leadtocash.domain.customer.CustomerType;
import org.leadtocash.domain.customer.GradePolicy;
import org.leadtocash.domain.customer.MonitoringFocus;
import org.leadtocash.domain.customer.Segment;
import org.leadtocash.domain.customer.ServiceStrategy;
import org.leadtocash.domain.customer.ServiceValue;
import org.leadtocash.domain.customer.ValueAssessment;
import org.leadtocash.domain.testing.RestoreAccess;

/**
 * A host or a codec outside the customer package restores a stored customer snapshot through {@link
 * Customer#restore()}: every attribute's setter is public, called directly or by reflection (as a
 * codec does), and the restored customer equals the stored one (DOMAIN D6, DESIGN §2).
 */
class CustomerRestoreAccessTest {

  private static final String NAME = "Household Chen";

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  /**
   * A customer, built through its public commands, in which every attribute holds something: its
   * basic data analysed, its value identified, graded and reviewed, a service strategy decided and
   * an observation recorded.
   */
  private static Customer everyAttributeSet() {
    Segment segment = Segment.of(CustomerSize.HOUSEHOLD, CustomerType.GENERAL, cny(1_000));
    return Customer.register(CustomerId.of("CU-7"), NAME, segment, day(0))
        .then(
            c ->
                c.analyseBasicData(
                    BasicDataAnalysis.of("a family business", BasicDataSource.CUSTOMER_PROFILE),
                    day(1)))
        .then(
            c ->
                c.identifyValue(
                    ValueAssessment.builder()
                        .currentValue(cny(1_000))
                        .longTermValue(cny(5_000))
                        .rationale("small now, growing")
                        .build(),
                    day(2)))
        .then(
            c ->
                c.grade(
                    CustomerGrade.C,
                    CustomerCategory.GENERAL,
                    GradePolicy.standard(CustomerGrade.C),
                    D0,
                    day(3)))
        .then(
            c ->
                c.decideServiceStrategy(
                    new ServiceStrategy(
                        List.of(ServiceValue.LOW_PRICE), "they compare prices", "a fixed bundle"),
                    day(4)))
        .then(
            c -> c.monitor(MonitoringFocus.CUSTOMER_CHANGES, "moved house", D0.plusDays(5), day(5)))
        .then(
            c ->
                c.reviewGrade(
                    CustomerGrade.B,
                    CustomerCategory.COMMERCIAL,
                    GradePolicy.standard(CustomerGrade.B),
                    D0.plusYears(1),
                    day(365)))
        .state();
  }

  @Test
  @DisplayName("D6 a host restores every attribute of a stored customer directly, from any package")
  void direct() {
    Customer stored = everyAttributeSet();
    Customer restored =
        Customer.restore()
            .id(stored.id())
            .version(stored.version())
            .name(stored.name())
            .segment(stored.segment())
            .registeredAt(stored.registeredAt())
            .lastEventAt(stored.lastEventAt())
            .basicData(stored.basicData())
            .value(stored.value())
            .gradings(stored.gradings())
            .serviceStrategy(stored.serviceStrategy())
            .monitoring(stored.monitoring())
            .build();
    assertEquals(stored, restored);
    assertEquals(stored, Customer.restore().from(stored).build());
    assertEquals(2, restored.gradings().size());
  }

  @Test
  @DisplayName(
      "D6 a codec restores every attribute by reflection: each setter is a public method of the"
          + " public Restore class")
  void reflective() throws ReflectiveOperationException {
    Customer stored = everyAttributeSet();
    List<Method> attributes = RestoreAccess.attributes(Customer.class);
    assertEquals(11, attributes.size(), attributes::toString);
    Customer.Restore restore = Customer.restore();
    assertEquals(stored, RestoreAccess.restoreByReflection(stored, restore, attributes));
  }

  /**
   * The setters are the generated builder's {@code public final} methods, inherited by {@link
   * Customer.Restore}; javac emits no public bridge for a final method, so reflection finds them
   * declared in the package-private {@code ImmutableCustomer}'s nested {@code Builder}. That class
   * is public in its class file, so reflection may call its public methods from any package: this
   * test calls every one of them from outside the customer package.
   */
  @Test
  @DisplayName(
      "D6 reflection from another package may call every public method of Restore, setters and"
          + " adders alike")
  void everyMethodReachable() {
    RestoreAccess.everyMethodReachable(Customer.restore(), 11);
  }

  @Test
  @DisplayName(
      "D6.3 a snapshot restored by reflection is checked too: the codec gets the domain's refusal,"
          + " which never prints the name (D7.8)")
  void reflectiveRefusal() throws ReflectiveOperationException {
    Customer.Restore restore = Customer.restore().from(everyAttributeSet());
    Customer.Restore.class.getMethod("basicData", Optional.class).invoke(restore, Optional.empty());
    IllegalArgumentException refusal = RestoreAccess.refusalOnBuild(restore);
    String message = refusal.getMessage();
    assertTrue(message.startsWith("customer CU-7: value is present without basicData"), message);
    assertTrue(message.endsWith("(DOMAIN D6.3)"), message);
    assertFalse(message.contains(NAME), message);
  }
}
