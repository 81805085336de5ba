/**
 * The iron triangle (铁三角) and project roles (DOMAIN D4).
 *
 * <p>Three {@link org.leadtocash.domain.team.CoreRole core roles} — AR, SR and FR — replace
 * individual professionalism with team professionalism (D4.1), each measured by its own {@link
 * org.leadtocash.domain.team.RoleKpi KPIs} and the KPIs all three share (D4.2). There are two kinds
 * of triangle (D4.3): the stable {@link org.leadtocash.domain.team.CustomerGroupTriangle
 * customer-group triangle} of a system department (系统部), and the temporary {@link
 * org.leadtocash.domain.team.ProjectTriangle project triangle} (临时组阁) formed per opportunity under
 * a project sponsor (赞助人), joined by the {@link org.leadtocash.domain.team.ExtendedRole extended
 * project roles} (D4.5). A system department's {@link
 * org.leadtocash.domain.team.SystemDepartmentSize size} decides which roles it holds itself and
 * which come from the shared {@link org.leadtocash.domain.team.ResourcePool resource pools} of the
 * representative office, the region and headquarters, searched in that order; {@link
 * org.leadtocash.domain.team.Staffing} forms a project triangle that way and reports every role it
 * could not fill (D4.4). A {@link org.leadtocash.domain.team.CoveragePolicy} decides whether a
 * customer is worth the expensive direct triangle or is covered through channels (D4.6), and a
 * {@link org.leadtocash.domain.team.RotationPolicy} flags people who have held a customer too long
 * (D4.7).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.team;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
