package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.customer.CustomerFixtures.CUSTOMER;
import static org.leadtocash.domain.customer.CustomerFixtures.NAME;
import static org.leadtocash.domain.customer.CustomerFixtures.basicData;
import static org.leadtocash.domain.customer.CustomerFixtures.date;
import static org.leadtocash.domain.customer.CustomerFixtures.day;
import static org.leadtocash.domain.customer.CustomerFixtures.point;
import static org.leadtocash.domain.customer.CustomerFixtures.segment;
import static org.leadtocash.domain.customer.CustomerFixtures.strategy;
import static org.leadtocash.domain.customer.CustomerFixtures.value;
import static org.leadtocash.domain.testing.DomainTesters.D0;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.Transition;

/**
 * A stored customer snapshot is input like a command (DOMAIN D6): {@link Customer#restore()}
 * rebuilds every state the commands reach, equal to the original and continued by {@link
 * Customer#replay(Customer, List)}, and refuses a tampered snapshot with an {@link
 * IllegalArgumentException} naming the attribute and the rule it breaks — never the customer's
 * name, which may be personal data (D7.8).
 */
class CustomerRestoreTest {

  private static final CustomerId OTHER = CustomerId.of("CU-SOUTH-POWER");

  /**
   * Registered (v1, day 0), walked through the five grading steps (v2–v6, days 1–5), monitored
   * again (v7), reviewed after a year (v8, day 365), moved to a larger segment (v9) and its value
   * identified anew, on its own value-return curve (v10): 10 events.
   */
  private static Transition<Customer, CustomerEvent> story() {
    ValueAssessment onCurve =
        ValueAssessment.builder()
            .from(value(4_000_000, 25_000_000))
            .curve(
                new ValueReturnCurve(
                    CUSTOMER, List.of(point(1, 1_000_000, 800_000, 100_000, 100_000))))
            .build();
    return Customer.register(CUSTOMER, NAME, segment(), day(0))
        .then(c -> c.analyseBasicData(basicData(), day(1)))
        .then(c -> c.identifyValue(value(3_000_000, 20_000_000), day(2)))
        .then(
            c ->
                c.grade(
                    CustomerGrade.S,
                    CustomerCategory.STRATEGIC,
                    GradePolicy.standard(CustomerGrade.S),
                    D0,
                    day(3)))
        .then(c -> c.decideServiceStrategy(strategy(), day(4)))
        .then(
            c ->
                c.monitor(
                    MonitoringFocus.CUSTOMER_CHANGES, "a new CTO from the south", date(5), day(5)))
        .then(
            c ->
                c.monitor(
                    MonitoringFocus.CUSTOMER_CHANGES, "the CTO reorganises", date(90), day(90)))
        .then(
            c ->
                c.reviewGrade(
                    CustomerGrade.A,
                    CustomerCategory.PARTNER,
                    GradePolicy.standard(CustomerGrade.A),
                    date(365),
                    day(365)))
        .then(
            c ->
                c.changeSegment(
                    Segment.of(
                        CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION,
                        CustomerType.TECHNICALLY_COMPLEX,
                        cny(5_000_000)),
                    day(366)))
        .then(c -> c.identifyValue(onCurve, day(367)));
  }

  /** The state the story reaches after its first {@code version} events. */
  private static Customer storyAt(int version) {
    return Customer.replay(story().events().subList(0, version));
  }

  /** Restores a customer by setting each of its attributes, as a codec reading a snapshot does. */
  private static Customer restored(Customer stored) {
    return Customer.restore()
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
  }

  /** A snapshot of a state with some attributes tampered with. */
  private static Customer.Restore tampered(
      Customer stored, Function<Customer.Restore, Customer.Restore> tamper) {
    return tamper.apply(Customer.restore().from(stored));
  }

