package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.FreeText;
import org.leadtocash.domain.common.RuleId;

/**
 * A key control point (KCP, 关键控制点): a pass/fail business check inside a process (DOMAIN D1.4), such
 * as the lead validation of D2.5. Where the library evaluates the check, {@link #rule()} names the
 * DOMAIN section that does.
 *
 * @param name a short name, e.g. {@code lead validation}; not null, not blank
 * @param check what is checked, pass or fail; not null, not blank
 * @param rule the DOMAIN rule that evaluates it, if the library does; not null
 */
public record KeyControlPoint(String name, String check, Optional<RuleId> rule)
    implements ControlPoint {

  /**
   * Checks the parts.
   *
   * @param name a short name, e.g. {@code lead validation}; not null, not blank
   * @param check what is checked, pass or fail; not null, not blank
   * @param rule the DOMAIN rule that evaluates it, if the library does; not null
   * @throws IllegalArgumentException if the name or the check is blank
   */
  public KeyControlPoint {
    FreeText.line(name, "name");
    FreeText.line(check, "check");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(rule, "rule");
    checkArgument(!name.isBlank(), "a KCP has a name (DOMAIN D1.4)");
    checkArgument(!check.isBlank(), "a KCP states its pass/fail check (DOMAIN D1.4)");
  }

  /**
   * Returns a KCP that the host evaluates.
   *
   * @param name a short name; not null, not blank
   * @param check what is checked; not null, not blank
   * @return the KCP, never null
   */
  public static KeyControlPoint of(String name, String check) {
    return new KeyControlPoint(name, check, Optional.empty());
  }

  /**
   * Returns a KCP that the library evaluates under a DOMAIN rule.
   *
   * @param name a short name; not null, not blank
   * @param check what is checked; not null, not blank
   * @param rule the rule it checks, e.g. {@link RuleId#D2_5}; not null
   * @return the KCP, never null
   */
  public static KeyControlPoint of(String name, String check, RuleId rule) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    return new KeyControlPoint(name, check, Optional.of(rule));
  }

  /** {@return {@link ControlPointKind#KCP}} */
  @Override
  public ControlPointKind kind() {
    return ControlPointKind.KCP;
  }

  /** {@return e.g. {@code KCP lead validation}} */
  @Override
  public String toString() {
    return "KCP " + name;
  }
}
