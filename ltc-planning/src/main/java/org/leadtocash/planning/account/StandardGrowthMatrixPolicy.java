package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.domain.common.Probability;

/** The standard growth-matrix policy, documented on {@link GrowthMatrixPolicy#standard()}. */
final class StandardGrowthMatrixPolicy implements GrowthMatrixPolicy {

  static final StandardGrowthMatrixPolicy MEAN_PRIZE = new StandardGrowthMatrixPolicy();

  private static final Probability LIKELY = Probability.ofPercent(50);

  private final Optional<Money> prizeThreshold;

  private StandardGrowthMatrixPolicy() {
    this.prizeThreshold = Optional.empty();
  }

  StandardGrowthMatrixPolicy(Money prizeThreshold) {
    Objects.requireNonNull(prizeThreshold, "prizeThreshold");
    checkArgument(
        !prizeThreshold.isNegative(),
        "the prize threshold is not negative (DOMAIN D11.3): %s",
        prizeThreshold);
    this.prizeThreshold = Optional.of(prizeThreshold);
  }

  @Override
  public MatrixThresholds thresholds(List<GrowthOption> options) {
    Objects.requireNonNull(options, "options");
    if (prizeThreshold.isPresent()) {
      return new MatrixThresholds(prizeThreshold.get(), LIKELY, "prize threshold set by the host");
    }
    checkArgument(
        !options.isEmpty(), "the mean prize needs at least one growth option (DOMAIN D11.3)");
    Money total = Money.total(options.stream().map(GrowthOption::prize).toList());
    Money mean = total.dividedBy(options.size(), RoundingMode.HALF_EVEN);
    return new MatrixThresholds(
        mean, LIKELY, "prize threshold: the mean prize of the " + options.size() + " options");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StandardGrowthMatrixPolicy that
        && prizeThreshold.equals(that.prizeThreshold);
  }

  @Override
  public int hashCode() {
    return prizeThreshold.hashCode();
  }

  @Override
  public String toString() {
    return prizeThreshold
        .map(t -> "GrowthMatrixPolicy.standard(" + t + ")")
        .orElse("GrowthMatrixPolicy.standard()");
  }
}
