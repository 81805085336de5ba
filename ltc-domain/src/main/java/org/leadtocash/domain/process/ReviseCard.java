package org.leadtocash.domain.process;

import java.util.Objects;

/**
 * Replace a process's card by a revision: new description, owner, inputs, outputs, metrics or
 * control points, in the same place in the tree (DOMAIN D1.2, D1.3).
 *
 * @param card the revised card; not null
 */
public record ReviseCard(ProcessCard card) implements ProcessChange {

  /**
   * Checks that no part is null.
   *
   * @param card the revised card; not null
   */
  public ReviseCard {
    Objects.requireNonNull(card, "card");
  }

  /** {@return {@code revise}} */
  @Override
  public String verb() {
    return "revise";
  }
}
