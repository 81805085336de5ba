package org.leadtocash.domain.customer;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.MonthDay;
import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * A date that recurs every year in a key person's life — a birthday, a festival they keep — on
 * which we get in touch (DOMAIN D7.8: part of the sensitive personal profile). Its {@link
 * #toString()} shows neither the occasion nor the day.
 *
 * @param occasion what the date is; not null, not blank
 * @param day the day of the year; not null
 */
public record KeyDate(String occasion, MonthDay day) {

  /**
   * Checks the parts.
   *
   * @param occasion what the date is; not null, not blank
   * @param day the day of the year; not null
   * @throws IllegalArgumentException if the occasion is blank
   */
  public KeyDate {
    FreeText.line(occasion, "occasion");
    Objects.requireNonNull(occasion, "occasion");
    Objects.requireNonNull(day, "day");
    checkArgument(!occasion.isBlank(), "a key date names its occasion");
  }

  /**
   * Returns the key date.
   *
   * @param occasion what the date is; not null, not blank
   * @param day the day of the year; not null
   * @return the key date, never null
   */
  public static KeyDate of(String occasion, MonthDay day) {
    return new KeyDate(occasion, day);
  }

  /** {@return {@code KeyDate[***]}: personal data is never printed (D7.8)} */
  @Override
  public String toString() {
    return "KeyDate[***]";
  }
}
