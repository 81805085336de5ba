/** Contact activities and plans (DOMAIN D7.9, D7.11), filled through the plan's own rules. */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.activity;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
