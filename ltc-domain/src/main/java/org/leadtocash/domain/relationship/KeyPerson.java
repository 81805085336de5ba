package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.PersonId;

/**
 * One of the customer's people in a {@link DecisionChain} (DOMAIN D7.2, D7.3): their position kind
 * and title, the decision roles they hold (one or more), their stance towards us if recorded, and
 * whether they are our coach (教练).
 *
 * <p>The name is personal data (D7.8): it is redacted from {@code toString()} and never appears on
 * the power map or in a report's text. The person's key-relationship level is not kept here: it
 * changes with every assessment and is passed to the questions that need it ({@link
 * DecisionChain#coverage}, {@link PowerMap#toMermaid}).
 *
 * <p>True of every key person:
 *
 * <ul>
 *   <li>they hold at least one {@link DecisionRole} — a person without a role is not part of the
 *       decision chain (D7.2);
 *   <li>a coach is a supporter: a coach wants us to win (D7.3), so a coach's stance is recorded and
 *       is {@link Stance#SUPPORTER};
 *   <li>name and title are not blank.
 * </ul>
 */
@Value.Immutable
@DomainStyle
public abstract class KeyPerson {

  KeyPerson() {}

  /** {@return the person's id; never null} */
  public abstract PersonId id();

  /** {@return the person's name; personal data, redacted from {@code toString()}; never null} */
  @Value.Redacted
  public abstract String name();

  /** {@return the person's title in the customer's words, e.g. {@code Head of IT}; never null} */
  public abstract String title();

  /** {@return the kind of position, which tells the mandatory positions of D7.2; never null} */
  public abstract PositionKind position();

  /** {@return the decision roles the person holds (D7.2); never null, never empty} */
  public abstract Set<DecisionRole> roles();

  /**
   * {@return the person's stance towards us (D7.3), or empty while it is not recorded; never null}
   */
  public abstract Optional<Stance> stance();

  /** {@return whether the person is our coach (教练, D7.3); {@code false} unless given} */
  @Value.Default
  public boolean coach() {
    return false;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KeyPerson}; id, name, title, position and at least one role are required
   * ({@code addRole}, {@code addRoles}).
   */
  public static final class Builder extends ImmutableKeyPerson.Builder {
    Builder() {}
  }

  /**
   * Returns whether the person holds a decision role.
   *
   * @param role the role; not null
   * @return whether it is one of {@link #roles()}
   */
  public boolean holds(DecisionRole role) {
    return roles().contains(Objects.requireNonNull(role, "role"));
  }

  /**
   * Returns the playbook move for this person (D7.3): the move of their stance.
   *
   * @return the move, or empty while the stance is not recorded; never null
   */
  public Optional<PlaybookMove> move() {
    return stance().map(Stance::move);
  }

  /**
   * {@return what may be shown of the person without personal data, e.g. {@code P-3 Head of IT
   * (CTO) — decider, approver — supporter, coach}; never null, never the name}
   */
  public String summary() {
    return id()
        + " "
        + title()
        + " ("
        + position().abbreviation()
        + ") — "
        + roles().stream().map(DecisionRole::label).collect(Collectors.joining(", "))
        + " — "
        + stance().map(Stance::label).orElse("stance unknown")
        + (coach() ? ", coach" : "");
  }

  @Value.Check
  void check() {
    FreeText.line(name(), "name");
    FreeText.line(title(), "title");
    checkArgument(!name().isBlank(), "a key person has a name");
    checkArgument(!title().isBlank(), "a key person has a title");
    checkArgument(
        !roles().isEmpty(),
        "%s holds at least one decision role, or is not part of the decision chain (DOMAIN D7.2)",
        id());
    checkArgument(
        !coach() || stance().equals(Optional.of(Stance.SUPPORTER)),
        "%s is a coach, who wants us to win, so their stance is supporter, not %s (DOMAIN D7.3)",
        id(),
        stance().map(Stance::label).orElse("unknown"));
  }
}
