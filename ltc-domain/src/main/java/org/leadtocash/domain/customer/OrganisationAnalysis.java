package org.leadtocash.domain.customer;

import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * Section 5 of a customer profile, the customer's organisation (DOMAIN D6.8): its structure, the
 * part of it that works with us, its procurement decision model and process, and the section's
 * summary. Who is who in the decision chain is relationship data (D7.2).
 *
 * <p>True of every analysis: the texts are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class OrganisationAnalysis {

  OrganisationAnalysis() {}

  /** {@return §5.1, the customer's organisation structure; never null} */
  public abstract String structure();

  /** {@return §5.1, the part of the organisation that works with us; never null} */
  public abstract String partWorkingWithUs();

  /** {@return §5.2, the procurement decision model and process; never null} */
  public abstract ProcurementDecision procurement();

  /** {@return §5.3, the section's summary; never null} */
  public abstract String summary();

  /** {@return a new builder; every attribute is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganisationAnalysis}. */
  public static final class Builder extends ImmutableOrganisationAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(structure(), "structure");
    FreeText.note(partWorkingWithUs(), "partWorkingWithUs");
    FreeText.note(summary(), "summary");
    Texts.notBlank(structure(), "the organisation structure");
    Texts.notBlank(partWorkingWithUs(), "the part working with us");
    Texts.notBlank(summary(), "the organisation section's summary");
  }
}
