package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadtocash.domain.customer.CustomerFixtures.CUSTOMER;
import static org.leadtocash.domain.customer.CustomerFixtures.NAME;
import static org.leadtocash.domain.customer.CustomerFixtures.basicData;
import static org.leadtocash.domain.customer.CustomerFixtures.date;
import static org.leadtocash.domain.customer.CustomerFixtures.day;
import static org.leadtocash.domain.customer.CustomerFixtures.segment;
import static org.leadtocash.domain.customer.CustomerFixtures.strategy;
import static org.leadtocash.domain.customer.CustomerFixtures.value;
import static org.leadtocash.domain.testing.CommandActions.command;
import static org.leadtocash.domain.testing.DomainTesters.cny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.testing.CommandLog;

/**
 * Random command sequences on a customer (DOMAIN D6.2, D6.3, D6.7): accepted commands keep the
 * grading steps in order and the yearly review consistent, refused ones throw a domain exception
 * and change nothing, and the events replay to an equal customer.
 */
class CustomerProperties {

  @Property(tries = 300)
  void commandSequencesNeverReachAnIllegalState(
      @ForAll("customers") ActionChain<CommandLog<Customer, CustomerEvent>> chain) {
    CommandLog<Customer, CustomerEvent> log =
        chain.withInvariant("DOMAIN D6 rules hold", CustomerProperties::holdsEveryRule).run();
    Statistics.label("steps taken").collect(log.state().completedSteps().size());
    Statistics.label("steps taken")
        .coverage(c -> c.check(GradingStep.values().length).count(n -> n > 0));
  }

  @Property(tries = 200)
  void replayingTheEventsGivesAnEqualCustomer(
      @ForAll("customers") ActionChain<CommandLog<Customer, CustomerEvent>> chain) {
    CommandLog<Customer, CustomerEvent> log = chain.run();
    assertEquals(log.state(), Customer.replay(log.events()));
  }

  static void holdsEveryRule(CommandLog<Customer, CustomerEvent> log) {
    Customer customer = log.state();
    List<CustomerEvent> events = log.events();
    assertEquals(events.size(), customer.version(), "the version counts the events");
    // DESIGN §2, D6.3: the history runs forward, and the last event's instant is kept
    for (int i = 1; i < events.size(); i++) {
      assertFalse(
          events.get(i).occurredAt().isBefore(events.get(i - 1).occurredAt()),
          "D6.3: the history runs forward");
    }
    assertEquals(events.get(events.size() - 1).occurredAt(), customer.lastEventAt());
    // D6.3: the steps taken are always a prefix of the steps' order
    int taken = customer.completedSteps().size();
    for (GradingStep step : GradingStep.values()) {
      assertEquals(
          step.ordinal() < taken,
          customer.completedSteps().contains(step),
          "D6.3: steps are taken in order, " + customer.completedSteps());
    }
    // D6.3: each step was first taken after the one before it
    int lastFirst = -1;
    for (Class<?> kind :
        List.of(
            BasicDataAnalysed.class,
            ValueIdentified.class,
            CustomerGraded.class,
            ServiceStrategyDecided.class,
            CustomerMonitored.class)) {
      int first = indexOfFirst(events, kind);
      if (first < 0) {
        break;
      }
      assertTrue(first > lastFirst, "D6.3: " + kind.getSimpleName() + " after its predecessor");
      lastFirst = first;
    }
    // D6.2: graded once, then reviewed; each review dated after the grading it reviews
    long gradedEvents = events.stream().filter(e -> e instanceof CustomerGraded).count();
    long reviews = events.stream().filter(e -> e instanceof GradeReviewed).count();
    assertTrue(gradedEvents <= 1, "D6.2: a customer is graded once");
    assertEquals(gradedEvents + reviews, customer.gradings().size());
    if (gradedEvents == 0) {
      assertEquals(0, reviews, "D6.2: only a graded customer is reviewed");
      assertEquals(ReviewStatus.NOT_GRADED, customer.reviewStatus(date(10_000)));
    }
    for (int i = 1; i < customer.gradings().size(); i++) {
      assertTrue(
          customer
              .gradings()
              .get(i)
              .effectiveOn()
              .isAfter(customer.gradings().get(i - 1).effectiveOn()),
          "D6.2: reviews move forward in time");
    }
    customer
        .grading()
        .ifPresent(
            g -> {
              LocalDate due = g.effectiveOn().plusYears(1);
              assertEquals(due, customer.reviewDueOn().orElseThrow());
              assertTrue(customer.isReviewDue(due), "D6.2: due a year after");
              assertFalse(customer.isReviewDue(due.minusDays(1)), "D6.2: not due within the year");
            });
  }

