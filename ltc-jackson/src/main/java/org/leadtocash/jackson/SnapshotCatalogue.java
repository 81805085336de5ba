package org.leadtocash.jackson;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.contract.Contract;
import org.leadtocash.domain.customer.Customer;
import org.leadtocash.domain.lead.Lead;
import org.leadtocash.domain.opportunity.Opportunity;
import org.leadtocash.domain.process.ProcessArchitecture;
import org.leadtocash.domain.relationship.KeyRelationship;
import org.leadtocash.domain.voice.CustomerIssue;
import org.leadtocash.planning.cycle.PlanningCycle;
import org.leadtocash.planning.relationship.RelationshipPlan;

/**
 * The stored type names and schema versions of aggregate snapshots: a host stores them next to a
 * snapshot (in its snapshot row, say), and the module writes them into the snapshot's JSON as
 * {@code "type"} and {@code "schemaVersion"} and reads a snapshot through them (DESIGN §2).
 *
 * <p>A snapshot type name is one lower-case hyphenated word group, such as {@code contract} or
 * {@code key-relationship}; it has no dot, so it never collides with an event type name, and an
 * {@link Upcaster} names either. An aggregate in the catalogue is written and read only if it is
 * {@link Entry#restorable() restorable}: it has a public static {@code restore()} returning the
 * builder of a stored state, whose {@code build()} checks every invariant. Any other aggregate is
 * refused loudly: store its events and replay them.
 */
public final class SnapshotCatalogue {

  private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

  private static final SnapshotCatalogue DOMAIN =
      new SnapshotCatalogue(
          List.of(
              new Entry("lead", 1, Lead.class),
              new Entry("opportunity", 1, Opportunity.class),
              new Entry("contract", 1, Contract.class),
              new Entry("customer", 1, Customer.class),
              new Entry("key-relationship", 1, KeyRelationship.class),
              new Entry("customer-issue", 1, CustomerIssue.class),
              new Entry("process-architecture", 1, ProcessArchitecture.class)));

  private static final SnapshotCatalogue PLANNING =
      new SnapshotCatalogue(
          List.of(
              new Entry("relationship-plan", 1, RelationshipPlan.class),
              new Entry("planning-cycle", 1, PlanningCycle.class)));

  private static final SnapshotCatalogue ALL = DOMAIN.plus(PLANNING);

  private final ImmutableList<Entry> entries;
  private final ImmutableMap<String, Entry> byName;
  private final ImmutableMap<Class<?>, Entry> byClass;

