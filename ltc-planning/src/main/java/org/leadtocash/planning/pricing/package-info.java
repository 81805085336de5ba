/**
 * The cost basis of a key account's price (DOMAIN D11.8): the {@link
 * org.leadtocash.planning.pricing.PricingDecision decision tree} that chooses between today's
 * pricing, the long-run average incremental cost (LRAIC) of a lower-cost platform, marginal cost
 * where capacity is under-used, and a decision by management, returning the decision with the path
 * of answers that led to it; and a {@link org.leadtocash.planning.pricing.PricingCase pricing case}
 * that answers the tree's questions from the numbers.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.pricing;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
