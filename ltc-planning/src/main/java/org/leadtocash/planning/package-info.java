/**
 * Marketing strategy, relationship planning and key-account plans (DOMAIN D9-D11).
 *
 * <p>This module depends on {@code ltc-domain} only. Its first package is {@link
 * org.leadtocash.planning.strategy} (D9.1–D9.4); relationship and key-account plans are to come.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
