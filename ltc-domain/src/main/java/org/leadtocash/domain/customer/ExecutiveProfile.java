package org.leadtocash.domain.customer;

import java.util.Objects;
import org.immutables.value.Value;
import org.leadtocash.domain.common.AccessDeniedException;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.PersonId;
import org.leadtocash.domain.common.PersonalDataAccess;
import org.leadtocash.domain.common.RuleId;

/**
 * Appendix A of a customer profile: the personal profile of one of the customer's executives
 * (DOMAIN D6.8) — position, career needs, needs by Maslow level, interests and key dates.
 *
 * <p>Everything but the {@link PersonId} is personal data (D7.8): it never appears in {@link
 * #toString()}, which prints {@code ***} in its place, and must never be logged. The personal
 * profile is handed out only through {@link #profile(EmployeeId, PersonalDataAccess)}, to a named
 * reader whom the D7.8 rule lets read it — the domain's rule is {@code
 * RelationshipCards.access(organisation)}: the holder of the key relationship with the executive
 * and the holder's managers. Holding a customer profile, or this profile, is not enough to read it.
 * The name stays readable, as a key person's does: it is needed to work with the person, and is
 * only kept out of print.
 *
 * <p>True of every profile: the name is not blank; the {@link PersonalProfile} checks the rest.
 */
@Value.Immutable
@DomainStyle
public abstract class ExecutiveProfile {

  ExecutiveProfile() {}

  /** {@return who the executive is; never null} */
  public abstract PersonId person();

  /** {@return the executive's name; personal data, never printed; never null} */
  @Value.Redacted
  public abstract String name();

  /** The personal profile; package-private, so that no reader outside the rule gets it (D7.8). */
  @Value.Redacted
  abstract PersonalProfile profile();

  /**
   * Returns the executive's personal profile — position, career needs, needs by Maslow level,
   * interests and key dates — to a reader the D7.8 rule lets read it.
   *
   * @param reader which of our people asks; not null
   * @param access who may read whose personal data, usually {@code
   *     RelationshipCards.access(organisation)}; not null
   * @return the personal profile, never null
   * @throws AccessDeniedException if the rule does not let the reader read the executive's personal
   *     data (DOMAIN D7.8); the message names the executive's id, the reader and the rule, never
   *     the profile or who may read it
   */
  public PersonalProfile profile(EmployeeId reader, PersonalDataAccess access) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(access, "access");
    if (!access.mayRead(reader, person())) {
      throw new AccessDeniedException(
          "ExecutiveProfile " + person(),
          "personal data",
          "read by " + reader,
          RuleId.D7_8,
          String.format(
              "an executive's personal profile is read only by those the rule lets read the"
                  + " person's personal data, and %s is not one of them",
              reader));
    }
    return profile();
  }

  /** {@return a new builder; person, name and profile are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExecutiveProfile}. */
  public static final class Builder extends ImmutableExecutiveProfile.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.line(name(), "name");
    Texts.notBlank(name(), "an executive's name");
  }
}
