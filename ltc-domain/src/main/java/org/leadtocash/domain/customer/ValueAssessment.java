package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.leadtocash.domain.common.DomainStyle;
import org.leadtocash.domain.common.FreeText;

/**
 * The second step of grading (DOMAIN D6.3): the customer's value identified, current and long-term
 * together, with the value-return curve it rests on when there is one.
 *
 * <p>Having no business with a customer is not the same as the customer having no value (D6.2): a
 * customer with no current value may have a large long-term value, and {@link #isValuable()} says
 * so. Nothing in the library reads a zero current value as a zero value.
 *
 * <p>True of every assessment: the rationale is not blank, and the two values (and the curve, if
 * any) are in one currency.
 */
@Value.Immutable
@DomainStyle
public abstract class ValueAssessment {

  ValueAssessment() {}

  /**
   * {@return the customer's current value to us, e.g. its yearly profit contribution; zero if we do
   * no business with it yet; never null}
   */
  public abstract Money currentValue();

  /** {@return the customer's long-term (potential) value to us; never null} */
  public abstract Money longTermValue();

  /** {@return why the values are what they are; never null} */
  public abstract String rationale();

  /** {@return the value-return curve the assessment rests on, if any (D6.6); never null} */
  public abstract Optional<ValueReturnCurve> curve();

  /** {@return a new builder; current value, long-term value and rationale are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the assessment's currency; never null} */
  public CurrencyUnit currency() {
    return currentValue().getCurrencyUnit();
  }

  /** {@return whether we do business with the customer now: its current value is positive} */
  public boolean hasBusiness() {
    return currentValue().isPositive();
  }

  /**
   * Returns whether the customer has value to us, now <em>or</em> in the long term: a customer
   * without business is valuable if its long-term value is positive (D6.2).
   *
   * @return whether the current or the long-term value is positive
   */
  public boolean isValuable() {
    return currentValue().isPositive() || longTermValue().isPositive();
  }

  /**
   * Returns the customer's economic value: the larger of its current and its long-term value. The
   * value pyramid ranks customers by their current <em>or potential</em> economic value (D6.4), so
   * this is the value to rank a graded customer by ({@link CustomerValue#of(Customer)}).
   *
   * @return the larger of the two values, never null
   */
  public Money economicValue() {
    return currentValue().isLessThan(longTermValue()) ? longTermValue() : currentValue();
  }

  /** Builds a {@link ValueAssessment}. */
  public static final class Builder extends ImmutableValueAssessment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    FreeText.note(rationale(), "rationale");
    checkArgument(!rationale().isBlank(), "a value assessment states its rationale (DOMAIN D6.3)");
    checkArgument(
        longTermValue().getCurrencyUnit().equals(currency()),
        "current value %s and long-term value %s are in one currency; convert first (DOMAIN"
            + " D6.3)",
        currentValue(),
        longTermValue());
    curve()
        .ifPresent(
            c ->
                checkArgument(
                    c.currency().equals(currency()),
                    "the value-return curve is in %s, the assessment in %s; convert first (DOMAIN"
                        + " D6.6)",
                    c.currency(),
                    currency()));
  }
}
