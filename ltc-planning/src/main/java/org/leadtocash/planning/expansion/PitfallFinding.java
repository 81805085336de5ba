package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One pitfall of a {@link PlanReview} (DOMAIN D10.2): found or cleared, and the evidence — which
 * people, which facts of the plan.
 *
 * @param pitfall the pitfall; not null
 * @param found whether the plan falls into it
 * @param evidence the facts that found or cleared it, in words; not null, not empty, no blank entry
 */
public record PitfallFinding(Pitfall pitfall, boolean found, List<String> evidence) {

  /**
   * Checks the evidence.
   *
   * @param pitfall the pitfall; not null
   * @param found whether the plan falls into it
   * @param evidence the facts; not null, not empty, no blank entry
   * @throws IllegalArgumentException if there is no evidence or an entry is blank
   */
  public PitfallFinding {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(pitfall, "pitfall");
    evidence = ImmutableList.copyOf(evidence);
    checkArgument(
        !evidence.isEmpty() && evidence.stream().noneMatch(String::isBlank),
        "a pitfall is found or cleared with evidence (DOMAIN D10.2): %s",
        pitfall.label());
  }

  /**
   * Returns a pitfall found.
   *
   * @param pitfall the pitfall; not null
   * @param evidence the facts that found it; not null, not empty
   * @return the finding, never null
   */
  public static PitfallFinding found(Pitfall pitfall, List<String> evidence) {
    return new PitfallFinding(pitfall, true, evidence);
  }

  /**
   * Returns a pitfall cleared.
   *
   * @param pitfall the pitfall; not null
   * @param evidence the facts that cleared it; not null, not empty
   * @return the finding, never null
   */
  public static PitfallFinding cleared(Pitfall pitfall, List<String> evidence) {
    return new PitfallFinding(pitfall, false, evidence);
  }

  /** {@return e.g. "competitor ignored: found — P-2: the competitor's level is not assessed"} */
  public String explanation() {
    return pitfall.label()
        + ": "
        + (found ? "found" : "cleared")
        + " — "
        + String.join("; ", evidence);
  }
}
