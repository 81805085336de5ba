/**
 * A host's storage of the library's aggregates on a real database: plain JDBC on an embedded H2,
 * with the events of each aggregate in one table — (stream, version, type, schema version,
 * occurred-at, JSON payload), unique per (stream, version) for optimistic locking — and snapshots
 * in another. The JSON is written and read by {@code ltc-jackson}.
 *
 * <p>This is example code, not part of the library: the library does no I/O (DESIGN §4), and a host
 * keeps its aggregates wherever it keeps its data. It shows the three things every host does:
 * append a command's events at the version it expects (and retry on a conflict), append both
 * streams of a two-aggregate command in one transaction, and rebuild an aggregate from its events
 * or from a snapshot and the events after it.
 */
@NullMarked
package org.leadtocash.examples.store;

import org.jspecify.annotations.NullMarked;
