package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.joda.money.Money;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.Probability;

/**
 * A growth option for a key account (DOMAIN D11.3): its kind, what it is, its size (the prize: the
 * extra sales it would bring in the plan's period) and the probability that it succeeds.
 *
 * @param kind one of the six kinds; not null
 * @param description what the option is, e.g. "5G private network for the two ports"; not null, not
 *     blank
 * @param prize the extra sales it would bring; not null, not negative
 * @param probability the probability that it succeeds; not null
 */
public record GrowthOption(
    GrowthOptionKind kind, String description, Money prize, Probability probability) {

  /**
   * Checks the option.
   *
   * @param kind the kind; not null
   * @param description what it is; not null, not blank
   * @param prize the extra sales it would bring; not null, not negative
   * @param probability the probability of success; not null
   * @throws IllegalArgumentException if the description is blank, holds a control character or
   *     is longer than {@link FreeText#MAX_LINE_LENGTH}, or the prize is negative
   */
  public GrowthOption {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(prize, "prize");
    Objects.requireNonNull(probability, "probability");
    FreeText.line(description, "description");
    checkArgument(!description.isBlank(), "a growth option says what it is (DOMAIN D11.3)");
    checkArgument(
        !prize.isNegative(),
        "the prize of a growth option is not negative (DOMAIN D11.3): %s has %s",
        description,
        prize);
  }

  /**
   * {@return the prize weighted by the probability, rounded half-even to the currency's scale:
   * {@code prize × probability}}
   */
  public Money expectedPrize() {
    return probability.weigh(prize);
  }
}
