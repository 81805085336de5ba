package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * A main customer group of a key-account strategy and its priority (DOMAIN D11.2, step 1).
 *
 * @param name the group, e.g. "provincial operators"; not null, not blank
 * @param priority its priority, 1 for the most important; groups may share a priority
 */
public record CustomerGroup(String name, int priority) {

  /**
   * Checks the name and priority.
   *
   * @param name the group; not null, not blank
   * @param priority its priority, from 1
   * @throws IllegalArgumentException if the name is blank or the priority below 1
   */
  public CustomerGroup {
    FreeText.line(name, "name");
    Objects.requireNonNull(name, "name");
    checkArgument(!name.isBlank(), "a customer group has a name (DOMAIN D11.2)");
    checkArgument(
        priority >= 1,
        "a customer group's priority counts from 1 (DOMAIN D11.2): %s has %s",
        FreeText.escaped(name),
        priority);
  }
}
