package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Set;

/**
 * The {@link OrganisationalRelationshipPolicy} that counts steps; see {@link
 * OrganisationalRelationshipPolicy#byStepCounts}.
 *
 * @param qualifiedSupplier from this count, a qualified supplier
 * @param keySupplier from this count, a key supplier
 * @param partner from this count, a partner
 * @param strategicPartner from this count, a strategic partner
 */
record StepCountPolicy(int qualifiedSupplier, int keySupplier, int partner, int strategicPartner)
    implements OrganisationalRelationshipPolicy {

  StepCountPolicy {
    int steps = ProcurementStep.values().length;
    checkArgument(
        1 <= qualifiedSupplier
            && qualifiedSupplier <= keySupplier
            && keySupplier <= partner
            && partner <= strategicPartner
            && strategicPartner <= steps,
        "the step counts of the organisational levels rise from 1 to %s (DOMAIN D7.7), not %s, %s,"
            + " %s, %s",
        steps,
        qualifiedSupplier,
        keySupplier,
        partner,
        strategicPartner);
  }

  @Override
  public OrganisationalRelationshipLevel level(Set<ProcurementStep> steps) {
    Objects.requireNonNull(steps, "steps");
    int count = steps.size();
    if (count >= strategicPartner) {
      return OrganisationalRelationshipLevel.STRATEGIC_PARTNER;
    }
    if (count >= partner) {
      return OrganisationalRelationshipLevel.PARTNER;
    }
    if (count >= keySupplier) {
      return OrganisationalRelationshipLevel.KEY_SUPPLIER;
    }
    return count >= qualifiedSupplier
        ? OrganisationalRelationshipLevel.QUALIFIED_SUPPLIER
        : OrganisationalRelationshipLevel.ORDINARY_SUPPLIER;
  }

  @Override
  public String toString() {
    return "by steps taken part in: qualified supplier from "
        + qualifiedSupplier
        + ", key supplier from "
        + keySupplier
        + ", partner from "
        + partner
        + ", strategic partner from "
        + strategicPartner;
  }
}
