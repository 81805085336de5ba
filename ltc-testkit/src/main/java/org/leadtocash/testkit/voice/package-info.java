/**
 * The voice of the customer (DOMAIN D8): customer issues in every reachable state, feedback,
 * satisfaction surveys, contract scopes and classified requests.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.testkit.voice;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
