/** The process architecture (DOMAIN D1), established and adapted by every organisation level. */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.process;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
