package org.leadtocash.domain.lead;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * The lead profile its creator submits (DOMAIN D2.4): whose need it is, what the need is, where the
 * lead came from (D2.2) and the customer's budget if one is known (D2.3).
 *
 * <p>True of every profile: title and need are not blank; a budget is positive; a lead from the
 * customer's budget table carries the budget line it came from (D2.2).
 */
@Value.Immutable
@DomainStyle
public abstract class LeadProfile {

  LeadProfile() {}

  /** {@return the customer whose potential intention to buy this is; never null} */
  public abstract CustomerId customer();

  /** {@return a short title, e.g. {@code 5G core expansion, northern province}; never null} */
  public abstract String title();

  /**
   * {@return the customer's potential need, often implicit: what they may buy and why (D2.1); never
   * null}
   */
  public abstract String need();

  /** {@return who or what generated the lead (D2.2); never null} */
  public abstract LeadSource source();

  /** {@return the customer's investment budget for the need, if known (D2.3); never null} */
  public abstract Optional<Money> budget();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LeadProfile}; customer, title, need and source are required. */
  public static final class Builder extends ImmutableLeadProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.line(title(), "title");
    FreeText.note(need(), "need");
    checkArgument(!title().isBlank(), "a lead profile has a title (DOMAIN D2.4)");
    checkArgument(!need().isBlank(), "a lead profile states the customer's need (DOMAIN D2.1)");
    budget()
        .ifPresent(b -> checkArgument(b.isPositive(), "a budget is a positive amount, not %s", b));
    checkArgument(
        source() != LeadSource.CUSTOMER_BUDGET_TABLE || budget().isPresent(),
        "a lead from the customer's budget table carries its budget (DOMAIN D2.2)");
  }
}
