package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * The competitive value proposition for one segment (DOMAIN D11.2, step 3): whom it targets, at
 * what price, with what advantage.
 *
 * @param segment the customer group it is for; not null, not blank
 * @param target whom and what need it targets in the segment; not null, not blank
 * @param price the price position, e.g. "5 % under the incumbent, three-year lock"; not null, not
 *     blank
 * @param advantage the advantage over the competitors; not null, not blank
 */
public record ValueProposition(String segment, String target, String price, String advantage) {

  /**
   * Checks the texts.
   *
   * @param segment the customer group it is for; not null, not blank
   * @param target whom it targets; not null, not blank
   * @param price the price position; not null, not blank
   * @param advantage the advantage; not null, not blank
   * @throws IllegalArgumentException if a text is blank
   */
  public ValueProposition {
    FreeText.line(segment, "segment");
    FreeText.line(target, "target");
    FreeText.line(price, "price");
    FreeText.note(advantage, "advantage");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(advantage, "advantage");
    checkArgument(!segment.isBlank(), "a value proposition names its segment (DOMAIN D11.2)");
    checkArgument(
        !target.isBlank() && !price.isBlank() && !advantage.isBlank(),
        "a value proposition states target, price and advantage (DOMAIN D11.2): %s",
        segment);
  }
}
