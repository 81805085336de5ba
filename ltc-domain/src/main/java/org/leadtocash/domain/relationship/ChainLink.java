package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The directed line from one key person to another in a {@link DecisionChain} (DOMAIN D7.2): the
 * source {@link LinkKind#REPORTS_TO reports to} the target, {@link LinkKind#INFLUENCES influences}
 * it with some strength, or both. It is the value of the chain's {@link DecisionChain#graph()
 * graph} edge from source to target.
 *
 * @param reportsTo whether the source reports to the target
 * @param influence how strongly the source influences the target, or empty if it does not; not null
 */
public record ChainLink(boolean reportsTo, Optional<InfluenceStrength> influence) {

  /**
   * Checks the parts.
   *
   * @param reportsTo whether the source reports to the target
   * @param influence how strongly the source influences the target, or empty if it does not; not
   *     null
   * @throws IllegalArgumentException if the link is neither a reporting line nor an influence
   */
  public ChainLink {
    Objects.requireNonNull(influence, "influence");
    checkArgument(
        reportsTo || influence.isPresent(),
        "a chain link is a reporting line, an influence or both (DOMAIN D7.2)");
  }

  /** {@return a reporting line without influence; never null} */
  public static ChainLink reporting() {
    return new ChainLink(true, Optional.empty());
  }

  /**
   * Returns an influence without a reporting line.
   *
   * @param strength how strongly; not null
   * @return the link, never null
   */
  public static ChainLink influencing(InfluenceStrength strength) {
    return new ChainLink(false, Optional.of(Objects.requireNonNull(strength, "strength")));
  }

  /** {@return this link with a reporting line added; never null} */
  public ChainLink withReporting() {
    return new ChainLink(true, influence);
  }

  /**
   * Returns this link with the influence recorded, replacing any earlier strength.
   *
   * @param strength how strongly; not null
   * @return the link, never null
   */
  public ChainLink withInfluence(InfluenceStrength strength) {
    return new ChainLink(reportsTo, Optional.of(Objects.requireNonNull(strength, "strength")));
  }

  /**
   * Returns the kinds of this link.
   *
   * @return an immutable set, in the order of {@link LinkKind}; never null, never empty
   */
  public Set<LinkKind> kinds() {
    EnumSet<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
    if (reportsTo) {
      kinds.add(LinkKind.REPORTS_TO);
    }
    if (influence.isPresent()) {
      kinds.add(LinkKind.INFLUENCES);
    }
    return Sets.immutableEnumSet(kinds);
  }

  /** {@return e.g. {@code reports to, influences (strong)}} */
  @Override
  public String toString() {
    String reporting = reportsTo ? LinkKind.REPORTS_TO.label() : "";
    String influencing =
        influence.map(s -> LinkKind.INFLUENCES.label() + " (" + s.label() + ")").orElse("");
    return reporting.isEmpty() || influencing.isEmpty()
        ? reporting + influencing
        : reporting + ", " + influencing;
  }
}
