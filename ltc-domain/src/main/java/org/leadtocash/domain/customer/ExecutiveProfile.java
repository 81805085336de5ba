package org.leadtocash.domain.customer;

import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.PersonId;

/**
 * Appendix A of a customer profile: the personal profile of one of the customer's executives
 * (DOMAIN D6.8) — position, career needs, needs by Maslow level, interests and key dates.
 *
 * <p>Everything but the {@link PersonId} is personal data (D7.8): it never appears in {@link
 * #toString()}, which prints {@code ***} in its place, and must never be logged. Who may read it is
 * the relationship rules' concern (D7.8).
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

  /**
   * {@return the executive's personal profile: position, career needs, needs by Maslow level,
   * interests and key dates; personal data; never null}
   */
  @Value.Redacted
  public abstract PersonalProfile profile();

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
