/**
 * Finance KPIs over contracts and the host's profit records (DOMAIN D12, D5.3, D9.6): orders,
 * revenue (invoiced), profit by operating unit, the collection rate (回款率) and overdue receivables
 * with their ageing. {@link org.leadtocash.metrics.finance.FinanceKpis} lists their definitions.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.finance;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