  private static int indexOfFirst(List<CustomerEvent> events, Class<?> kind) {
    for (int i = 0; i < events.size(); i++) {
      if (kind.isInstance(events.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Hours after the customer's last event; a few are negative, back-dated commands (DESIGN §2). */
  private static final Arbitrary<Integer> HOURS = Arbitraries.integers().between(-6, 60);

  /** The instant of a command, {@code hours} after the customer's last event. */
  private static Instant after(Customer customer, int hours) {
    return customer.lastEventAt().plus(Duration.ofHours(hours));
  }

  @Provide
  ActionChainArbitrary<CommandLog<Customer, CustomerEvent>> customers() {
    Arbitrary<CustomerGrade> grades = Arbitraries.of(CustomerGrade.class);
    Arbitrary<CustomerCategory> categories = Arbitraries.of(CustomerCategory.class);
    Arbitrary<LocalDate> dates =
        Arbitraries.integers().between(-400, 1_500).map(CustomerFixtures::date);
    Arbitrary<Tuple.Tuple3<CustomerGrade, CustomerCategory, LocalDate>> gradings =
        Combinators.combine(grades, categories, dates).as(Tuple::of);
    return ActionChain.<CommandLog<Customer, CustomerEvent>>startWith(
            () -> CommandLog.start(Customer.register(CUSTOMER, NAME, segment(), day(0))))
        .withAction(
            2,
            command(
                "analyseBasicData", HOURS, (c, h) -> c.analyseBasicData(basicData(), after(c, h))))
        .withAction(
            3,
            command(
                "identifyValue",
                Combinators.combine(
                        Arbitraries.longs().between(-1_000, 10_000_000),
                        Arbitraries.longs().between(0, 50_000_000),
                        HOURS)
                    .as(Tuple::of),
                (c, v) -> c.identifyValue(value(v.get1(), v.get2()), after(c, v.get3()))))
        .withAction(
            3,
            command(
                "grade",
                Combinators.combine(gradings, HOURS).as(Tuple::of),
                (c, g) ->
                    c.grade(
                        g.get1().get1(),
                        g.get1().get2(),
                        GradePolicy.standard(g.get1().get1()),
                        g.get1().get3(),
                        after(c, g.get2()))))
        .withAction(
            3,
            command(
                "decideServiceStrategy",
                HOURS,
                (c, h) -> c.decideServiceStrategy(strategy(), after(c, h))))
        .withAction(
            3,
            command(
                "monitor",
                Combinators.combine(Arbitraries.of(MonitoringFocus.class), dates, HOURS)
                    .as(Tuple::of),
                (c, m) -> c.monitor(m.get1(), "observed", m.get2(), after(c, m.get3()))))
        .withAction(
            4,
            command(
                "reviewGrade",
                Combinators.combine(gradings, HOURS).as(Tuple::of),
                (c, g) ->
                    c.reviewGrade(
                        g.get1().get1(),
                        g.get1().get2(),
                        GradePolicy.standard(g.get1().get1()),
                        g.get1().get3(),
                        after(c, g.get2()))))
        .withAction(
            1,
            command(
                "changeSegment",
                Combinators.combine(
                        Arbitraries.of(CustomerSize.class),
                        Arbitraries.of(CustomerType.class),
                        Arbitraries.longs().between(-100, 100),
                        HOURS)
                    .as(
                        (size, type, profit, h) ->
                            Tuple.of(Segment.of(size, type, cny(profit)), h)),
                (c, s) -> c.changeSegment(s.get1(), after(c, s.get2()))))
        .withMaxTransformations(40);
  }
}
