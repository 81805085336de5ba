/**
 * Opportunities — Manage Opportunity Points (MO, 管理机会点, DOMAIN D3).
 *
 * <p>An {@link org.leadtocash.domain.opportunity.Opportunity} moves through the sales phases of
 * D3.1 and the customer's buying stages of D3.3, and passes the three key decision points {@link
 * org.leadtocash.domain.opportunity.Gate#ATI ATI}, {@link
 * org.leadtocash.domain.opportunity.Gate#ATB ATB} and {@link
 * org.leadtocash.domain.opportunity.Gate#ATC ATC} strictly in order (D3.2), each recorded as a
 * {@link org.leadtocash.domain.opportunity.GateDecision}. Only the opportunity issues the evidence
 * that it passed a gate, a {@link org.leadtocash.domain.opportunity.GatePassage}, which another
 * aggregate needs (a contract's signature, D5.1). Its outcome (D3.5) carries the award split
 * between us and each competitor.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.opportunity;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
