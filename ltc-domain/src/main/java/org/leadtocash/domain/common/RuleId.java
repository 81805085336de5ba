package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a business rule: a section of DOMAIN.md such as {@code D2.7}.
 *
 * <p>Every enforced rule is named by one, and the {@link DomainException} or report that the rule
 * produces carries it, so a host can trace any refusal back to the specification.
 *
 * @param section the DOMAIN.md section, {@code D} followed by dot-separated numbers; not null
 */
public record RuleId(String section) {

  private static final Pattern FORMAT = Pattern.compile("D\\d+(\\.\\d+)*");

  /**
   * Checks the section's format.
   *
   * @param section the DOMAIN.md section, {@code D} followed by dot-separated numbers; not null
   * @throws IllegalArgumentException if {@code section} is not of the form {@code D<n>[.<n>…]}
   */
  public RuleId {
    Objects.requireNonNull(section, "section");
    checkArgument(
        FORMAT.matcher(section).matches(),
        "a rule id is a DOMAIN section such as D2.7, not '%s'",
        section);
  }

  /**
   * Returns the rule id of a DOMAIN section.
   *
   * @param section a section such as {@code D2.7}; not null
   * @return the rule id, never null
   */
  public static RuleId of(String section) {
    return new RuleId(section);
  }

  /** {@return {@code DOMAIN D2.7}, the form used in messages} */
  @Override
  public String toString() {
    return "DOMAIN " + section;
  }
}
