/**
 * Marketing strategy, relationship planning and key-account plans (DOMAIN D9-D11).
 *
 * <p>This module depends on {@code ltc-domain} only. Its packages are {@link
 * org.leadtocash.planning.strategy} (D9.1–D9.4) and {@link org.leadtocash.planning.account}
 * (key-account management, D11.1–D11.4, D11.9, D11.11); relationship plans and the rest of D11 are
 * to come.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
