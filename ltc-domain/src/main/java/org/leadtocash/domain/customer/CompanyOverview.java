package org.leadtocash.domain.customer;

import java.util.List;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * The company overview of customer insight (DOMAIN D6.1): vision and mission, results, core
 * capabilities, opportunities and threats.
 *
 * <p>True of every overview: the texts are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class CompanyOverview {

  CompanyOverview() {}

  /** {@return the customer's vision and mission; never null} */
  public abstract String visionAndMission();

  /** {@return the customer's results; never null} */
  public abstract String results();

  /** {@return the customer's core capabilities; never null} */
  public abstract List<String> coreCapabilities();

  /** {@return the customer's opportunities; never null} */
  public abstract List<String> opportunities();

  /** {@return the threats to the customer; never null} */
  public abstract List<String> threats();

  /** {@return a new builder; vision and mission and results are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompanyOverview}. */
  public static final class Builder extends ImmutableCompanyOverview.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(visionAndMission(), "visionAndMission");
    FreeText.note(results(), "results");
    Texts.notBlank(visionAndMission(), "the vision and mission");
    Texts.notBlank(results(), "the results");
    coreCapabilities().forEach(t -> FreeText.line(t, "coreCapabilities"));
    Texts.noBlank(coreCapabilities(), "the core capabilities");
    opportunities().forEach(t -> FreeText.line(t, "opportunities"));
    Texts.noBlank(opportunities(), "the opportunities");
    threats().forEach(t -> FreeText.line(t, "threats"));
    Texts.noBlank(threats(), "the threats");
  }
}
