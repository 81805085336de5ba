/**
 * The JSON codec of leadtocash: {@link org.leadtocash.jackson.LeadToCashModule}, a Jackson 2
 * module, and the strict {@code ObjectMapper} it builds.
 *
 * <p>Every event is written with its stored type name and schema version ({@code "type"}, {@code
 * "schemaVersion"}) next to its components; a document of an older schema version is read through
 * the {@link org.leadtocash.jackson.Upcaster upcasters} the host registers, one version at a time.
 * Every value an event carries is written field by field: ids as plain strings, money as an exact
 * decimal string with its currency code, times and dates as ISO-8601 strings, an empty {@code
 * Optional} as {@code null}. Reading is strict: an unknown type or schema version, a missing, null,
 * extra or mistyped field, a malformed amount or currency, a value that breaks a domain rule — each
 * is refused with a {@link org.leadtocash.jackson.LeadToCashJsonException} that names the type and
 * the field; nothing is dropped or defaulted silently. Personal data (DOMAIN D7.8) is written only
 * by a module built to write it.
 *
 * <p>An aggregate's snapshot is written the same way, with its {@link
 * org.leadtocash.jackson.SnapshotCatalogue snapshot type} and schema version, when the aggregate
 * has a public {@code restore()}: it is read back through that builder, whose checks refuse a state
 * that breaks an invariant.
 */
@NullMarked
@CheckReturnValue
package org.leadtocash.jackson;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
