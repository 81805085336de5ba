/**
 * The marketing strategy of DOMAIN D9.1–D9.4: strategies and business designs written in part or in
 * full, gap analyses, and market opportunities screened under the standard policy.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
