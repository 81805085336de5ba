package org.leadtocash.domain.process;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.leadtocash.domain.common.OrganisationLevel;

/**
 * Who may adapt which process levels, and on what terms (DOMAIN D1.2), as {@link
 * #of(OrganisationLevel)} returns them:
 *
 * <ul>
 *   <li><b>headquarters</b> owns L1–L3 with their KCPs and KDPs and sets the global standard of
 *       every level, so it may adapt any level, without further approval; what it puts on a card
 *       (control points, outputs, metrics) becomes headquarters' requirement for that process;
 *   <li>a <b>region</b> (地区部) may adapt only L4, and only with a recorded company approval
 *       ("各区域仅允许在第四层进行本地业务适配工作,且需要经过公司批准");
 *   <li>a <b>representative office</b> (代表处) may adapt only L5 and L6, on top of the global L5/L6
 *       standard, keeping headquarters' control and data-integration requirements;
 *   <li>an <b>area</b> (片联), which D1.2 does not name, has the rights of a region: the source gives
 *       regional bodies (各区域) L4 with company approval, and the approval keeps headquarters in
 *       control. This is the library's documented choice.
 * </ul>
 *
 * <p>Below headquarters every adaptation keeps headquarters' requirements: it never removes a
 * control point, output or metric that headquarters set on a card, and never retires a process of
 * the global standard (it adapts on top of it).
 *
 * @param by the organisation level; not null
 * @param levels the process levels it may adapt; not null, not empty
 * @param needsCompanyApproval whether each adaptation needs a recorded company approval
 * @param keepsHeadquartersRequirements whether its adaptations must keep headquarters' requirements
 */
public record AdaptationRights(
    OrganisationLevel by,
    Set<ProcessLevel> levels,
    boolean needsCompanyApproval,
    boolean keepsHeadquartersRequirements) {

  /**
   * Checks and copies the parts.
   *
   * @param by the organisation level; not null
   * @param levels the process levels it may adapt; not null, not empty
   * @param needsCompanyApproval whether each adaptation needs a recorded company approval
   * @param keepsHeadquartersRequirements whether its adaptations must keep headquarters'
   *     requirements
   * @throws IllegalArgumentException if no level may be adapted
   */
  public AdaptationRights {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(levels, "levels");
    checkArgument(!levels.isEmpty(), "adaptation rights cover at least one level (DOMAIN D1.2)");
    levels = Sets.immutableEnumSet(levels);
  }

  /**
   * Returns the rights of an organisation level under D1.2, as described above.
   *
   * @param by the organisation level; not null
   * @return its rights, never null
   */
  public static AdaptationRights of(OrganisationLevel by) {
    Objects.requireNonNull(by, "by");
    return switch (by) {
      case HEADQUARTERS ->
          new AdaptationRights(by, EnumSet.allOf(ProcessLevel.class), false, false);
      case AREA, REGION -> new AdaptationRights(by, EnumSet.of(ProcessLevel.L4), true, true);
      case REPRESENTATIVE_OFFICE ->
          new AdaptationRights(by, EnumSet.of(ProcessLevel.L5, ProcessLevel.L6), false, true);
    };
  }

  /**
   * Returns whether these rights cover a process level.
   *
   * @param level the level; not null
   * @return whether {@link #by()} may adapt processes at that level
   */
  public boolean allows(ProcessLevel level) {
    Objects.requireNonNull(level, "level");
    return levels.contains(level);
  }
}
