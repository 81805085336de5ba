/**
 * Contact activities — the "12 + 1" and the relationship work of each lifecycle stage (客户接触, DOMAIN
 * D7.9, D7.11).
 *
 * <p>A {@link org.leadtocash.domain.activity.ContactActivity} is one of the twelve contact scenes
 * or the "+1" of joint work with the customer ({@link org.leadtocash.domain.activity.ActivityType},
 * {@link org.leadtocash.domain.activity.CooperationForm}): it names the customer's people it meets,
 * our staff, the opportunity it supports, its dates, its budget and its purpose. A {@link
 * org.leadtocash.domain.activity.ContactPlan} holds a customer's activities: it accepts an activity
 * only if its dates fit the {@link org.leadtocash.domain.activity.ProjectSchedule schedule} of the
 * opportunity it supports and its budget is positive and in the plan's currency (D7.9), totals the
 * budgets per opportunity and per type, and reports — without refusing — the same scene repeated
 * with the same person too soon ({@link org.leadtocash.domain.activity.FatigueReport}, judged by a
 * replaceable {@link org.leadtocash.domain.activity.FatiguePolicy}), since activities are rotated
 * to avoid customer fatigue. The {@link org.leadtocash.domain.activity.RelationshipPlaybook} gives,
 * for each {@link org.leadtocash.domain.activity.LifecycleStage} from opportunity discovery to
 * collection, the goal, the customer departments to reach, the methods and the owner roles (D7.11).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.activity;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
