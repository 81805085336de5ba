/**
 * Marketing strategy (DOMAIN D9.1–D9.4): the five looks and three decisions of a {@link
 * org.leadtocash.planning.strategy.MarketingStrategy} (D9.1) and the six elements of a {@link
 * org.leadtocash.planning.strategy.BusinessDesign} (D9.2), each with a {@link
 * org.leadtocash.planning.strategy.Completeness completeness report}; the {@link
 * org.leadtocash.planning.strategy.GapAnalysis performance and opportunity gaps} (D9.3); and the
 * {@link org.leadtocash.planning.strategy.Screening screening of market opportunities} over space,
 * growth, profit and competitive intensity under a replaceable {@link
 * org.leadtocash.planning.strategy.ScreeningPolicy} (D9.4).
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.strategy;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
