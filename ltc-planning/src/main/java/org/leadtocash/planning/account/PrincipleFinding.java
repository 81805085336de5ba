package org.leadtocash.planning.account;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link PrincipleReport} (DOMAIN D11.1): a principle, what the review found, the
 * evidence given and why.
 *
 * @param principle the principle; not null
 * @param verdict met, not met or not assessed; not null
 * @param evidence the evidence given, if any; not null, present for a met principle, absent for one
 *     not assessed, never blank
 * @param reason why the verdict is what it is; not null, not blank
 */
public record PrincipleFinding(
    AccountPrinciple principle, Verdict verdict, Optional<String> evidence, String reason) {

  /**
   * Checks that the verdict agrees with the evidence.
   *
   * @param principle the principle; not null
   * @param verdict the verdict; not null
   * @param evidence the evidence given, if any; not null, never blank
   * @param reason why; not null, not blank
   * @throws IllegalArgumentException if a met principle has no evidence, a principle not assessed
   *     has some, the evidence is blank or the reason is blank
   */
  public PrincipleFinding {
    Objects.requireNonNull(principle, "principle");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reason, "reason");
    checkArgument(
        evidence.map(e -> !e.isBlank()).orElse(true),
        "evidence given for %s is not blank (DOMAIN D11.1)",
        principle.label());
    checkArgument(
        verdict != Verdict.MET || evidence.isPresent(),
        "a principle is met only on evidence (DOMAIN D11.1): %s",
        principle.label());
    checkArgument(
        verdict != Verdict.NOT_ASSESSED || evidence.isEmpty(),
        "a principle with evidence is assessed (DOMAIN D11.1): %s",
        principle.label());
    checkArgument(!reason.isBlank(), "a finding says why (DOMAIN D11.1): %s", principle.label());
  }

  /** {@return the finding in words, e.g. "2. lead, don't follow: met (met on the evidence: …)"} */
  public String explanation() {
    return principle.number()
        + ". "
        + principle.label()
        + ": "
        + verdict.label()
        + " ("
        + reason
        + ")";
  }
}
