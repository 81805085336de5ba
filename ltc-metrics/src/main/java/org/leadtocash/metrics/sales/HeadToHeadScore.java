package org.leadtocash.metrics.sales;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.Rate;

/**
 * Head-to-head wins and losses against one competitor (DOMAIN D12), both the accumulator and the
 * value of {@link HeadToHead}. An immutable value; {@link #plus} is associative and {@link #NONE}
 * its identity.
 *
 * @param wins the opportunities we won where the competitor bid; not negative
 * @param losses the opportunities we lost to the competitor; not negative
 */
public record HeadToHeadScore(long wins, long losses) {

  /** No encounter. */
  public static final HeadToHeadScore NONE = new HeadToHeadScore(0, 0);

  /** One win against the competitor. */
  public static final HeadToHeadScore WIN = new HeadToHeadScore(1, 0);

  /** One loss to the competitor. */
  public static final HeadToHeadScore LOSS = new HeadToHeadScore(0, 1);

  /**
   * Checks the counts.
   *
   * @param wins the opportunities we won where the competitor bid; not negative
   * @param losses the opportunities we lost to the competitor; not negative
   * @throws IllegalArgumentException if a count is negative
   */
  public HeadToHeadScore {
    checkArgument(wins >= 0, "a count of wins is not negative: %s", wins);
    checkArgument(losses >= 0, "a count of losses is not negative: %s", losses);
  }

  /**
   * Adds another score.
   *
   * @param other the other score; not null
   * @return the sum, never null
   */
  public HeadToHeadScore plus(HeadToHeadScore other) {
    Objects.requireNonNull(other, "other");
    return new HeadToHeadScore(
        Math.addExact(wins, other.wins), Math.addExact(losses, other.losses));
  }

  /**
   * {@return wins over losses, which may exceed 1; undefined ("no data", {@link Rate#isDefined()}
   * false) when we never lost to the competitor; never null}
   */
  public Rate ratio() {
    return Rate.of(wins, losses);
  }

  /**
   * {@return wins over encounters, {@code wins / (wins + losses)}, between 0 and 1; "no data" when
   * we never met the competitor; never null}
   */
  public Rate winShare() {
    long encounters = Math.addExact(wins, losses);
    return encounters == 0 ? Rate.NO_DATA : Rate.of(wins, encounters);
  }
}
