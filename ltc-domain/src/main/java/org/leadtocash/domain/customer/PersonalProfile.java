package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * The personal profile of a key person (个人档案): position, career needs, needs by {@link MaslowLevel
 * Maslow level}, interests and key dates (DOMAIN D6.8). It is sensitive (D7.8): it is kept on a
 * {@link org.leadtocash.domain.relationship.RelationshipCard relationship card}, read only through
 * {@link org.leadtocash.domain.relationship.RelationshipCards}, and none of it appears in {@link
 * #toString()}.
 *
 * <p>True of every profile: the position is not blank.
 */
@Value.Immutable
@DomainStyle
public abstract class PersonalProfile {

  PersonalProfile() {}

  /** {@return the person's position at the customer; never null} */
  @Value.Redacted
  public abstract String position();

  /** {@return what the person wants from their career, to help with (D7.4); never null} */
  @Value.Redacted
  public abstract List<String> careerNeeds();

  /** {@return the person's needs at each Maslow level we know of; never null} */
  @Value.Redacted
  public abstract Map<MaslowLevel, String> needs();

  /** {@return the person's interests; never null} */
  @Value.Redacted
  public abstract List<String> interests();

  /** {@return the dates in the person's year on which we get in touch; never null} */
  @Value.Redacted
  public abstract List<KeyDate> keyDates();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonalProfile}; the position is required. */
  public static final class Builder extends ImmutablePersonalProfile.Builder {
    Builder() {}

    /**
     * Builds the profile. A refusal never quotes the profile's texts: they are personal data
     * (DOMAIN D7.8).
     *
     * @return the profile, never null
     * @throws IllegalStateException if the position is not set
     * @throws IllegalArgumentException if a Maslow level's need is stated twice, or a text is
     *     blank, too long or holds a control character; the message names the attribute only
     *     (DOMAIN D6.8, D7.8, D11.3)
     */
    @Override
    public PersonalProfile build() {
      try {
        return super.build();
      } catch (IllegalArgumentException e) {
        if (String.valueOf(e.getMessage()).startsWith("Multiple entries with same key")) {
          // Guava's refusal quotes both needs as they stand, and they are personal data
          throw new IllegalArgumentException(
              "needs states a Maslow level twice; each level's need is stated once (DOMAIN D6.8,"
                  + " D7.8)");
        }
        throw e;
      }
    }
  }

  @Value.Check
  void check() {
    FreeText.line(position(), "position");
    careerNeeds().forEach(t -> FreeText.line(t, "careerNeeds"));
    needs().values().forEach(t -> FreeText.line(t, "needs"));
    interests().forEach(t -> FreeText.line(t, "interests"));
    checkArgument(!position().isBlank(), "a personal profile states the position (DOMAIN D6.8)");
    Texts.noBlank(careerNeeds(), "the career needs");
    Texts.noBlank(needs().values(), "the needs");
    Texts.noBlank(interests(), "the interests");
  }
}
