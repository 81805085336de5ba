package org.leadtocash.domain.customer;

import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.leadtocash.domain.common.FreeText;

/**
 * Appendix B of a customer profile: one of the customer's business segments (DOMAIN D6.8).
 *
 * @param name the segment, e.g. {@code enterprise broadband}; not null, not blank
 * @param description what the segment is and how it does; not null, not blank
 * @param revenue the segment's yearly revenue, if known; not null
 */
public record BusinessSegment(String name, String description, Optional<Money> revenue) {

  /**
   * Checks the parts.
   *
   * @param name the segment, e.g. {@code enterprise broadband}; not null, not blank
   * @param description what the segment is and how it does; not null, not blank
   * @param revenue the segment's yearly revenue, if known; not null
   * @throws IllegalArgumentException if a text is blank
   */
  public BusinessSegment {
    FreeText.line(name, "name");
    FreeText.note(description, "description");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(revenue, "revenue");
    Texts.notBlank(name, "a business segment's name");
    Texts.notBlank(description, "a business segment's description");
  }
}
