package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.Figures;
import org.leadtocash.domain.common.OrganisationLevel;
import org.leadtocash.domain.customer.CustomerGrade;

/**
 * The default {@link GatePolicy}; see {@link GatePolicy#standard()} and {@link
 * GatePolicy#standard(Money, Money)}.
 */
record StandardGatePolicy(Optional<Money> regionFrom, Optional<Money> headquartersFrom)
    implements GatePolicy {

  StandardGatePolicy {
    Objects.requireNonNull(regionFrom, "regionFrom");
    Objects.requireNonNull(headquartersFrom, "headquartersFrom");
    checkArgument(
        regionFrom.isPresent() == headquartersFrom.isPresent(),
        "the amount thresholds come in pairs");
    if (regionFrom.isPresent() && headquartersFrom.isPresent()) {
      Money region = regionFrom.get();
      Money headquarters = headquartersFrom.get();
      checkArgument(region.isPositive(), "the region threshold is positive: %s", region);
      checkArgument(
          region.isSameCurrency(headquarters),
          "the thresholds are in one currency: %s and %s",
          region,
          headquarters);
      checkArgument(
          !headquarters.isLessThan(region),
          "the headquarters threshold %s is not below the region threshold %s",
          headquarters,
          region);
    }
  }

  @Override
  public OrganisationLevel requiredAuthority(
      Gate gate, Money amount, Optional<CustomerGrade> grade) {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(grade, "grade");
    OrganisationLevel byGrade =
        grade.isEmpty() || grade.get() == CustomerGrade.S
            ? OrganisationLevel.REGION
            : OrganisationLevel.REPRESENTATIVE_OFFICE;
    OrganisationLevel byAmount = OrganisationLevel.REPRESENTATIVE_OFFICE;
    if (headquartersFrom.isPresent() && !amount.isLessThan(headquartersFrom.get())) {
      byAmount = OrganisationLevel.HEADQUARTERS;
    } else if (regionFrom.isPresent() && !amount.isLessThan(regionFrom.get())) {
      byAmount = OrganisationLevel.REGION;
    }
    return byAmount.isAtLeast(byGrade) ? byAmount : byGrade;
  }

  @Override
  public RejectionEffect onRejection(Gate gate) {
    Objects.requireNonNull(gate, "gate");
    return gate == Gate.ATI ? RejectionEffect.END : RejectionEffect.RETURN;
  }

  /**
   * {@return how a host builds this policy, e.g. {@code GatePolicy.standard(CNY 10,000,000.00, CNY
   * 50,000,000.00)}: the name gate decisions log}
   */
  @Override
  public String toString() {
    return regionFrom.isPresent() && headquartersFrom.isPresent()
        ? "GatePolicy.standard("
            + Figures.money(regionFrom.get())
            + ", "
            + Figures.money(headquartersFrom.get())
            + ")"
        : "GatePolicy.standard()";
  }
}
