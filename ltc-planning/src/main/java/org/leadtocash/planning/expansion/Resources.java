package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * The resources a {@link KeyRelationshipPlan} weighs (DOMAIN D10.2, step 4): the cycle the plan
 * runs over, and what is available to it — executive visits, showcase sites, budget, experts.
 *
 * @param cycle how long the plan runs, e.g. six months; not null, positive
 * @param available what is available, in words; not null, no blank entry
 */
public record Resources(Period cycle, List<String> available) {

  /**
   * Checks the cycle and copies the list.
   *
   * @param cycle how long the plan runs; not null, positive
   * @param available what is available; not null, no blank entry
   * @throws IllegalArgumentException if the cycle is zero or negative in any unit, or an entry is
   *     blank
   */
  public Resources {
    Objects.requireNonNull(available, "available");
    Objects.requireNonNull(cycle, "cycle");
    available = ImmutableList.copyOf(available);
    available.forEach(entry -> FreeText.line(entry, "available"));
    checkArgument(
        !cycle.isZero() && !cycle.isNegative(),
        "a plan's cycle is a positive period (DOMAIN D10.2), not %s",
        cycle);
    checkArgument(
        available.stream().noneMatch(String::isBlank),
        "each available resource is named (DOMAIN D10.2): %s",
        available);
  }
}
