package org.leadtocash.domain.customer;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * Section 3 of a customer profile, strategy and pain points (DOMAIN D6.8): the strategic analysis
 * and the customer's business demands, what its CEO focuses on, its business strategy, its
 * public-relations strategy, its pain points, and the section's summary.
 *
 * <p>True of every analysis: the texts are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class StrategyAnalysis {

  StrategyAnalysis() {}

  /** {@return §3.1, the strategic analysis and the customer's business demands; never null} */
  public abstract String strategicAnalysis();

  /** {@return §3.2, what the CEO focuses on: the main issues; never null} */
  public abstract List<String> ceoFocus();

  /** {@return §3.3, the customer's business strategy; never null} */
  public abstract String businessStrategy();

  /** {@return §3.4, the customer's public-relations strategy, if known; never null} */
  public abstract Optional<String> publicRelationsStrategy();

  /** {@return §3.5, the customer's pain points; never null} */
  public abstract List<String> painPoints();

  /** {@return §3.6, the section's summary; never null} */
  public abstract String summary();

  /** {@return a new builder; strategic analysis, business strategy and summary are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategyAnalysis}. */
  public static final class Builder extends ImmutableStrategyAnalysis.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(strategicAnalysis(), "strategicAnalysis");
    FreeText.note(businessStrategy(), "businessStrategy");
    publicRelationsStrategy().ifPresent(t -> FreeText.note(t, "publicRelationsStrategy"));
    FreeText.note(summary(), "summary");
    Texts.notBlank(strategicAnalysis(), "the strategic analysis");
    ceoFocus().forEach(t -> FreeText.line(t, "ceoFocus"));
    Texts.noBlank(ceoFocus(), "the CEO's focus");
    Texts.notBlank(businessStrategy(), "the business strategy");
    publicRelationsStrategy().ifPresent(t -> Texts.notBlank(t, "the public-relations strategy"));
    painPoints().forEach(t -> FreeText.line(t, "painPoints"));
    Texts.noBlank(painPoints(), "the pain points");
    Texts.notBlank(summary(), "the strategy section's summary");
  }
}
