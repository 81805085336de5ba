package org.leadtocash.domain.customer;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.PersonId;

/**
 * Appendix A of a customer profile: the personal profile of one of the customer's executives
 * (DOMAIN D6.8) — position, career needs, needs by Maslow level, interests and key dates.
 *
 * <p>Everything but the {@link PersonId} is personal data (D7.8): it never appears in {@link
 * #toString()}, which prints {@code ***} in its place, and must never be logged. Who may read it is
 * the relationship rules' concern (D7.8).
 *
 * <p>True of every profile: the name and position are not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class ExecutiveProfile {

  ExecutiveProfile() {}

  /** Returns who the executive is; never null. */
  public abstract PersonId person();

  /** Returns the executive's name; personal data, never printed; never null. */
  @Value.Redacted
  public abstract String name();

  /** Returns the executive's position, e.g. {@code CTO}; personal data; never null. */
  @Value.Redacted
  public abstract String position();

  /** Returns the executive's career needs; personal data; never null. */
  @Value.Redacted
  public abstract List<String> careerNeeds();

  /** Returns the executive's needs by Maslow level; personal data; never null. */
  @Value.Redacted
  public abstract Map<MaslowLevel, String> needs();

  /** Returns the executive's interests; personal data; never null. */
  @Value.Redacted
  public abstract List<String> interests();

  /** Returns the executive's key dates, e.g. a birthday; personal data; never null. */
  @Value.Redacted
  public abstract List<KeyEvent> keyDates();

  /** Returns a new builder; person, name and position are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExecutiveProfile}. */
  public static final class Builder extends ImmutableExecutiveProfile.Builder {}

  @Value.Check
  void check() {
    Texts.notBlank(name(), "an executive's name");
    Texts.notBlank(position(), "an executive's position");
    Texts.noBlank(careerNeeds(), "the career needs");
    Texts.noBlank(needs().values(), "the needs");
    Texts.noBlank(interests(), "the interests");
  }
}
