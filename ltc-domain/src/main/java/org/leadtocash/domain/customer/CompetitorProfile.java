package org.leadtocash.domain.customer;

import org.immutables.value.Value;
import org.leadtocash.domain.common.CompetitorId;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * The profile of a supplier, our competitor at the customer (DOMAIN D6.8, 供应商档案): the overall
 * analysis, its products and services, how it manages its customer relationships, its operations,
 * and its SWOT.
 *
 * <p>True of every profile: the texts are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class CompetitorProfile {

  CompetitorProfile() {}

  /** {@return the competitor (D3.5); never null} */
  public abstract CompetitorId competitor();

  /** {@return the competitor's company name; never null} */
  public abstract String name();

  /** {@return the overall analysis of the supplier; never null} */
  public abstract String overallAnalysis();

  /** {@return the analysis of its products and services; never null} */
  public abstract String productsAndServices();

  /** {@return the analysis of its customer-relationship management; never null} */
  public abstract String customerRelationshipManagement();

  /** {@return the analysis of its operations capability; never null} */
  public abstract String operations();

  /** {@return its SWOT analysis and conclusion; never null} */
  public abstract Swot swot();

  /** {@return a new builder; every attribute is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompetitorProfile}. */
  public static final class Builder extends ImmutableCompetitorProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.line(name(), "name");
    FreeText.note(overallAnalysis(), "overallAnalysis");
    FreeText.note(productsAndServices(), "productsAndServices");
    FreeText.note(customerRelationshipManagement(), "customerRelationshipManagement");
    FreeText.note(operations(), "operations");
    Texts.notBlank(name(), "the competitor's name");
    Texts.notBlank(overallAnalysis(), "the overall analysis");
    Texts.notBlank(productsAndServices(), "the products and services analysis");
    Texts.notBlank(customerRelationshipManagement(), "the customer-relationship analysis");
    Texts.notBlank(operations(), "the operations analysis");
  }
}
