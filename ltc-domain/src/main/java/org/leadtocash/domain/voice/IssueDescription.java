package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.ContractId;
import org.leadtocash.domain.common.CustomerId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.PersonId;

/**
 * What a non-technical issue is, as accepted (DOMAIN D8.2): the customer, a summary, its severity,
 * the channel it came through, and where known the person who raised it and the contract it
 * concerns.
 *
 * <p>True of every description: the summary is not blank.
 *
 * <pre>{@code
 * IssueDescription late = IssueDescription.builder()
 *     .customer(CustomerId.of("CU-1"))
 *     .summary("Site engineers missed three appointments")
 *     .severity(IssueSeverity.SERIOUS)
 *     .channel(FeedbackSource.HOTLINE)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@DomainStyle
public abstract class IssueDescription {

  IssueDescription() {}

  /** {@return the customer; never null} */
  public abstract CustomerId customer();

  /** {@return what the issue is about; never null, never blank} */
  public abstract String summary();

  /** {@return its severity; {@link IssueSeverity#NORMAL} unless given} */
  @Value.Default
  public IssueSeverity severity() {
    return IssueSeverity.NORMAL;
  }

  /** {@return the channel through which it reached us (D8.1); never null} */
  public abstract FeedbackSource channel();

  /** {@return the customer's person who raised it, if known; never null} */
  public abstract Optional<PersonId> raisedBy();

  /** {@return the contract it concerns, if any; never null} */
  public abstract Optional<ContractId> contract();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IssueDescription}; customer, summary and channel are required. */
  public static final class Builder extends ImmutableIssueDescription.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(summary(), "summary");
    checkArgument(!summary().isBlank(), "an issue has a summary (DOMAIN D8.2)");
  }
}
