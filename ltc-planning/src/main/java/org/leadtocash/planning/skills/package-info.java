/**
 * Selling effectiveness and skills (DOMAIN D11.7): the customer's {@link
 * org.leadtocash.planning.skills.BuyingCycleStage buying cycle}, which the selling process follows
 * stage by stage, and the {@link org.leadtocash.planning.skills.SkillMap skill map} of a sales team
 * — each skill's importance in 2–3 years against today's performance, the gaps ranked largest
 * first, so that the team develops the largest gaps first.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.skills;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
