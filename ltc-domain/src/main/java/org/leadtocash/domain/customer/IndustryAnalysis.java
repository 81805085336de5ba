package org.leadtocash.domain.customer;

import java.util.List;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * Section 2 of a customer profile, industry environment and competition (DOMAIN D6.8), read with
 * the five looks of D9.1 turned on the customer: the macro environment of its country or region
 * (society, policies, regulation), its industry's trends, its own competitive position, and the
 * section's summary.
 *
 * <p>True of every analysis: the texts are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class IndustryAnalysis {

  IndustryAnalysis() {}

  /** {@return §2.1, the macro environment: society, policies and regulation; never null} */
  public abstract String macroEnvironment();

  /** {@return §2.2, the industry's trends; never null} */
  public abstract List<String> industryTrends();

  /** {@return §2.3, the customer's competitive environment; never null} */
  public abstract CompetitivePosition competition();

  /** {@return §2.4, the section's summary; never null} */
  public abstract String summary();

  /** {@return a new builder; macro environment, competition and summary are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndustryAnalysis}. */
  public static final class Builder extends ImmutableIndustryAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(macroEnvironment(), "macroEnvironment");
    FreeText.note(summary(), "summary");
    Texts.notBlank(macroEnvironment(), "the macro environment");
    industryTrends().forEach(t -> FreeText.line(t, "industryTrends"));
    Texts.noBlank(industryTrends(), "the industry trends");
    Texts.notBlank(summary(), "the industry section's summary");
  }
}
