/**
 * Key-account management (DOMAIN D11.1–D11.4, D11.9, D11.11): the ten principles and seven guiding
 * principles as a {@link org.leadtocash.planning.account.PrincipleReview review checklist} (D11.1);
 * the four-step {@link org.leadtocash.planning.account.KeyAccountStrategy key-account strategy}
 * (D11.2); the {@link org.leadtocash.planning.account.GrowthMatrix growth options on the matrix} of
 * prize × probability under a replaceable {@link
 * org.leadtocash.planning.account.GrowthMatrixPolicy}, and the {@link
 * org.leadtocash.planning.account.SalesPotentialGap sales-potential gap} (D11.3); {@link
 * org.leadtocash.planning.account.Penetration penetration} per segment (D11.4); the {@link
 * org.leadtocash.planning.account.AccountPlan account plan} with its completeness report (D11.9);
 * and the telecom KAM process as an ordered {@link org.leadtocash.planning.account.KamChecklist
 * checklist} tied to the account plan (D11.11).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.account;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
