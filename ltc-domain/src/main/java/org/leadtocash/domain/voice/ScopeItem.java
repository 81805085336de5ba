package org.leadtocash.domain.voice;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * Something a contract delivers: a product, a service, a piece of work (DOMAIN D8.4).
 *
 * @param id the item's id, unique within its contract; not null
 * @param description what is delivered; not null, not blank
 */
public record ScopeItem(ScopeItemId id, String description) {

  /**
   * Checks the parts.
   *
   * @param id the item's id, unique within its contract; not null
   * @param description what is delivered; not null, not blank
   * @throws IllegalArgumentException if the description is blank
   */
  public ScopeItem {
    FreeText.note(description, "description");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    checkArgument(!description.isBlank(), "scope item %s says what is delivered", id);
  }

  /**
   * Returns a scope item.
   *
   * @param id its id; not null
   * @param description what is delivered; not null, not blank
   * @return the item, never null
   * @throws IllegalArgumentException if the description is blank
   */
  public static ScopeItem of(ScopeItemId id, String description) {
    return new ScopeItem(id, description);
  }
}
