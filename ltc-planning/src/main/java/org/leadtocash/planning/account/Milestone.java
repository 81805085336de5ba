package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * A milestone of an account plan's strategy (DOMAIN D11.9): what is to be reached, and by when.
 *
 * @param name what is to be reached, e.g. "pilot of the port 5G network accepted"; not null, not
 *     blank
 * @param due the date it is due; not null
 */
public record Milestone(String name, LocalDate due) {

  /**
   * Checks the name.
   *
   * @param name what is to be reached; not null, not blank
   * @param due the date it is due; not null
   * @throws IllegalArgumentException if the name is blank
   */
  public Milestone {
    FreeText.line(name, "name");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(due, "due");
    checkArgument(!name.isBlank(), "a milestone says what is to be reached (DOMAIN D11.9)");
  }
}
