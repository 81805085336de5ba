package org.leadtocash.domain.opportunity;

import java.util.Objects;
import org.leadtocash.domain.common.EmployeeId;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * Who took a gate decision, and at which level of the organisation they hold the authority to take
 * it (DOMAIN D3.2, manage authorisation and its exercise 授权与行权).
 *
 * @param decider the person who decided; not null
 * @param level the organisation level whose authority they exercise; not null
 */
public record DecisionAuthority(EmployeeId decider, OrganisationLevel level) {

  /**
   * Checks that no part is null.
   *
   * @param decider the person who decided; not null
   * @param level the organisation level whose authority they exercise; not null
   */
  public DecisionAuthority {
    Objects.requireNonNull(decider, "decider");
    Objects.requireNonNull(level, "level");
  }

  /**
   * Returns the authority of a decider at a level.
   *
   * @param decider the person; not null
   * @param level their level; not null
   * @return the authority, never null
   */
  public static DecisionAuthority of(EmployeeId decider, OrganisationLevel level) {
    return new DecisionAuthority(decider, level);
  }
}
