package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * Whether an opportunity is ready for a gate, and what to do next (DOMAIN D3.2): every prerequisite
 * of the gate, met or not, with its reason and the command that meets it; the level of authority
 * that must decide; and, when the gate cannot be decided now at all (already passed, the previous
 * gate open, the wrong phase, the opportunity ended), why. A question, never a refusal: {@link
 * Opportunity#decide} refuses an approval while the report is not {@link #isReady() ready}.
 *
 * @param gate the gate; not null
 * @param checks one check per prerequisite of the gate, in the order of {@link GatePrerequisite};
 *     not null
 * @param requiredAuthority the lowest level whose authority may decide the gate; not null
 * @param authorityBasis what the authority depends on, e.g. {@code ATB of CNY 12,000,000.00 for a
 *     grade-S customer}; not null, not blank
 * @param blocked why the gate cannot be decided now, with what to do instead; empty when it can
 */
public record GateReadiness(
    Gate gate,
    List<PrerequisiteCheck> checks,
    OrganisationLevel requiredAuthority,
    String authorityBasis,
    Optional<String> blocked) {

  /**
   * Checks that the report covers exactly the gate's prerequisites.
   *
   * @param gate the gate; not null
   * @param checks one check per prerequisite of the gate, in the order of {@link GatePrerequisite};
   *     not null
   * @param requiredAuthority the lowest level whose authority may decide the gate; not null
   * @param authorityBasis what the authority depends on; not null, not blank
   * @param blocked why the gate cannot be decided now, with what to do instead; not null
   * @throws IllegalArgumentException if a check belongs to another gate or a text is blank
   */
  public GateReadiness {
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(requiredAuthority, "requiredAuthority");
    Objects.requireNonNull(authorityBasis, "authorityBasis");
    Objects.requireNonNull(blocked, "blocked");
    checks = ImmutableList.copyOf(checks);
    for (PrerequisiteCheck check : checks) {
      checkArgument(
          check.prerequisite().gate() == gate,
          "%s is a prerequisite of %s, not %s",
          check.prerequisite(),
          check.prerequisite().gate(),
          gate);
    }
    checkArgument(!authorityBasis.isBlank(), "a readiness report says what the authority rests on");
    blocked.ifPresent(b -> checkArgument(!b.isBlank(), "a blocked gate says why"));
  }

  /** {@return whether the gate can be approved now: not blocked, every prerequisite met} */
  public boolean isReady() {
    return blocked.isEmpty() && checks.stream().allMatch(PrerequisiteCheck::met);
  }

  /** {@return the prerequisites not met, in order; never null} */
  public List<PrerequisiteCheck> unmet() {
    return checks.stream().filter(c -> !c.met()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns what to do next, in order: why the gate is blocked, else the command meeting each unmet
   * prerequisite, else the decision itself by the required authority.
   *
   * @return the next steps, never empty; never null
   */
  public List<String> nextSteps() {
    if (blocked.isPresent()) {
      return List.of(blocked.get());
    }
    List<PrerequisiteCheck> unmet = unmet();
    if (!unmet.isEmpty()) {
      return unmet.stream()
          .map(c -> c.prerequisite().remedy())
          .distinct()
          .collect(ImmutableList.toImmutableList());
    }
    return List.of(
        "decide(a ruling on "
            + gate
            + " by an authority of the "
            + requiredAuthority.label()
            + " or above, at): "
            + authorityBasis);
  }

  /**
   * {@return the report as lines: the gate and whether it is ready, each check, the authority and
   * the next steps}
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder()
            .append(gate)
            .append(" (")
            .append(gate.label())
            .append("): ")
            .append(isReady() ? "ready" : "not ready");
    blocked.ifPresent(b -> text.append("\n  blocked: ").append(b));
    checks.forEach(c -> text.append("\n  ").append(c));
    text.append("\n  decided by: the ")
        .append(requiredAuthority.label())
        .append(" or above (")
        .append(authorityBasis)
        .append(')');
    return text.toString();
  }
}
