/**
 * The plans of DOMAIN D9–D11: the marketing strategy of D9.1–D9.4 (strategies and business designs
 * written in part or in full, gap analyses, market opportunities screened under the standard
 * policy); the relationship plans of D10.1 and D10.4, in every reachable step, with the values they
 * carry and report; and key-account management (D11.1–D11.4, D11.9, D11.11): principle reviews,
 * key-account strategies, growth matrices and sales-potential gaps, penetration, account plans and
 * KAM checklists.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
