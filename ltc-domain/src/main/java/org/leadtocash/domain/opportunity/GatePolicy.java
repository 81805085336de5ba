package org.leadtocash.domain.opportunity;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.customer.CustomerGrade;

/**
 * The host's rules for gate decisions (DOMAIN D3.2, manage authorisation and its exercise 授权与行权):
 * the lowest level of authority that may decide a gate, and what a rejection does. The library
 * ships {@link #standard()} and {@link #standard(Money, Money)}; a host with its own authorisation
 * matrix implements this interface and passes it to {@link Opportunity#decide(Ruling, GatePolicy,
 * java.time.Instant)} and {@link Opportunity#readiness(Gate, GatePolicy)}.
 */
public interface GatePolicy {

  /**
   * Returns the lowest organisation level whose authority may decide this gate.
   *
   * @param gate the gate; not null
   * @param amount the opportunity's amount; not null
   * @param grade the customer's grade as recorded on the opportunity (D6.2), empty if unknown; not
   *     null
   * @return the level, never null
   */
  OrganisationLevel requiredAuthority(Gate gate, Money amount, Optional<CustomerGrade> grade);

  /**
   * Returns what a rejection of this gate does.
   *
   * @param gate the rejected gate; not null
   * @return end or return, never null
   */
  RejectionEffect onRejection(Gate gate);

  /**
   * Returns the default policy, which decides authority by the customer's grade alone:
   *
   * <ul>
   *   <li>a grade-{@code S} customer's gates are decided at least by a region, and so are those of
   *       a customer whose grade is not recorded — an unknown customer is not assumed to be small;
   *   <li>every other customer's gates by the representative office;
   *   <li>a rejected ATI ends the opportunity (the project is not initiated); a rejected ATB or ATC
   *       returns it to rework the solution or the negotiation.
   * </ul>
   *
   * @return the policy, never null
   */
  static GatePolicy standard() {
    return new StandardGatePolicy(Optional.empty(), Optional.empty());
  }

  /**
   * Returns the default policy of {@link #standard()} with thresholds by amount, in the currency of
   * the opportunities it decides: below {@code regionFrom} the grade decides as in {@link
   * #standard()}; from {@code regionFrom} at least a region decides, from {@code headquartersFrom}
   * headquarters.
   *
   * <p>Comparing an amount in another currency with the thresholds throws Joda-Money's {@link
   * org.joda.money.CurrencyMismatchException}: convert first.
   *
   * @param regionFrom the amount from which a region decides; not null, positive
   * @param headquartersFrom the amount from which headquarters decides; not null, at least {@code
   *     regionFrom}
   * @return the policy, never null
   * @throws IllegalArgumentException if the thresholds are not positive and ordered, or differ in
   *     currency
   */
  static GatePolicy standard(Money regionFrom, Money headquartersFrom) {
    Objects.requireNonNull(regionFrom, "regionFrom");
    Objects.requireNonNull(headquartersFrom, "headquartersFrom");
    return new StandardGatePolicy(Optional.of(regionFrom), Optional.of(headquartersFrom));
  }
}
