package org.leadtocash.domain.common;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The checks of one command on one aggregate: builds the {@link DomainException} that names the
 * aggregate, its state, the command and the DOMAIN rule.
 *
 * <pre>{@code
 * Guard guard = Guard.of("Lead " + id(), status().name(), "convert");
 * guard.require(budget().isPresent(), RuleId.D2_7, "the customer has no clear investment budget");
 * }</pre>
 *
 * @param aggregate the aggregate's kind and id, e.g. {@code Lead LD-7}; not null
 * @param state the state the aggregate is in; not null
 * @param command the command being checked; not null
 */
public record Guard(String aggregate, String state, String command) {

  /**
   * Checks that no part is null.
   *
   * @param aggregate the aggregate's kind and id, e.g. {@code Lead LD-7}; not null
   * @param state the state the aggregate is in; not null
   * @param command the command being checked; not null
   */
  public Guard {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
  }

  /**
   * Returns the guard of a command.
   *
   * @param aggregate the aggregate's kind and id; not null
   * @param state the state it is in; not null
   * @param command the command; not null
   * @return the guard, never null
   */
  public static Guard of(String aggregate, String state, String command) {
    return new Guard(aggregate, state, command);
  }

  /**
   * Throws a {@link RuleViolationException} unless the rule holds.
   *
   * @param holds whether the rule holds
   * @param rule the rule, e.g. {@link RuleId#D2_7}; not null
   * @param reason what is wrong if it does not hold, a {@link String#format} pattern; not null
   * @param args the pattern's arguments
   * @return this guard, to chain further checks
   * @throws RuleViolationException if {@code holds} is false
   */
  @FormatMethod
  @CanIgnoreReturnValue
  public Guard require(boolean holds, RuleId rule, @FormatString String reason, Object... args) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(args, "args");
    if (!holds) {
      throw violation(rule, String.format(reason, args));
    }
    return this;
  }

  /**
   * Throws a {@link RuleViolationException} if a business date the command carries is before the
   * aggregate's own beginning, compared without a time zone as {@link BusinessDate#isBefore} does:
   * an aggregate's dates only move forward (DESIGN §2; the aggregate's time rule, for example
   * DOMAIN D3.1).
   *
   * @param rule the aggregate's time rule; not null
   * @param fact what the date is of, for the message, e.g. {@code "ATI is planned on"}; not null
   * @param on the business date; not null
   * @param began what began, for the message, e.g. {@code "the opportunity was opened"}; not null
   * @param beganAt when it began; not null
   * @return this guard, to chain further checks
   * @throws RuleViolationException if {@code on} is before {@code beganAt} in every time zone
   */
  @CanIgnoreReturnValue
  public Guard requireSince(RuleId rule, String fact, LocalDate on, String began, Instant beganAt) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(began, "began");
    Objects.requireNonNull(beganAt, "beganAt");
    return require(
        !BusinessDate.isBefore(on, beganAt),
        rule,
        "%s %s, before %s at %s: its dates only move forward",
        fact,
        on,
        began,
        beganAt);
  }

  /**
   * Throws a {@link RuleViolationException} if the business date of a fact the command records is
   * after the instant the command is recorded at, compared without a time zone as {@link
   * BusinessDate#isAfter} does: a fact is recorded once it has happened (DESIGN §2; the aggregate's
   * time rule, for example DOMAIN D3.1).
   *
   * @param rule the aggregate's time rule; not null
   * @param fact what happened on the date, for the message, e.g. {@code "the decision is taken
   *     on"}; not null
   * @param on the business date; not null
   * @param at when the command is recorded; not null
   * @return this guard, to chain further checks
   * @throws RuleViolationException if {@code on} is after {@code at} in every time zone
   */
  @CanIgnoreReturnValue
  public Guard requireHappened(RuleId rule, String fact, LocalDate on, Instant at) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(at, "at");
    return require(
        !BusinessDate.isAfter(on, at),
        rule,
        "%s %s, after the command recording it at %s: a fact is recorded once it has happened",
        fact,
        on,
        at);
  }

  /**
   * Throws an {@link IllegalTransitionException} unless the command is allowed in this state.
   *
   * @param allowed whether the aggregate's lifecycle allows the command now
   * @param rule the lifecycle rule; not null
   * @param reason what is wrong if it is not allowed, a {@link String#format} pattern; not null
   * @param args the pattern's arguments
   * @return this guard, to chain further checks
   * @throws IllegalTransitionException if {@code allowed} is false
   */
  @FormatMethod
  @CanIgnoreReturnValue
  public Guard allow(boolean allowed, RuleId rule, @FormatString String reason, Object... args) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(args, "args");
    if (!allowed) {
      throw new IllegalTransitionException(
          aggregate, state, command, rule, String.format(reason, args));
    }
    return this;
  }

  /**
   * Returns, without throwing, the violation of a rule, for callers that decide later.
   *
   * @param rule the rule; not null
   * @param reason what is wrong; not null
   * @return the exception, never null
   */
  public RuleViolationException violation(RuleId rule, String reason) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    return new RuleViolationException(aggregate, state, command, rule, reason);
  }
}
