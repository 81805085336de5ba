/**
 * The stored event contract: the {@link org.leadtocash.domain.history.EventCatalogue} of every
 * event type, by stable name and schema version, so that a host can store events as rows and read
 * them back.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.domain.history;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
