package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The {@link PyramidPolicy} of cumulative value shares; see {@link
 * PyramidPolicy#byCumulativeValue(int, int)}.
 *
 * @param keyPercent the key customers' share at least
 * @param importantPercent the key and important customers' share at least
 */
record CumulativeValuePolicy(int keyPercent, int importantPercent) implements PyramidPolicy {

  CumulativeValuePolicy {
    checkArgument(
        keyPercent >= 1 && keyPercent <= importantPercent && importantPercent <= 100,
        "the pyramid's shares satisfy 1 <= key <= important <= 100 percent, not key %s, important"
            + " %s (DOMAIN D6.4)",
        keyPercent,
        importantPercent);
  }

  @Override
  public List<ValueTier> tiers(List<CustomerValue> ranked) {
    Objects.requireNonNull(ranked, "ranked");
    BigDecimal total =
        ranked.stream().map(v -> v.value().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal keyLine = total.multiply(BigDecimal.valueOf(keyPercent));
    BigDecimal importantLine = total.multiply(BigDecimal.valueOf(importantPercent));
    BigDecimal above = BigDecimal.ZERO;
    ImmutableList.Builder<ValueTier> tiers = ImmutableList.builder();
    for (CustomerValue value : ranked) {
      BigDecimal abovePercent = above.multiply(BigDecimal.valueOf(100));
      if (abovePercent.compareTo(keyLine) < 0) {
        tiers.add(ValueTier.KEY);
      } else if (abovePercent.compareTo(importantLine) < 0) {
        tiers.add(ValueTier.IMPORTANT);
      } else {
        tiers.add(ValueTier.GENERAL);
      }
      above = above.add(value.value().getAmount());
    }
    return tiers.build();
  }

  @Override
  public String toString() {
    return "key to " + keyPercent + "% of value, important to " + importantPercent + "%";
  }
}
