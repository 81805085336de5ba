package org.leadtocash.domain.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.CustomerId;

/**
 * The evidence of a customer's grade (DOMAIN D6.2), issued by that customer alone, for another
 * aggregate that weighs the grade: an {@link org.leadtocash.domain.opportunity.Opportunity
 * opportunity} records it for the authority of its gate decisions (DOMAIN D3.2), and a relationship
 * plan sizes the staffing of the customer by it (DOMAIN D10.1).
 *
 * <p>It carries the customer's id and version when it issued the attestation, the grade, the date
 * from which the grading applies, and the instant of the customer's latest event at that version.
 * There is no public constructor, builder, copy or factory: the only way to obtain one is {@link
 * Customer#gradeAttestation()}, which issues it exactly when the customer is graded, with its
 * current grade. A grade written by hand therefore proves nothing to an opportunity: a host cannot
 * route a gate decision to a lower authority by claiming a lower grade.
 *
 * <p>The trust boundary is that of every evidence: an attestation is as good as the customer state
 * that issued it — built by the customer's own commands, by a strict {@link Customer#replay replay}
 * of its stored history, or {@link Customer#restore() restored} from a snapshot of the host's own
 * storage, whose check refuses a state no command reaches. It carries the customer's version, so
 * the host can check it against the customer it stores.
 *
 * <p>An attestation is an immutable value: two are equal when they carry the same facts.
 */
public final class GradeAttestation {

  private final CustomerId customer;
  private final long customerVersion;
  private final CustomerGrade grade;
  private final LocalDate effectiveOn;
  private final Instant asOf;

  private GradeAttestation(
      CustomerId customer,
      long customerVersion,
      CustomerGrade grade,
      LocalDate effectiveOn,
      Instant asOf) {
    this.customer = customer;
    this.customerVersion = customerVersion;
    this.grade = grade;
    this.effectiveOn = effectiveOn;
    this.asOf = asOf;
  }

  /**
   * Issues the attestation of a customer's current grading; only {@link
   * Customer#gradeAttestation()} calls it, once the customer is graded.
   */
  static GradeAttestation issue(Customer issuer, Grading grading) {
    return new GradeAttestation(
        issuer.id(),
        issuer.version(),
        grading.grade(),
        grading.effectiveOn(),
        issuer.lastEventAt());
  }

  /** {@return the customer graded, which issued this attestation; never null} */
  public CustomerId customer() {
    return customer;
  }

  /**
   * {@return the version of the customer that issued this attestation: at that version its current
   * grade was {@link #grade()} (DOMAIN D6.2); at least 1}
   */
  public long customerVersion() {
    return customerVersion;
  }

  /** {@return the customer's grade at {@link #customerVersion()} (DOMAIN D6.2); never null} */
  public CustomerGrade grade() {
    return grade;
  }

  /**
   * {@return the date from which the grading attested applies: when the grade was assessed, at the
   * first grading or at its latest yearly review (DOMAIN D6.2); never null}
   */
  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  /**
   * {@return when the customer's state that issued this attestation was current: the instant of its
   * latest event at {@link #customerVersion()}; never null}
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Tells whether another object is an attestation carrying the same facts.
   *
   * @param other the object to compare; may be null
   * @return whether it is an equal attestation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GradeAttestation that
        && customer.equals(that.customer)
        && customerVersion == that.customerVersion
        && grade == that.grade
        && effectiveOn.equals(that.effectiveOn)
        && asOf.equals(that.asOf);
  }

  /** {@return a hash code consistent with {@link #equals}} */
  @Override
  public int hashCode() {
    return Objects.hash(customer, customerVersion, grade, effectiveOn, asOf);
  }

  /** {@return the grade, the customer and its version, e.g. {@code grade A of CU-1 at v4}} */
  @Override
  public String toString() {
    return "grade "
        + grade
        + " of "
        + customer
        + " at v"
        + customerVersion
        + " (from "
        + effectiveOn
        + ", as of "
        + asOf
        + ")";
  }
}
