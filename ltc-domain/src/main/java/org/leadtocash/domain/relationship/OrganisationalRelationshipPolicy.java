package org.leadtocash.domain.relationship;

import java.util.Set;

/**
 * How the procurement steps we take part in give the level of the organisational relationship
 * (DOMAIN D7.7): the more steps, the higher the level. The sources give no numbers; {@link
 * #standard()} picks them, a host sets its own with {@link #byStepCounts} or its own
 * implementation, which should keep the rule that more steps never give a lower level.
 */
@FunctionalInterface
public interface OrganisationalRelationshipPolicy {

  /**
   * Returns the level that taking part in these steps gives.
   *
   * @param steps the procurement steps we take part in; not null
   * @return the level, never null
   */
  OrganisationalRelationshipLevel level(Set<ProcurementStep> steps);

  /**
   * Returns the default policy, {@code byStepCounts(3, 5, 7, 8)}: taking part in at most 2 of the 8
   * steps makes an ordinary supplier, 3–4 a qualified supplier, 5–6 a key supplier, 7 a partner,
   * and all 8 — from assessing the customer's problem to evaluating the result — a strategic
   * partner.
   *
   * @return the default policy, never null
   */
  static OrganisationalRelationshipPolicy standard() {
    return byStepCounts(3, 5, 7, 8);
  }

  /**
   * Returns the policy that counts the steps we take part in: from {@code qualifiedSupplier} steps
   * a qualified supplier, from {@code keySupplier} a key supplier, from {@code partner} a partner,
   * from {@code strategicPartner} a strategic partner, below them all an ordinary supplier.
   *
   * @param qualifiedSupplier the count from which we are a qualified supplier, 1 to 8
   * @param keySupplier the count for a key supplier, at least {@code qualifiedSupplier}, at most 8
   * @param partner the count for a partner, at least {@code keySupplier}, at most 8
   * @param strategicPartner the count for a strategic partner, at least {@code partner}, at most 8
   * @return the policy, never null
   * @throws IllegalArgumentException if the counts are not between 1 and 8 or not in order
   */
  static OrganisationalRelationshipPolicy byStepCounts(
      int qualifiedSupplier, int keySupplier, int partner, int strategicPartner) {
    return new StepCountPolicy(qualifiedSupplier, keySupplier, partner, strategicPartner);
  }
}
