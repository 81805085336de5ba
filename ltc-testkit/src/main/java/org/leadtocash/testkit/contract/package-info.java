/**
 * Contracts (DOMAIN D5) in every reachable state, each signed under its own opportunity's approved
 * ATC, with their invoices, payments, receivables and collection plans.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.contract;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
