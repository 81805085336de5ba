/**
 * The rolling planning cycle of key-account plans (DOMAIN D11.10): a {@link
 * org.leadtocash.planning.cycle.PlanningCycle} runs through its four {@link
 * org.leadtocash.planning.cycle.CycleStage stages} — plan and prepare, develop the plan in eight
 * {@link org.leadtocash.planning.cycle.DevelopmentStep steps} within 8–12 weeks, review and adjust
 * against the {@link org.leadtocash.planning.cycle.ReviewQuestion review questions}, implement and
 * monitor — and lists the {@link org.leadtocash.planning.cycle.ReviewDue reviews due} by the
 * accounts' {@link org.leadtocash.planning.cycle.AccountImportance importance}. It is an
 * event-sourced aggregate: its {@link org.leadtocash.planning.cycle.PlanningCycleEvent events}
 * replay to it.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.cycle;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
