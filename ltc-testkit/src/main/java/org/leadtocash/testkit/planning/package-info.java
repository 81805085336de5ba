/**
 * The marketing strategy of DOMAIN D9.1–D9.4: strategies and business designs written in part or in
 * full, gap analyses, and market opportunities screened under the standard policy; and the
 * key-relationship plans and key-account expansion cards of D10.2–D10.3: plans over decision chains
 * with their reviews, sponsor rankings, and cards built command by command.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.planning;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
