package org.leadtocash.metrics.team;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.team.CoreRole;

/**
 * The role scorecards of a period (DOMAIN D4.2), the result of {@link RoleScorecard}: one {@link
 * Scorecard} per employee and core role measured, ordered by employee id, then AR, SR, FR.
 *
 * @param cards the scorecards; not null, one per employee and role, in order
 */
public record Scorecards(List<Scorecard> cards) {

  /** No scorecard. */
  public static final Scorecards NONE = new Scorecards(List.of());

  static final Comparator<Scorecard> ORDER =
      Comparator.comparing((Scorecard c) -> c.employee().value()).thenComparing(Scorecard::role);

  /**
   * Checks and copies the cards.
   *
   * @param cards the scorecards; not null, one per employee and role, in order
   * @throws IllegalArgumentException if two cards are of the same employee and role, or the cards
   *     are out of order
   */
  public Scorecards {
    Objects.requireNonNull(cards, "cards");
    cards = ImmutableList.copyOf(cards);
    for (int i = 1; i < cards.size(); i++) {
      checkArgument(
          ORDER.compare(cards.get(i - 1), cards.get(i)) < 0,
          "scorecards are one per employee and role, by employee id then role: %s after %s",
          cards.get(i).employee() + " as " + cards.get(i).role(),
          cards.get(i - 1).employee() + " as " + cards.get(i - 1).role());
    }
  }

  /**
   * Returns the scorecard of an employee in a role.
   *
   * @param employee the employee; not null
   * @param role the core role; not null
   * @return the scorecard, or empty if the employee was not measured in the role; never null
   */
  public Optional<Scorecard> card(EmployeeId employee, CoreRole role) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(role, "role");
    return cards.stream()
        .filter(c -> c.employee().equals(employee) && c.role() == role)
        .findFirst();
  }

  /**
   * Returns the scorecards of one role, by employee id.
   *
   * @param role the core role; not null
   * @return an immutable list; never null
   */
  public List<Scorecard> cards(CoreRole role) {
    Objects.requireNonNull(role, "role");
    return cards.stream().filter(c -> c.role() == role).collect(ImmutableList.toImmutableList());
  }

  /** {@return one line per scorecard, or {@code no scorecards}} */
  @Override
  public String toString() {
    return cards.isEmpty()
        ? "no scorecards"
        : cards.stream().map(Scorecard::toString).collect(Collectors.joining("\n"));
  }
}
