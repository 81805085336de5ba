package org.leadtocash.domain.opportunity;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One line of a {@link GateReadiness} report: a prerequisite, whether it is met, and why.
 *
 * @param prerequisite the prerequisite; not null
 * @param met whether it is met
 * @param reason the evidence, or what is missing; not null, not blank
 */
public record PrerequisiteCheck(GatePrerequisite prerequisite, boolean met, String reason) {

  /**
   * Checks the parts.
   *
   * @param prerequisite the prerequisite; not null
   * @param met whether it is met
   * @param reason the evidence, or what is missing; not null, not blank
   * @throws IllegalArgumentException if the reason is blank
   */
  public PrerequisiteCheck {
    Objects.requireNonNull(prerequisite, "prerequisite");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "a prerequisite check says why");
  }

  /**
   * {@return e.g. {@code met: delivery took part in verifying the opportunity — Wang Fang}, or for
   * an unmet one {@code not met: … — no project triangle assigned yet; next:
   * assignTriangle(triangle, at), …}}
   */
  @Override
  public String toString() {
    return met
        ? "met: " + prerequisite.text() + " — " + reason
        : "not met: " + prerequisite.text() + " — " + reason + "; next: " + prerequisite.remedy();
  }
}
