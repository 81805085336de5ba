package org.leadtocash.planning.expansion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leadtocash.domain.common.RuleId;

/**
 * The review of a {@link KeyRelationshipPlan} (DOMAIN D10.2): each of the six usual pitfalls, in
 * the order of DOMAIN, found or cleared with the evidence. A question: it never throws, and the
 * planner works on what it finds.
 *
 * @param findings exactly one finding per {@link Pitfall}, in the pitfalls' order; not null
 */
public record PlanReview(List<PitfallFinding> findings) {

  /**
   * Checks that every pitfall is reported once, in order.
   *
   * @param findings one finding per pitfall, in order; not null
   * @throws IllegalArgumentException if a pitfall is missing, repeated or out of order
   */
  public PlanReview {
    Objects.requireNonNull(findings, "findings");
    findings = ImmutableList.copyOf(findings);
    Pitfall[] pitfalls = Pitfall.values();
    checkArgument(
        findings.size() == pitfalls.length,
        "a plan review reports all six pitfalls (DOMAIN D10.2), not %s",
        findings.size());
    for (int i = 0; i < pitfalls.length; i++) {
      checkArgument(
          findings.get(i).pitfall() == pitfalls[i],
          "a plan review reports the pitfalls in the order of DOMAIN D10.2: %s at %s, not %s",
          pitfalls[i].label(),
          i + 1,
          findings.get(i).pitfall().label());
    }
  }

  /** {@return the rule the review checks: {@link RuleId#D10_2}} */
  public RuleId rule() {
    return RuleId.D10_2;
  }

  /**
   * Returns the finding on one pitfall.
   *
   * @param pitfall the pitfall; not null
   * @return its finding, never null
   */
  public PitfallFinding finding(Pitfall pitfall) {
    Objects.requireNonNull(pitfall, "pitfall");
    return findings.stream().filter(f -> f.pitfall() == pitfall).findFirst().orElseThrow();
  }

  /** {@return the pitfalls found, in the order of DOMAIN; never null, empty when clear} */
  public List<Pitfall> found() {
    return findings.stream()
        .filter(PitfallFinding::found)
        .map(PitfallFinding::pitfall)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return whether every pitfall is cleared} */
  public boolean isClear() {
    return findings.stream().noneMatch(PitfallFinding::found);
  }

  /** {@return the review in words, one line per pitfall, in the order of DOMAIN} */
  public String explanation() {
    return String.join("\n", findings.stream().map(PitfallFinding::explanation).toList());
  }
}
