/**
 * Customer KPIs (DOMAIN D12) over the customer, relationship and voice-of-the-customer values of
 * the domain: customer total value (D6.5), value concentration, pyramid membership (D6.4),
 * relationship coverage (D7.2, D7.3, D7.7), satisfaction indices (D8.3), issue closure time and
 * escalation rate (D8.2). {@link org.leadtocash.metrics.customer.CustomerKpis} lists their
 * definitions.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.metrics.customer;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
