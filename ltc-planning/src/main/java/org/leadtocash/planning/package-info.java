/**
 * Marketing strategy, relationship planning and key-account plans (DOMAIN D9-D11).
 *
 * <p>This module depends on {@code ltc-domain} only; its plans arrive with the planning issue.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
