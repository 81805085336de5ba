package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * How a key account decides (DOMAIN D11.9): where the decision power lies and the process it
 * follows.
 *
 * @param power local, headquarters or shared; not null
 * @param process the decision process, e.g. "group tender, local technical evaluation"; not null,
 *     not blank
 */
public record DecisionMaking(DecisionPower power, String process) {

  /**
   * Checks the process.
   *
   * @param power where the decision power lies; not null
   * @param process the decision process; not null, not blank
   * @throws IllegalArgumentException if the process is blank
   */
  public DecisionMaking {
    FreeText.note(process, "process");
    Objects.requireNonNull(power, "power");
    Objects.requireNonNull(process, "process");
    checkArgument(
        !process.isBlank(), "an account plan describes the decision process (DOMAIN D11.9)");
  }
}
