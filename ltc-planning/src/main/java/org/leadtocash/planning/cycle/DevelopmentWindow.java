package org.leadtocash.planning.cycle;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.RuleId;

/**
 * The check of the second stage, develop the plan, against its window: the eight steps take 8 to 12
 * weeks (DOMAIN D11.10).
 *
 * <p>The window is reported, not enforced: the library cannot see how well a step was done, only
 * when it was completed, and the timetable is management's (stage 1). A plan finished in less than
 * 8 weeks is flagged {@link WindowStatus#EARLY} — the steps were likely rushed — and one finished
 * after 12 weeks {@link WindowStatus#LATE}, or {@link WindowStatus#OVERDUE} while still under way;
 * refusing the eighth step after 12 weeks would leave the cycle stuck for good. The review of stage
 * 3 reads this report together with its questions.
 *
 * @param status where the development stands; not null
 * @param startedAt when the stage began, empty if not yet; not null
 * @param finishedAt when the eighth step was completed, empty if not yet; not null
 * @param elapsed how long the stage has taken: up to its end, or up to the date asked about while
 *     under way; zero before it starts; not null, not negative
 */
public record DevelopmentWindow(
    WindowStatus status,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    Duration elapsed) {

  /** The shortest time developing the plan should take: 8 weeks (DOMAIN D11.10). */
  public static final Duration SHORTEST = Duration.ofDays(8 * 7);

  /** The longest time developing the plan should take: 12 weeks (DOMAIN D11.10). */
  public static final Duration LONGEST = Duration.ofDays(12 * 7);

  /**
   * Checks that the status follows from the dates and the elapsed time.
   *
   * @param status where the development stands; not null
   * @param startedAt when the stage began; not null
   * @param finishedAt when the eighth step was completed; not null, empty unless started
   * @param elapsed how long the stage has taken; not null, not negative
   * @throws IllegalArgumentException if the status does not follow from the rest
   */
  public DevelopmentWindow {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(elapsed, "elapsed");
    checkArgument(
        !elapsed.isNegative(),
        "the time developing a plan takes is not negative (DOMAIN D11.10): %s",
        elapsed);
    checkArgument(
        startedAt.isPresent() || (finishedAt.isEmpty() && elapsed.isZero()),
        "a plan's development finishes and takes time only once started (DOMAIN D11.10)");
    checkArgument(
        status == statusOf(startedAt.isPresent(), finishedAt.isPresent(), elapsed),
        "developing a plan for %s is %s, not %s (DOMAIN D11.10)",
        elapsed,
        statusOf(startedAt.isPresent(), finishedAt.isPresent(), elapsed),
        status);
  }

  /**
   * Returns the window check of a development that started and perhaps finished, as of an instant.
   *
   * @param startedAt when the stage began, empty if not yet; not null
   * @param finishedAt when the eighth step was completed, empty if not yet; not null
   * @param asOf the instant asked about, for a development under way; not null
   * @return the check, never null
   * @throws IllegalArgumentException if it finished without starting, or finished before it began
   */
  public static DevelopmentWindow of(
      Optional<Instant> startedAt, Optional<Instant> finishedAt, Instant asOf) {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(asOf, "asOf");
    if (startedAt.isEmpty()) {
      checkArgument(
          finishedAt.isEmpty(), "a plan's development finishes only once started (DOMAIN D11.10)");
      return new DevelopmentWindow(WindowStatus.NOT_STARTED, startedAt, finishedAt, Duration.ZERO);
    }
    Instant start = startedAt.get();
    Instant end = finishedAt.orElse(asOf);
    Duration elapsed = end.isBefore(start) ? Duration.ZERO : Duration.between(start, end);
    checkArgument(
        finishedAt.map(f -> !f.isBefore(start)).orElse(true),
        "a plan's development finishes after it starts (DOMAIN D11.10): %s is before %s",
        end,
        start);
    return new DevelopmentWindow(
        statusOf(true, finishedAt.isPresent(), elapsed), startedAt, finishedAt, elapsed);
  }

  private static WindowStatus statusOf(boolean started, boolean finished, Duration elapsed) {
    if (!started) {
      return WindowStatus.NOT_STARTED;
    }
    if (!finished) {
      return elapsed.compareTo(LONGEST) > 0 ? WindowStatus.OVERDUE : WindowStatus.IN_PROGRESS;
    }
    if (elapsed.compareTo(SHORTEST) < 0) {
      return WindowStatus.EARLY;
    }
    return elapsed.compareTo(LONGEST) > 0 ? WindowStatus.LATE : WindowStatus.WITHIN;
  }

  /**
   * {@return the rule the window report checks (DOMAIN D11.10): {@link RuleId#D11_10}; never null}
   */
  public RuleId rule() {
    return RuleId.D11_10;
  }

  /**
   * {@return whether the development keeps to the window so far: not started, under way within 12
   * weeks, or finished within 8 to 12 weeks}
   */
  public boolean isWithinWindow() {
    return status == WindowStatus.NOT_STARTED
        || status == WindowStatus.IN_PROGRESS
        || status == WindowStatus.WITHIN;
  }

  /**
   * {@return the check in words, e.g. "finished late: 13 weeks 2 days, the window is 8 to 12 weeks
   * (DOMAIN D11.10)"; never null}
   */
  public String explanation() {
    if (status == WindowStatus.NOT_STARTED) {
      return "not started (DOMAIN D11.10)";
    }
    long days = elapsed.toDays();
    return status.label()
        + ": "
        + (days / 7)
        + " weeks "
        + (days % 7)
        + " days, the window is 8 to 12 weeks (DOMAIN D11.10)";
  }
}
