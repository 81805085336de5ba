package org.leadtocash.domain.relationship;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.RuleId;

/**
 * One risk found by a {@link ChainCoverageReport} (DOMAIN D7.2, D7.3): its kind, what exactly is
 * wrong, what to do next, and the DOMAIN rule.
 *
 * @param kind the kind of risk; not null
 * @param reason what is wrong, naming the role, position or person (never by name); not null, not
 *     blank
 */
public record ChainRisk(ChainRiskKind kind, String reason) {

  /**
   * Checks the parts.
   *
   * @param kind the kind of risk; not null
   * @param reason what is wrong, naming the role, position or person (never by name); not null, not
   *     blank
   * @throws IllegalArgumentException if the reason is blank
   */
  public ChainRisk {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a chain risk says what is wrong");
  }

  /** {@return the DOMAIN rule the risk comes from, the {@link ChainRiskKind#rule() kind's}} */
  public RuleId rule() {
    return kind.rule();
  }

  /** {@return what to do next about the risk, the {@link ChainRiskKind#action() kind's}} */
  public String action() {
    return kind.action();
  }

  /**
   * {@return e.g. {@code hidden decision role: no one is known to be the buyer (购买者) … → find out
   * who holds the role … [DOMAIN D7.2]}}
   */
  @Override
  public String toString() {
    return kind.label() + ": " + reason + " → " + action() + " [" + rule() + "]";
  }
}
