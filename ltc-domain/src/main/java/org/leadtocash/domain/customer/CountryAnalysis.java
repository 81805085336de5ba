package org.leadtocash.domain.customer;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * Appendix E of a customer profile: the analysis of one country the customer operates in (DOMAIN
 * D6.8).
 *
 * @param country the country; not null, not blank
 * @param analysis its analysis; not null, not blank
 */
public record CountryAnalysis(String country, String analysis) {

  /**
   * Checks the parts.
   *
   * @param country the country; not null, not blank
   * @param analysis its analysis; not null, not blank
   * @throws IllegalArgumentException if a part is blank
   */
  public CountryAnalysis {
    FreeText.line(country, "country");
    FreeText.note(analysis, "analysis");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(analysis, "analysis");
    Texts.notBlank(country, "the country");
    Texts.notBlank(analysis, "the country analysis");
  }
}
