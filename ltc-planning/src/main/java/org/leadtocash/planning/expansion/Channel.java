package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.PersonId;

/**
 * A channel between an {@link ExpansionCard}'s senior sponsor and one of its key persons (DOMAIN
 * D10.3).
 *
 * @param kind the kind of channel; not null
 * @param keyPerson the key person it reaches; not null
 * @param description what it is, e.g. "the Shenzhen showcase in May"; not null, not blank
 */
public record Channel(ChannelKind kind, PersonId keyPerson, String description) {

  /**
   * Checks the parts.
   *
   * @param kind the kind; not null
   * @param keyPerson the key person; not null
   * @param description what it is; not null, not blank
   * @throws IllegalArgumentException if the description is blank
   */
  public Channel {
    FreeText.note(description, "description");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(keyPerson, "keyPerson");
    Objects.requireNonNull(description, "description");
    checkArgument(
        !description.isBlank(),
        "a sponsor's channel to %s says what it is (DOMAIN D10.3)",
        keyPerson);
  }
}
