package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Period;
import java.util.Objects;

/**
 * How often the account team calls on a key account (DOMAIN D11.9): a number of calls per period,
 * e.g. 2 calls every month.
 *
 * @param calls the number of calls in each period, at least 1
 * @param per the period, e.g. {@code Period.ofMonths(1)}; not null, positive
 */
public record CallFrequency(int calls, Period per) {

  /**
   * Checks the frequency.
   *
   * @param calls the number of calls in each period, at least 1
   * @param per the period; not null, positive (not zero, no negative part)
   * @throws IllegalArgumentException if there is no call or the period is not positive
   */
  public CallFrequency {
    Objects.requireNonNull(per, "per");
    checkArgument(calls >= 1, "a call plan has at least one call (DOMAIN D11.9): %s", calls);
    checkArgument(
        !per.isZero() && !per.isNegative(),
        "a call plan's period is positive (DOMAIN D11.9): %s",
        per);
  }

  /** {@return the frequency in words, e.g. "2 calls every P1M"} */
  public String explanation() {
    return calls + (calls == 1 ? " call" : " calls") + " every " + per;
  }
}
