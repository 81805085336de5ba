package org.leadtocash.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.leadtocash.domain.common.RuleId;
import org.leadtocash.domain.common.RuleViolationException;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.testkit.CommandLog;
import org.leadtocash.testkit.Settings;
import org.leadtocash.testkit.customer.Customers;
import org.leadtocash.testkit.opportunity.Opportunities;

/**
 * The evidence of a customer's grade exists exactly when the customer is graded, and attests the
 * customer's current grade (DOMAIN D6.2), at every step of random customer histories; an
 * opportunity records a grade exactly when its own customer attests it (DOMAIN D6.2, D3.2).
 */
class GradeAttestationProperties {

  /**
   * After every command of a random history, the customer issues an attestation exactly when a
   * {@link CustomerGraded} is among its events — a reference read from the events, not from the
   * state — and the attestation carries the customer's id, version and latest event, and the grade
   * of its latest grading or review.
   */
  @Property(tries = 200)
  void anAttestationExistsExactlyWhenTheCustomerIsGraded(
      @ForAll CommandLog<Customer, CustomerEvent> history) {
    List<CustomerEvent> events = new ArrayList<>();
    Optional<CustomerGrade> latest = Optional.empty();
    for (List<CustomerEvent> batch : history.batches()) {
      events.addAll(batch);
      for (CustomerEvent event : batch) {
        if (event instanceof CustomerGraded graded) {
          latest = Optional.of(graded.grading().grade());
        } else if (event instanceof GradeReviewed reviewed) {
          latest = Optional.of(reviewed.grading().grade());
        }
      }
      Customer c = Customer.replay(events);
      Optional<GradeAttestation> attestation = c.gradeAttestation();
      assertEquals(latest.isPresent(), attestation.isPresent(), c::toString);
      assertEquals(latest, attestation.map(GradeAttestation::grade), c::toString);
      assertEquals(c.grade(), attestation.map(GradeAttestation::grade), c::toString);
      if (attestation.isPresent()) {
        GradeAttestation a = attestation.get();
        assertEquals(c.id(), a.customer());
        assertEquals(c.version(), a.customerVersion());
        assertEquals(c.lastEventAt(), a.asOf());
        assertEquals(c.grading().orElseThrow().effectiveOn(), a.effectiveOn());
      }
    }
    Statistics.label("graded at the end").collect(history.state().grade().isPresent());
    Statistics.label("graded at the end")
        .coverage(
            c -> {
              c.check(true).count(n -> n > 0);
              c.check(false).count(n -> n > 0);
            });
  }

  /** An open opportunity, and an attestation of a grade it may be offered. */
  record Offer(Opportunity opportunity, GradeAttestation grade) {}

  @Provide
  Arbitrary<Offer> offers() {
    Settings settings = Settings.standard();
    return Combinators.combine(
            Opportunities.opportunities(settings).filter(Opportunity::isOpen),
            Arbitraries.of(CustomerGrade.class),
            Arbitraries.of(true, false),
            Customers.attestations(settings))
        .as(
            (o, grade, own, any) ->
                new Offer(
                    o,
                    own
                        ? Customers.attestation(settings, o.customer(), grade, o.lastEventAt())
                        : any));
  }

  /**
   * An open opportunity records an attested grade exactly when its own customer issued the
   * attestation and the grade is not already the one recorded; the gate policy then weighs that
   * grade. The attestation of any other customer is refused naming D6.2 and changes nothing.
   */
  @Property(tries = 200)
  void anOpportunityRecordsOnlyTheGradeItsCustomerAttests(@ForAll("offers") Offer offer) {
    Opportunity o = offer.opportunity();
    GradeAttestation grade = offer.grade();
    Instant at = o.lastEventAt().plus(Duration.ofHours(1));
    boolean own = grade.customer().equals(o.customer());
    boolean news = !o.customerGrade().equals(Optional.of(grade.grade()));
    Statistics.label("attestation")
        .collect(own ? (news ? "own, new grade" : "own, same grade") : "another customer's");
    Statistics.label("attestation")
        .coverage(
            c -> {
              c.check("own, new grade").count(n -> n > 0);
              c.check("own, same grade").count(n -> n > 0);
              c.check("another customer's").count(n -> n > 0);
            });
    if (own && news) {
      Opportunity graded = o.recordCustomerGrade(grade, at).state();
      assertEquals(Optional.of(grade.grade()), graded.customerGrade());
    } else {
      RuleViolationException refusal =
          assertThrows(RuleViolationException.class, () -> o.recordCustomerGrade(grade, at));
      assertEquals(RuleId.D6_2, refusal.rule());
      assertTrue(refusal.getMessage().contains("[DOMAIN D6.2]"), refusal.getMessage());
    }
  }
}
