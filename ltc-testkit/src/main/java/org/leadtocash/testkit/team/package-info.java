/**
 * The iron triangle (DOMAIN D4): project and customer-group triangles, pools, staffing, rotation.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.team;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