  /**
   * Asserts that building a snapshot is refused with an IllegalArgumentException that names the
   * customer, the attribute and the rule, mentions what is wrong, and never the customer's name.
   */
  private static void assertRefused(
      Customer.Restore snapshot, String attribute, String rule, String... mentions) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, snapshot::build);
    String message = refused.getMessage();
    assertTrue(message.startsWith("customer CU-NORTH-MOBILE: "), message);
    assertTrue(
        message.contains(attribute), "expected the attribute «" + attribute + "» in: " + message);
    assertTrue(message.endsWith("(DOMAIN " + rule + ")"), message);
    for (String mention : mentions) {
      assertTrue(message.contains(mention), "expected «" + mention + "» in: " + message);
    }
    assertFalse(message.contains(NAME), message);
  }

  @Nested
  @DisplayName("D6 a restored snapshot is the customer it was, and continues with replay")
  class RoundTrip {

    @Test
    @DisplayName(
        "every state of the story, restored attribute by attribute, equals the original and"
            + " replays the rest of the story to the same customer")
    void everyState() {
      Transition<Customer, CustomerEvent> story = story();
      List<CustomerEvent> events = story.events();
      assertEquals(10, events.size());
      assertEquals(2, story.state().gradings().size());
      assertTrue(story.state().value().orElseThrow().curve().isPresent());
      for (int version = 1; version <= events.size(); version++) {
        Customer stored = storyAt(version);
        Customer restored = restored(stored);
        assertEquals(stored, restored, "version " + version);
        assertEquals(NAME, restored.name());
        assertEquals(
            story.state(),
            Customer.replay(restored, events.subList(version, events.size())),
            "version " + version);
      }
    }

    @Test
    @DisplayName("the builder's from() copies a snapshot whole")
    void copy() {
      Customer stored = storyAt(8);
      assertEquals(stored, Customer.restore().from(stored).build());
    }
  }

  @Nested
  @DisplayName("D6.3 D6.7 a snapshot's registration, version and time are checked")
  class RegistrationVersionAndTime {

    @Test
    @DisplayName("D6.7 a blank name is refused, without printing it")
    void nameNotBlank() {
      assertRefused(tampered(storyAt(1), r -> r.name("  ")), "name is blank", "D6.7");
    }

    @Test
    @DisplayName("lastEventAt before registeredAt is refused: the history runs forward")
    void lastEventBeforeRegistration() {
      assertRefused(
          tampered(storyAt(4), r -> r.lastEventAt(day(-1))), "lastEventAt", "D6.3", "registeredAt");
    }

    @Test
    @DisplayName("a version that does not count the recorded steps is refused")
    void versionCountsTheSteps() {
      assertRefused(
          tampered(storyAt(8), r -> r.version(6)), "version is 6", "D6.3", "fewer than the 8");
    }

    @Test
    @DisplayName("at version 1 the registration is the latest event")
    void versionOne() {
      assertRefused(
          tampered(storyAt(1), r -> r.lastEventAt(day(1))),
          "lastEventAt",
          "D6.3",
          "version 1",
          "registeredAt");
    }
  }

  @Nested
  @DisplayName("D6.3 a snapshot's grading steps are taken in order, as the commands take them")
  class TheSteps {

    @Test
    @DisplayName("a value identified without the basic data analysed is refused")
    void valueAfterBasicData() {
      assertRefused(
          tampered(storyAt(3), r -> r.basicData(Optional.empty())),
          "value is present without basicData",
          "D6.3");
    }

    @Test
    @DisplayName("a grading without the value identified is refused")
    void gradingAfterValue() {
      assertRefused(
          tampered(storyAt(4), r -> r.value(Optional.empty())),
          "gradings is present without value",
          "D6.3");
    }

    @Test
    @DisplayName("a service strategy without a grading is refused")
    void strategyAfterGrading() {
      assertRefused(
          tampered(storyAt(5), r -> r.gradings(List.of())),
          "serviceStrategy is present without gradings",
          "D6.3");
    }

    @Test
    @DisplayName("monitoring without a service strategy is refused")
    void monitoringAfterStrategy() {
      assertRefused(
          tampered(storyAt(7), r -> r.serviceStrategy(Optional.empty())),
          "monitoring is present without serviceStrategy",
          "D6.3");
    }

    @Test
    @DisplayName("a value resting on another customer's value-return curve is refused")
    void curveIsTheCustomers() {
      ValueAssessment others =
          ValueAssessment.builder()
              .from(value(4_000_000, 25_000_000))
              .curve(
                  new ValueReturnCurve(
                      OTHER, List.of(point(1, 1_000_000, 800_000, 100_000, 100_000))))
              .build();
      assertRefused(tampered(storyAt(10), r -> r.value(others)), "value", "D6.3", "CU-SOUTH-POWER");
    }
  }

  @Nested
  @DisplayName("D6.2 a snapshot's gradings are checked as the commands check them")
  class TheGradings {

    @Test
    @DisplayName("a review dated on the grading it reviews is refused")
    void reviewAfterTheGrading() {
      Customer reviewed = storyAt(8);
      Grading first = reviewed.gradings().get(0);
      Grading sameDay =
          new Grading(
              CustomerGrade.A, CustomerCategory.PARTNER, first.policy(), first.effectiveOn());
      assertRefused(
          tampered(reviewed, r -> r.gradings(List.of(first, sameDay))),
          "gradings: review 1",
          "D6.2",
          D0.toString());
    }
  }
}
