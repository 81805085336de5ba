package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.customer.CustomerGrade;

/** The default {@link GatePolicy}; see {@link GatePolicy#standard(Money, Money)}. */
record StandardGatePolicy(Money regionFrom, Money headquartersFrom) implements GatePolicy {

  StandardGatePolicy {
    Objects.requireNonNull(regionFrom, "regionFrom");
    Objects.requireNonNull(headquartersFrom, "headquartersFrom");
    checkArgument(regionFrom.isPositive(), "the region threshold is positive: %s", regionFrom);
    checkArgument(
        regionFrom.isSameCurrency(headquartersFrom),
        "the thresholds are in one currency: %s and %s",
        regionFrom,
        headquartersFrom);
    checkArgument(
        !headquartersFrom.isLessThan(regionFrom),
        "the headquarters threshold %s is not below the region threshold %s",
        headquartersFrom,
        regionFrom);
  }

  @Override
  public OrganisationLevel requiredAuthority(Gate gate, Money amount, CustomerGrade grade) {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(grade, "grade");
    OrganisationLevel byAmount =
        !amount.isLessThan(headquartersFrom)
            ? OrganisationLevel.HEADQUARTERS
            : !amount.isLessThan(regionFrom)
                ? OrganisationLevel.REGION
                : OrganisationLevel.REPRESENTATIVE_OFFICE;
    if (grade == CustomerGrade.S && !byAmount.isAtLeast(OrganisationLevel.REGION)) {
      return OrganisationLevel.REGION;
    }
    return byAmount;
  }

  @Override
  public RejectionEffect onRejection(Gate gate) {
    Objects.requireNonNull(gate, "gate");
    return gate == Gate.ATI ? RejectionEffect.END : RejectionEffect.RETURN;
  }
}
