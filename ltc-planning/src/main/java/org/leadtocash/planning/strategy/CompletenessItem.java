package org.leadtocash.planning.strategy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * One item of a {@link Completeness} report: a look, decision or design element (DOMAIN D9.1,
 * D9.2), a step of a key-account strategy (D11.2) or a part of an account plan (D11.9), whether it
 * is present, and why.
 *
 * @param item the item in words, e.g. "look at the industry" or "value capture"; not null, not
 *     blank
 * @param present whether the item is written down (a blank text counts as missing)
 * @param reason why it is present or missing; not null, not blank
 */
public record CompletenessItem(String item, boolean present, String reason) {

  /**
   * Checks the texts.
   *
   * @param item the item in words; not null, not blank
   * @param present whether the item is written down
   * @param reason why it is present or missing; not null, not blank
   * @throws IllegalArgumentException if a text is blank
   */
  public CompletenessItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(reason, "reason");
    FreeText.line(item, "item");
    checkArgument(!item.isBlank(), "a completeness item names its item (DOMAIN D9.1, DOMAIN D9.2)");
    checkArgument(
        !reason.isBlank(), "a completeness item says why (DOMAIN D9.1, DOMAIN D9.2): %s", item);
  }
}
