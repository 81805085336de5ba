package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.LeadId;
import org.leadtocash.domain.common.Probability;
import org.leadtocash.domain.customer.CustomerGrade;

/**
 * What an opportunity is opened with (DOMAIN D3): the customer, a name, the owner, the amount, and
 * where known the expected signing date, the win probability, the customer's buying stage, and the
 * lead it came from; an opened opportunity's profile holds the customer's grade, which only the
 * customer's attestation supplies.
 *
 * <p>True of every profile: the name is not blank and the amount is positive.
 */
@Value.Immutable
@DomainStyle
public abstract class OpportunityProfile {

  OpportunityProfile() {}

  /** {@return the customer; never null} */
  public abstract CustomerId customer();

  /** {@return the opportunity's name; never null} */
  public abstract String name();

  /** {@return who owns the opportunity, usually its account responsible (AR); never null} */
  public abstract EmployeeId owner();

  /** {@return the expected contract amount; its currency is the opportunity's; never null} */
  public abstract Money amount();

  /** {@return the expected signing date, if known; never null} */
  public abstract Optional<LocalDate> expectedSigning();

  /** {@return the win probability; {@code 10%} unless given} */
  @Value.Default
  public Probability probability() {
    return Probability.ofPercent(10);
  }

  /** {@return the customer's buying stage; {@link BuyingStage#PROJECT_FORMATION} unless given} */
  @Value.Default
  public BuyingStage buyingStage() {
    return BuyingStage.PROJECT_FORMATION;
  }

  /**
   * {@return the customer's grade (D6.2) when the opportunity opened, if known: the gate policy
   * weighs it when it sets the authority of a gate decision (D3.2); never null}
   *
   * <p>A host leaves it empty: {@link Opportunity#open(org.leadtocash.domain.common.OpportunityId,
   * OpportunityProfile, org.leadtocash.domain.customer.GradeAttestation, java.time.Instant) open}
   * fills it from the attestation the customer issues, and refuses a profile that carries a grade
   * of its own. It is set in the profile an opened opportunity and its stored {@link
   * OpportunityOpened} hold, so that a stored history replays with the grade it was opened with.
   */
  public abstract Optional<CustomerGrade> customerGrade();

  /** {@return the lead the opportunity was converted from, if any (D2.7); never null} */
  public abstract Optional<LeadId> sourceLead();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpportunityProfile}; customer, name, owner and amount are required. */
  public static final class Builder extends ImmutableOpportunityProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.line(name(), "name");
    checkArgument(!name().isBlank(), "an opportunity has a name");
    checkArgument(amount().isPositive(), "an opportunity's amount is positive, not %s", amount());
  }
}
