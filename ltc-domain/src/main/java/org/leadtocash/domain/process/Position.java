package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * A position (岗位) in the organisation, such as {@code lead manager} or {@code LTC global process
 * owner}: the owner of a process is a position, not a person (DOMAIN D1.3), so a card stays true
 * when people move.
 *
 * @param title the position's title; not null, not blank
 */
public record Position(String title) {

  /**
   * Checks the title.
   *
   * @param title the position's title; not null, not blank
   * @throws IllegalArgumentException if the title is blank
   */
  public Position {
    FreeText.line(title, "title");
    Objects.requireNonNull(title, "title");
    checkArgument(!title.isBlank(), "a position has a title (DOMAIN D1.3)");
  }

  /**
   * Returns the position with this title.
   *
   * @param title the title; not null, not blank
   * @return the position, never null
   */
  public static Position of(String title) {
    return new Position(title);
  }

  /** {@return the title} */
  @Override
  public String toString() {
    return title;
  }
}