  private SnapshotCatalogue(List<Entry> entries) {
    this.entries = ImmutableList.copyOf(entries);
    ImmutableMap.Builder<String, Entry> names = ImmutableMap.builder();
    ImmutableMap.Builder<Class<?>, Entry> classes = ImmutableMap.builder();
    for (Entry entry : this.entries) {
      names.put(entry.type(), entry);
      classes.put(entry.aggregateClass(), entry);
    }
    try {
      this.byName = names.buildOrThrow();
      this.byClass = classes.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "a snapshot catalogue names each snapshot type and aggregate class once: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * {@return the snapshot types of {@code ltc-domain}, each at schema version 1: {@code lead},
   * {@code opportunity}, {@code contract}, {@code customer}, {@code key-relationship}, {@code
   * customer-issue} and {@code process-architecture}; never null}
   */
  public static SnapshotCatalogue domain() {
    return DOMAIN;
  }

  /**
   * {@return the snapshot types of {@code ltc-planning}'s plans that can be restored, each at its
   * schema version: {@code relationship-plan} at 1; never null}
   */
  public static SnapshotCatalogue planning() {
    return PLANNING;
  }

  /**
   * {@return the snapshot types of the domain followed by those of the plans: the catalogue of a
   * host that embeds both modules, and the module's default; never null}
   */
  public static SnapshotCatalogue all() {
    return ALL;
  }

  /**
   * Returns this catalogue followed by another's.
   *
   * @param other the other catalogue; not null
   * @return the combined catalogue, never null
   * @throws IllegalArgumentException if a name or a class is in both
   */
  public SnapshotCatalogue plus(SnapshotCatalogue other) {
    Objects.requireNonNull(other, "other");
    return new SnapshotCatalogue(
        ImmutableList.<Entry>builder().addAll(entries).addAll(other.entries).build());
  }

  /**
   * Returns a catalogue of the given entries.
   *
   * @param entries the entries, each name and class once; not null
   * @return the catalogue, never null
   * @throws IllegalArgumentException if two entries share a name or a class
   */
  public static SnapshotCatalogue of(List<Entry> entries) {
    return new SnapshotCatalogue(Objects.requireNonNull(entries, "entries"));
  }

  /** {@return every entry, in catalogue order; never null} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Returns the entry of a stored snapshot type name.
   *
   * @param type the stored name, such as {@code contract}; not null
   * @return the entry, or empty if no snapshot type has this name; never null
   */
  public Optional<Entry> entry(String type) {
    Objects.requireNonNull(type, "type");
    return Optional.ofNullable(byName.get(type));
  }

  /**
   * Returns the entry of an aggregate class.
   *
   * @param aggregateClass the aggregate's public class, such as {@code Contract.class}; not null
   * @return the entry, or empty if the class is not in the catalogue; never null
   */
  public Optional<Entry> entry(Class<?> aggregateClass) {
    Objects.requireNonNull(aggregateClass, "aggregateClass");
    return Optional.ofNullable(byClass.get(aggregateClass));
  }

  /** {@return the catalogue's snapshot type names and versions} */
  @Override
  public String toString() {
    return entries.stream().map(e -> e.type() + " v" + e.schemaVersion()).toList().toString();
  }

  /**
   * One snapshot type of the catalogue.
   *
   * @param type the stored type name, such as {@code contract}; lower-case hyphenated words
   * @param schemaVersion the current schema version, 1 or more
   * @param aggregateClass the aggregate's public class; not null
   */
  public record Entry(
      String type, int schemaVersion, Class<? extends Aggregate<?, ?>> aggregateClass) {

    /**
     * Checks the name, the version and the class.
     *
     * @param type the stored type name, such as {@code contract}; lower-case hyphenated words
     * @param schemaVersion the current schema version, 1 or more
     * @param aggregateClass the aggregate's public class; not null
     * @throws IllegalArgumentException if the name is not lower-case hyphenated words, the version
     *     is below 1, or the class is not a public aggregate class
     */
    public Entry {
      String unused = check(type, schemaVersion);
      Objects.requireNonNull(aggregateClass, "aggregateClass");
      if (!Aggregate.class.isAssignableFrom(aggregateClass)
          || aggregateClass.isInterface()
          || !Modifier.isPublic(aggregateClass.getModifiers())) {
        throw new IllegalArgumentException(
            "a snapshot type names a public aggregate class, and " + aggregateClass + " is not");
      }
    }

    /**
     * {@return whether the aggregate can be restored from its stored attributes, so written and
     * read as a snapshot: whether its class has a public static {@code restore()}}
     */
    public boolean restorable() {
      return restore(aggregateClass).isPresent();
    }
  }

  /**
   * Checks a snapshot type name and schema version.
   *
   * @return the name
   * @throws IllegalArgumentException if the name is not lower-case hyphenated words or the version
   *     is below 1
   */
  static String check(String type, int schemaVersion) {
    Objects.requireNonNull(type, "type");
    if (!NAME.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "a snapshot type is named in lower-case hyphenated words, not '" + type + "'");
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException(
          "the schema version of snapshot " + type + " is 1 or more, not " + schemaVersion);
    }
    return type;
  }

  /** Whether a name is a snapshot type name rather than an event type name. */
  static boolean isSnapshotName(String name) {
    return NAME.matcher(name).matches();
  }

  /** {@return an aggregate class's public static {@code restore()} without arguments, if any} */
  static Optional<Method> restore(Class<?> aggregateClass) {
    try {
      Method restore = aggregateClass.getMethod("restore");
      return Modifier.isStatic(restore.getModifiers()) && restore.getReturnType() != void.class
          ? Optional.of(restore)
          : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }
}
