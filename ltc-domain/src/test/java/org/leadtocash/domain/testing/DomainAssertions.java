package org.leadtocash.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.function.Function;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainException;
import org.leadtocash.domain.common.RuleId;

/** Assertions about refused commands. */
public final class DomainAssertions {

  private DomainAssertions() {}

  /**
   * Asserts that a command sent to an aggregate is refused with the given exception type and rule,
   * that the message names the aggregate's id and {@code DOMAIN <rule>}, and that the aggregate is
   * unchanged.
   *
   * @param type the expected exception type
   * @param rule the expected DOMAIN section, e.g. {@code D2.7}
   * @param aggregate the aggregate the command is sent to
   * @param command the command
   * @param <A> the aggregate type
   * @param <X> the exception type
   * @return the exception, for further assertions
   */
  @CanIgnoreReturnValue
  public static <A extends Aggregate<?, ?>, X extends DomainException> X assertRefused(
      Class<X> type, String rule, A aggregate, Function<A, ?> command) {
    int hashBefore = aggregate.hashCode();
    long versionBefore = aggregate.version();
    X refusal = assertThrows(type, () -> command.apply(aggregate));
    assertEquals(RuleId.of(rule), refusal.rule(), refusal::getMessage);
    assertTrue(
        refusal.getMessage().contains("[DOMAIN " + rule + "]"),
        () -> "the message names the rule: " + refusal.getMessage());
    assertTrue(
        refusal.getMessage().contains(aggregate.id().toString()),
        () -> "the message names the aggregate: " + refusal.getMessage());
    assertEquals(hashBefore, aggregate.hashCode(), "a refused command changes nothing");
    assertEquals(versionBefore, aggregate.version(), "a refused command changes nothing");
    return refusal;
  }
}
