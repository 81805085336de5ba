package org.leadtocash.domain.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stored name and schema version of an event type: the part of the event contract a host writes
 * next to every stored event, so that it can read it back.
 *
 * <p>The name is stable: it is written as {@code family.event} in lower-case words joined by
 * hyphens ({@code opportunity.gate-decided}), where the family names the aggregate. It does not
 * follow the Java class name: renaming the class keeps the name. The schema version starts at 1 and
 * grows by one whenever the event's shape changes (a component added, removed, renamed or given
 * another type, here or in a value it carries); an older version is read through an upcaster (see
 * the README, "Storing aggregates").
 *
 * @param name the stable name, such as {@code contract.invoice-issued}; not null
 * @param schemaVersion the version of the event's shape, 1 or more
 */
public record EventType(String name, int schemaVersion) {

  private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

  /**
   * Checks the name and the version.
   *
   * @param name the stable name, such as {@code contract.invoice-issued}; not null
   * @param schemaVersion the version of the event's shape, 1 or more
   * @throws IllegalArgumentException if the name is not {@code family.event} in lower-case
   *     hyphenated words, or the version is less than 1
   */
  public EventType {
    Objects.requireNonNull(name, "name");
    checkArgument(
        NAME.matcher(name).matches(),
        "an event type is named family.event in lower-case hyphenated words, not '%s'",
        Escaping.escaped(name));
    checkArgument(
        schemaVersion >= 1, "the schema version of %s is 1 or more, not %s", name, schemaVersion);
  }

  /**
   * Returns an event type.
   *
   * @param name the stable name, such as {@code contract.invoice-issued}; not null
   * @param schemaVersion the version of the event's shape, 1 or more
   * @return the type, never null
   * @throws IllegalArgumentException as {@link #EventType(String, int)}
   */
  public static EventType of(String name, int schemaVersion) {
    return new EventType(name, schemaVersion);
  }

  /** {@return the family: the part of the name before the dot, such as {@code contract}} */
  public String family() {
    return name.substring(0, name.indexOf('.'));
  }

  /**
   * Checks the aggregate version an event carries: the version of the aggregate the event produced,
   * 1 for the event that created it.
   *
   * @param version the version to check
   * @throws IllegalArgumentException if it is less than 1
   */
  public static void checkVersion(long version) {
    checkArgument(
        version >= 1,
        "an event carries the aggregate version it produced, 1 or more, not %s",
        version);
  }

  /** {@return {@code contract.invoice-issued v1}} */
  @Override
  public String toString() {
    return name + " v" + schemaVersion;
  }
}
