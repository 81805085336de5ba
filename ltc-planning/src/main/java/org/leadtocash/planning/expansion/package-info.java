/**
 * Key-relationship planning and the key-account expansion card (DOMAIN D10.2, D10.3).
 *
 * <p>A {@link org.leadtocash.planning.expansion.KeyRelationshipPlan} walks the five steps of D10.2
 * over the domain's own {@link org.leadtocash.domain.relationship.DecisionChain}: targets and
 * owners, relationships assessed against the main competitor's ({@link
 * org.leadtocash.planning.expansion.Standing}), resources, and the action plan; its {@link
 * org.leadtocash.planning.expansion.PlanReview review} reports each of the six {@link
 * org.leadtocash.planning.expansion.Pitfall pitfalls} found or cleared with the evidence, under a
 * replaceable {@link org.leadtocash.planning.expansion.PitfallPolicy}.
 *
 * <p>An {@link org.leadtocash.planning.expansion.ExpansionCard} (D10.3) holds one key account's key
 * persons and key tasks, each assigned to an employee; its senior sponsor, chosen from a {@link
 * org.leadtocash.planning.expansion.SponsorRanking} under a replaceable {@link
 * org.leadtocash.planning.expansion.SponsorPolicy}; the sponsor's channels to the key persons; its
 * specific, measurable {@link org.leadtocash.planning.expansion.Commitment commitments}; and its
 * review every three months with the owner's manager. The card is read under the domain's rule of
 * D7.8 over the domain's {@link org.leadtocash.domain.relationship.Organisation}: by its owner and
 * the owner's managers only; a region's {@link org.leadtocash.planning.expansion.ExpansionCards}
 * are read, written and removed under the same rule, with the domain's {@link
 * org.leadtocash.domain.relationship.CardDisclosure} for what a refusal tells.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.expansion;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
