package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Whether an opportunity is ready for a gate (DOMAIN D3.2): every prerequisite of the gate, met or
 * not, with its reason. A question, never a refusal: {@link Opportunity#decide} refuses an approval
 * while the report is not {@link #isReady() ready}.
 *
 * @param gate the gate; not null
 * @param checks one check per prerequisite of the gate, in the order of {@link GatePrerequisite};
 *     not null
 */
public record GateReadiness(Gate gate, List<PrerequisiteCheck> checks) {

  /**
   * Checks that the report covers exactly the gate's prerequisites.
   *
   * @param gate the gate; not null
   * @param checks one check per prerequisite of the gate, in the order of {@link GatePrerequisite};
   *     not null
   * @throws IllegalArgumentException if a check belongs to another gate
   */
  public GateReadiness {
    Objects.requireNonNull(gate, "gate");
    checks = ImmutableList.copyOf(checks);
    for (PrerequisiteCheck check : checks) {
      checkArgument(
          check.prerequisite().gate() == gate,
          "%s is a prerequisite of %s, not %s",
          check.prerequisite(),
          check.prerequisite().gate(),
          gate);
    }
  }

  /** {@return whether every prerequisite is met} */
  public boolean isReady() {
    return checks.stream().allMatch(PrerequisiteCheck::met);
  }

  /** {@return the prerequisites not met, in order; never null} */
  public List<PrerequisiteCheck> unmet() {
    return checks.stream().filter(c -> !c.met()).collect(ImmutableList.toImmutableList());
  }
}
