package org.leadtocash.domain.activity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.PersonId;

/**
 * The fatigue report of a {@link ContactPlan} (DOMAIN D7.9): every pair of activities of the same
 * type that meet the same person fewer days apart than the {@link FatiguePolicy} window. A pair
 * that shares several people is flagged once per person. A question, never a refusal: the plan's
 * owner decides whether to rotate the scene.
 *
 * @param flags the flagged pairs, ordered by person, type, then the two activities' first days and
 *     ids; not null
 */
public record FatigueReport(List<FatigueFlag> flags) {

  /**
   * Copies the flags.
   *
   * @param flags the flagged pairs, ordered by person, type, then the two activities' first days
   *     and ids; not null
   */
  public FatigueReport {
    Objects.requireNonNull(flags, "flags");
    flags = ImmutableList.copyOf(flags);
  }

  /** {@return whether no pair is flagged} */
  public boolean isClear() {
    return flags.isEmpty();
  }

  /**
   * Returns the flags concerning one person.
   *
   * @param person the customer's person; not null
   * @return the flags, in report order; never null
   */
  public List<FatigueFlag> flagsFor(PersonId person) {
    Objects.requireNonNull(person, "person");
    return flags.stream()
        .filter(f -> f.person().equals(person))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return {@code no customer fatigue} or one flag per line} */
  @Override
  public String toString() {
    if (flags.isEmpty()) {
      return "no customer fatigue";
    }
    StringBuilder text = new StringBuilder("customer fatigue:");
    flags.forEach(f -> text.append("\n").append("  ").append(f));
    return text.toString();
  }
}
