/**
 * Relationship planning (DOMAIN D10.1, D10.4): a {@link
 * org.leadtocash.planning.relationship.RelationshipPlan} walks the five steps of D10.1 strictly in
 * order — it inherits the {@link org.leadtocash.planning.relationship.MarketTargets market
 * targets}, records the {@link org.leadtocash.planning.relationship.RelationshipAnalysis analysis}
 * of ours and the main competitor's relationships on the three layers of D7, derives the {@link
 * org.leadtocash.planning.relationship.RelationshipTarget relationship targets} from the market
 * targets under a replaceable {@link
 * org.leadtocash.planning.relationship.RelationshipTargetPolicy}, gives every target a {@link
 * org.leadtocash.planning.relationship.RelationshipStrategy strategy}, then executes with every
 * customer {@link org.leadtocash.planning.relationship.CustomerStaffing staffed} under a
 * replaceable {@link org.leadtocash.planning.relationship.StaffingPolicy} and is monitored on the
 * cadence of D10.1 and D10.4 ({@link org.leadtocash.planning.relationship.MonitoringSchedule}). The
 * {@link org.leadtocash.planning.relationship.RelationshipGap gap report} sets each target against
 * today's decision chains and relationships, given as {@link
 * org.leadtocash.planning.relationship.CurrentRelationships}.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.relationship;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
