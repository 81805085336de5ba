/**
 * The plans of DOMAIN D9–D11: the marketing strategy of D9.1–D9.4 (strategies and business
 * designs written in part or in full, gap analyses, and market opportunities screened under the
 * standard policy); the relationship plans of D10.1 and D10.4, in every reachable step, with the
 * values they carry and report; the key-relationship plans and key-account expansion cards of
 * D10.2–D10.3 (plans over decision chains with their reviews, sponsor rankings, and cards built
 * command by command); key-account management (D11.1–D11.4, D11.9, D11.11: principle reviews,
 * key-account strategies, growth matrices and sales-potential gaps, penetration, account plans and
 * KAM checklists); the skill maps of D11.7, the pricing decisions and cases of D11.8, and the
 * rolling planning cycle of D11.10 as an aggregate model with its histories and events.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
