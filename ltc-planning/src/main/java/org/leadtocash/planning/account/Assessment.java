package org.leadtocash.planning.account;

import java.util.Objects;
import org.leadtocash.domain.common.FreeText;

/**
 * What a key-account review recorded for one principle (DOMAIN D11.1): whether the reviewer found
 * it met, and the evidence given.
 *
 * <p>A principle is met only on evidence: an assessment of "met" with a blank evidence text is
 * reported as not met by the {@link PrincipleReport}.
 *
 * @param met whether the reviewer found the principle met
 * @param evidence what shows it, e.g. "profitability by product reviewed with the CFO in March";
 *     not null, may be blank (no evidence given)
 */
public record Assessment(boolean met, String evidence) {

  /**
   * Checks the evidence.
   *
   * @param met whether the reviewer found the principle met
   * @param evidence what shows it; not null, may be blank
   */
  public Assessment {
    FreeText.note(evidence, "evidence");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** {@return whether evidence was given: the evidence text is not blank} */
  public boolean hasEvidence() {
    return !evidence.isBlank();
  }
}
