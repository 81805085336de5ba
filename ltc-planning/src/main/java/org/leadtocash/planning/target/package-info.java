/**
 * From numbers to opportunities (DOMAIN D9.5): a representative office's target decomposed onto its
 * customers ({@link org.leadtocash.planning.target.OfficeTarget}), each customer's number
 * decomposed onto its opportunities ({@link org.leadtocash.planning.target.CustomerNumber}), by
 * explicit amounts or by shares with exact money rounding, and the {@link
 * org.leadtocash.planning.target.CoverageReport coverage report} that shows, per customer and per
 * unit, the target, what the opportunities cover ({@link
 * org.leadtocash.planning.target.CoverageMode weighted or unweighted}, the host chooses) and the
 * uncovered rest, rolled up representative office → region → area over the {@link
 * org.leadtocash.domain.common.SalesOrganisation}.
 *
 * <p>Planning reads no live aggregate: the host gives each opportunity's amount and win probability
 * as an {@link org.leadtocash.planning.target.OpportunityNumber}.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning.target;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
