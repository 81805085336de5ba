package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.leadtocash.domain.common.DomainStyle;

/**
 * An integrated project plan and budget estimate (概算) (DOMAIN D3.2): the estimated cost of doing
 * the project, prepared on a date with the functions that contributed. The estimate that supports
 * ATB must have all four {@link EstimateContributor}s, and ATC needs it refreshed after ATB.
 *
 * <p>True of every estimate: the cost is not negative.
 */
@Value.Immutable
@DomainStyle
public abstract class ProjectEstimate {

  ProjectEstimate() {}

  /** {@return the date it was prepared; never null} */
  public abstract LocalDate preparedOn();

  /** {@return the estimated cost of the project; never null} */
  public abstract Money estimatedCost();

  /** {@return the functions that prepared it with sales; never null} */
  public abstract Set<EstimateContributor> contributors();

  /** {@return whether supply, procurement, service delivery and finance all contributed} */
  public boolean isIntegrated() {
    return contributors().containsAll(EnumSet.allOf(EstimateContributor.class));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectEstimate}. */
  public static final class Builder extends ImmutableProjectEstimate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !estimatedCost().isNegative(), "an estimated cost is not negative: %s", estimatedCost());
  }
}
