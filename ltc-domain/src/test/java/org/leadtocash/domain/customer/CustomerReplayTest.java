package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.RejectedHistoryException;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.Transition;
import org.leadtocash.domain.testing.EventVersions;

/**
 * A customer's stored history is input like any command: replay rebuilds the customer only through
 * the checks of its commands (DOMAIN D6.2, D6.3, D6.7), and refuses a broken stream or an event the
 * customer does not accept with a {@link RejectedHistoryException} naming the customer, the event
 * and what is wrong — never the customer's name, which may be personal data (D7.8).
 */
class CustomerReplayTest {

  private static final CustomerId OTHER = CustomerId.of("CU-SOUTH-POWER");

  private static Segment larger() {
    return Segment.of(
        CustomerSize.LARGE_ENTERPRISE_OR_INSTITUTION,
        CustomerType.TECHNICALLY_COMPLEX,
        cny(5_000_000));
  }

  /**
   * Registered, walked through the five grading steps, reviewed after a year and moved to a larger
   * segment: 8 events.
   */
  private static Transition<Customer, CustomerEvent> story() {
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
                c.reviewGrade(
                    CustomerGrade.A,
                    CustomerCategory.PARTNER,
                    GradePolicy.standard(CustomerGrade.A),
                    date(365),
                    day(365)))
        .then(c -> c.changeSegment(larger(), day(366)));
  }

  private static List<CustomerEvent> history() {
    return story().events();
  }

  private static List<CustomerEvent> with(List<CustomerEvent> history, CustomerEvent... more) {
    List<CustomerEvent> events = new ArrayList<>(history);
    Collections.addAll(events, more);
    return events;
  }

  private static Grading grading(CustomerGrade grade, LocalDate effectiveOn) {
    return new Grading(
        grade, CustomerCategory.COMMERCIAL, GradePolicy.standard(grade), effectiveOn);
  }

  /**
   * Asserts that replay refuses a history at the given position for the given rule, with a message
   * naming the customer, the offending event's type and the rule, and not the customer's name.
   */
  @CanIgnoreReturnValue
  private static RejectedHistoryException assertRejected(
      String rule, int position, List<? extends CustomerEvent> history) {
    RejectedHistoryException e =
        assertThrows(RejectedHistoryException.class, () -> Customer.replay(history));
    assertRejection(e, rule, position, history.get(position - 1));
    return e;
  }

  private static void assertRejection(
      RejectedHistoryException e, String rule, int position, CustomerEvent offending) {
    assertEquals(RuleId.of(rule), e.rule(), e::getMessage);
    assertEquals(position, e.position(), e::getMessage);
    assertSame(offending, e.event(), e::getMessage);
    assertEquals("replay", e.command());
    assertTrue(e.getMessage().contains("Customer " + CUSTOMER), e::getMessage);
    assertTrue(e.getMessage().contains(offending.type().name()), e::getMessage);
    assertTrue(e.getMessage().contains("[DOMAIN " + rule + "]"), e::getMessage);
    assertFalse(e.getMessage().contains(NAME), "the name is personal data (D7.8)");
  }

  @Test
  @DisplayName("a genuine history of every command replays to the customer it produced (D6.3)")
  void genuine() {
    Transition<Customer, CustomerEvent> story = story();
    Customer replayed = Customer.replay(story.events());
    assertEquals(story.state(), replayed);
    assertEquals(8, replayed.version());
    assertEquals(2, replayed.gradings().size());
  }

  @Nested
  @DisplayName("a broken stream is rejected under the customer's lifecycle rule D6.3")
  class BrokenStream {

    @Test
    @DisplayName("an empty history is no customer at all")
    void empty() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Customer.replay(List.of()));
      assertTrue(e.getMessage().contains("CustomerRegistered"), e.getMessage());
    }

    @Test
    @DisplayName("a history that does not start with the registration is rejected at its start")
    void notStartingWithRegistration() {
      RejectedHistoryException e = assertRejected("D6.3", 1, history().subList(1, 5));
      assertTrue(e.getMessage().contains("starts with CustomerRegistered"), e.getMessage());
    }

    @Test
    @DisplayName("a second registration is rejected: a customer is registered once")
    void registeredTwice() {
      List<CustomerEvent> history =
          with(
              history().subList(0, 2),
              new CustomerRegistered(CUSTOMER, 3, NAME, segment(), day(2)));
      assertRejected("D6.3", 3, history);
    }

    @Test
    @DisplayName("another customer's grading in this customer's stream is rejected")
    void anotherCustomersEvent() {
      List<CustomerEvent> history = new ArrayList<>(history());
      history.set(3, new CustomerGraded(OTHER, 4, grading(CustomerGrade.S, D0), day(3)));
      RejectedHistoryException e = assertRejected("D6.3", 4, history);
      assertTrue(e.getMessage().contains(OTHER.toString()), e.getMessage());
    }

    @Test
    @DisplayName("a gap (the value identification, version 3, missing) is rejected")
    void gap() {
      List<CustomerEvent> history = new ArrayList<>(history());
      history.remove(2);
      RejectedHistoryException e = assertRejected("D6.3", 3, history);
      assertTrue(e.getMessage().contains("a gap"), e.getMessage());
    }

    @Test
    @DisplayName("a duplicated monitoring record is rejected: version 6 is already in the stream")
    void duplicate() {
      List<CustomerEvent> history = new ArrayList<>(history());
      history.add(6, history.get(5));
      RejectedHistoryException e = assertRejected("D6.3", 7, history);
      assertTrue(e.getMessage().contains("already in the stream"), e.getMessage());
    }

    @Test
    @DisplayName("the review and the segment change out of order are rejected")
    void outOfOrder() {
      List<CustomerEvent> history = new ArrayList<>(history());
      Collections.swap(history, 6, 7);
      assertRejected("D6.3", 7, history);
    }

    @Test
    @DisplayName("an event dated before the one it follows is rejected: the history runs forward")
    void backInTime() {
      List<CustomerEvent> history =
          with(
              history().subList(0, 2),
              new ValueIdentified(CUSTOMER, 3, value(1, 2), day(1).minusSeconds(60)));
      RejectedHistoryException e = assertRejected("D6.3", 3, history);
      assertTrue(e.getMessage().contains("back in time"), e.getMessage());
    }
  }

  @Nested
  @DisplayName(
      "an event the customer does not accept is rejected under the rule its command breaks")
  class NotAccepted {

    @Test
    @DisplayName("a customer is graded only once its value is identified (D6.3)")
    void gradedBeforeValue() {
      List<CustomerEvent> history =
          with(
              history().subList(0, 2),
              new CustomerGraded(CUSTOMER, 3, grading(CustomerGrade.B, D0), day(2)));
      assertRejected("D6.3", 3, history);
    }

    @Test
    @DisplayName("monitoring before a service strategy is decided is rejected (D6.3)")
    void monitoredBeforeStrategy() {
      List<CustomerEvent> history =
          with(
              history().subList(0, 4),
              new CustomerMonitored(
                  CUSTOMER,
                  5,
                  new MonitoringRecord(MonitoringFocus.ISSUE_CLOSURE, "two issues", date(4)),
                  day(4)));
      assertRejected("D6.3", 5, history);
    }

    @Test
    @DisplayName("a graded customer is not graded a second time: that is its review (D6.2)")
    void gradedTwice() {
      List<CustomerEvent> history =
          with(
              history().subList(0, 5),
              new CustomerGraded(CUSTOMER, 6, grading(CustomerGrade.C, date(30)), day(30)));
      assertRejected("D6.2", 6, history);
    }

    @Test
    @DisplayName("a review before any grading is rejected (D6.2)")
    void reviewedBeforeGrading() {
      List<CustomerEvent> history =
          with(
              history().subList(0, 3),
              new GradeReviewed(CUSTOMER, 4, grading(CustomerGrade.A, date(365)), day(365)));
      assertRejected("D6.2", 4, history);
    }

    @Test
    @DisplayName("a review dated on the grading it reviews, not after it, is rejected (D6.2)")
    void reviewNotAfterGrading() {
      List<CustomerEvent> history =
          with(
              history().subList(0, 6),
              new GradeReviewed(CUSTOMER, 7, grading(CustomerGrade.A, D0), day(100)));
      assertRejected("D6.2", 7, history);
    }

    @Test
    @DisplayName("a move to the segment the customer is already in is rejected (D6.7)")
    void sameSegment() {
      List<CustomerEvent> history =
          with(history(), new SegmentChanged(CUSTOMER, 9, larger(), day(400)));
      assertRejected("D6.7", 9, history);
    }
  }

  @Nested
  @DisplayName("a forged event is rejected as its command refuses it")
  class Forged {

    @Test
    @DisplayName("a registration with a blank name is rejected, without printing any name (D6.3)")
    void blankName() {
      assertRejected(
          "D6.3", 1, List.of(new CustomerRegistered(CUSTOMER, 1, "  ", segment(), day(0))));
    }

    @Test
    @DisplayName("a registration at version 2 is rejected: the creation is version 1 (D6.3)")
    void registrationNotAtVersionOne() {
      assertRejected(
          "D6.3", 1, List.of(new CustomerRegistered(CUSTOMER, 2, NAME, segment(), day(0))));
    }

    @Test
    @DisplayName("a value assessment carrying another customer's value-return curve (D6.3)")
    void anotherCustomersCurve() {
      ValueAssessment forged =
          ValueAssessment.builder()
              .from(value(1, 2))
              .curve(ValueReturnCurve.of(OTHER, List.of(point(1, 10, 10, 1, 1))))
              .build();
      List<CustomerEvent> history =
          with(history().subList(0, 2), new ValueIdentified(CUSTOMER, 3, forged, day(2)));
      RejectedHistoryException e = assertRejected("D6.3", 3, history);
      assertTrue(e.getMessage().contains("value-return curve"), e.getMessage());
    }
  }

  @Nested
  @DisplayName("a snapshot and the events after it rebuild the customer")
  class Snapshots {

    @Test
    @DisplayName("every snapshot plus its tail equals the full replay")
    void snapshotPlusTail() {
      List<CustomerEvent> history = history();
      Customer full = Customer.replay(history);
      for (int k = 1; k <= history.size(); k++) {
        Customer snapshot = Customer.replay(history.subList(0, k));
        assertEquals(k, snapshot.version());
        assertEquals(
            full, Customer.replay(snapshot, history.subList(k, history.size())), "at " + k);
      }
    }

    @Test
    @DisplayName("a tail that does not start at the snapshot's version plus one is rejected")
    void tailNotContinuing() {
      List<CustomerEvent> history = history();
      Customer snapshot = Customer.replay(history.subList(0, 4));
      List<CustomerEvent> skipping = history.subList(5, history.size());
      RejectedHistoryException gap =
          assertThrows(RejectedHistoryException.class, () -> Customer.replay(snapshot, skipping));
      assertRejection(gap, "D6.3", 1, skipping.get(0));
      List<CustomerEvent> repeating = history.subList(3, history.size());
      RejectedHistoryException duplicate =
          assertThrows(RejectedHistoryException.class, () -> Customer.replay(snapshot, repeating));
      assertRejection(duplicate, "D6.3", 1, repeating.get(0));
    }

    @Test
    @DisplayName("a tail about another customer is rejected")
    void tailOfAnotherCustomer() {
      Customer snapshot = Customer.replay(history().subList(0, 1));
      List<CustomerEvent> tail = List.of(new BasicDataAnalysed(OTHER, 2, basicData(), day(1)));
      RejectedHistoryException e =
          assertThrows(RejectedHistoryException.class, () -> Customer.replay(snapshot, tail));
      assertRejection(e, "D6.3", 1, tail.get(0));
    }

    @Test
    @DisplayName("a tail the snapshot does not accept is rejected: a graded customer is reviewed")
    void tailNotAccepted() {
      Customer snapshot = Customer.replay(history().subList(0, 4));
      List<CustomerEvent> tail =
          List.of(new CustomerGraded(CUSTOMER, 5, grading(CustomerGrade.A, date(10)), day(10)));
      RejectedHistoryException e =
          assertThrows(RejectedHistoryException.class, () -> Customer.replay(snapshot, tail));
      assertRejection(e, "D6.2", 1, tail.get(0));
    }

    @Test
    @DisplayName("an empty tail leaves the snapshot as it is")
    void emptyTail() {
      Customer snapshot = story().state();
      assertEquals(snapshot, Customer.replay(snapshot, List.of()));
    }
  }

  @Test
  @DisplayName(
      "DESIGN §2, DOMAIN D6.3: every customer event carries the version it produced; a stored"
          + " event at version 0 is refused as it is read")
  void eventAtVersionZero() {
    EventVersions.assertEveryTypeRefusesVersionZero(CustomerEvent.class, history());
  }
}
