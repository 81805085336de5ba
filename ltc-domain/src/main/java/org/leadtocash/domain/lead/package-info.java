/**
 * Leads — Manage Leads (ML, 管理线索, DOMAIN D2).
 *
 * <p>A {@link org.leadtocash.domain.lead.Lead} is a customer's potential intention to buy (D2.1),
 * recorded with its {@link org.leadtocash.domain.lead.LeadSource source} (D2.2) and classified
 * {@link org.leadtocash.domain.lead.LeadMaturity mature or early} by whether the customer has a
 * budget (D2.3). It passes the three sub-processes of D2.4 — collect and generate, validate and
 * distribute, track and nurture — each owned by its {@link org.leadtocash.domain.lead.LeadRole
 * role}; the validation KCP ({@link org.leadtocash.domain.lead.LeadValidation}) answers every
 * criterion of questions Q1–Q3 (D2.5); the weekly review closes, suspends, nurtures or converts it;
 * nurturing follows the steps of D2.6 in order; and conversion (D2.7) needs a clear budget and a
 * passed KCP, and creates the linked {@link org.leadtocash.domain.opportunity.Opportunity}.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.lead;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
