package org.leadtocash.domain.process;

import java.util.Objects;

/**
 * Add a child process, one level below the process the adaptation is sent to, with no children yet
 * (DOMAIN D1.1, D1.2): a scenario-specific L5 activity of a representative office, for example.
 *
 * @param card the new process's card; not null
 */
public record AddProcess(ProcessCard card) implements ProcessChange {

  /**
   * Checks that no part is null.
   *
   * @param card the new process's card; not null
   */
  public AddProcess {
    Objects.requireNonNull(card, "card");
  }

  /** {@return {@code add}} */
  @Override
  public String verb() {
    return "add";
  }
}
