package org.leadtocash.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.domain.common.DomainEvent;
import org.leadtocash.domain.common.Transition;

/**
 * Which arbitrary generates each type, given the {@link Settings}: the catalogue behind the kit's
 * default arbitraries ({@code @ForAll Opportunity}) and its domain context.
 *
 * <p>A type is either plain ({@code Opportunity}, {@code Money}) or a generic type with plain type
 * arguments ({@code Transition<Lead, LeadEvent>}, {@code StageEntry<SalesPhase>}).
 */
public final class ArbitraryCatalogue {

  private final ImmutableMap<List<Class<?>>, Function<Settings, Arbitrary<?>>> entries;
  private final ImmutableMap<Class<?>, Function<Settings, AggregateModel<?, ?>>> models;

  private ArbitraryCatalogue(
      Map<List<Class<?>>, Function<Settings, Arbitrary<?>>> entries,
      Map<Class<?>, Function<Settings, AggregateModel<?, ?>>> models) {
    this.entries = ImmutableMap.copyOf(entries);
    this.models = ImmutableMap.copyOf(models);
  }

  /** {@return a new, empty builder; never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the arbitrary of a plain type.
   *
   * @param type the type; not null
   * @param settings what to generate within; not null
   * @param <T> the type
   * @return the arbitrary, never null
   * @throws IllegalArgumentException if the catalogue has no arbitrary for the type
   */
  @SuppressWarnings("unchecked") // the builder stores an Arbitrary<? extends T> under T
  public <T> Arbitrary<T> arbitrary(Class<T> type, Settings settings) {
    return (Arbitrary<T>)
        find(type, List.of(), settings)
            .orElseThrow(() -> new IllegalArgumentException("no arbitrary for " + type.getName()));
  }

  /**
   * Returns the arbitrary of a type, if the catalogue has one.
   *
   * @param raw the raw type; not null
   * @param typeArguments its type arguments, empty for a plain type; not null
   * @param settings what to generate within; not null
   * @return the arbitrary, or empty
   */
  public Optional<Arbitrary<?>> find(
      Class<?> raw, List<Class<?>> typeArguments, Settings settings) {
    Objects.requireNonNull(settings, "settings");
    return Optional.ofNullable(entries.get(key(raw, typeArguments))).map(f -> f.apply(settings));
  }

  /**
   * Tells whether the catalogue has an arbitrary for a type.
   *
   * @param raw the raw type; not null
   * @param typeArguments its type arguments, empty for a plain type; not null
   * @return whether it has
   */
  public boolean covers(Class<?> raw, List<Class<?>> typeArguments) {
    return entries.containsKey(key(raw, typeArguments));
  }

  /** {@return every raw type with an arbitrary, generic ones included; never null} */
  public Set<Class<?>> types() {
    return entries.keySet().stream().map(k -> k.get(0)).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * {@return every parameterisation of a generic type in the catalogue, as its type arguments;
   * never null}
   *
   * @param raw the generic type; not null
   */
  public List<List<Class<?>>> parameterisations(Class<?> raw) {
    return entries.keySet().stream()
        .filter(k -> k.get(0).equals(raw) && k.size() > 1)
        .map(k -> (List<Class<?>>) ImmutableList.copyOf(k.subList(1, k.size())))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return every aggregate type added with {@link Builder#addAggregate}; never null} */
  public Set<Class<?>> aggregates() {
    return models.keySet();
  }

  /**
   * Returns the model of an aggregate added with {@link Builder#addAggregate}.
   *
   * @param aggregate the aggregate's type; not null
   * @param settings what to generate within; not null
   * @return the model, never null
   * @throws IllegalArgumentException if the catalogue has no model for the type
   */
  public AggregateModel<?, ?> model(Class<?> aggregate, Settings settings) {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(settings, "settings");
    Function<Settings, AggregateModel<?, ?>> model = models.get(aggregate);
    checkArgument(model != null, "no aggregate model for %s", aggregate.getName());
    return model.apply(settings);
  }

  private static List<Class<?>> key(Class<?> raw, List<Class<?>> typeArguments) {
    return ImmutableList.<Class<?>>builder().add(raw).addAll(typeArguments).build();
  }

  /** Builds a catalogue; a type is added once. */
  public static final class Builder {
    private final Map<List<Class<?>>, Function<Settings, Arbitrary<?>>> entries =
        new LinkedHashMap<>();
    private final Map<Class<?>, Function<Settings, AggregateModel<?, ?>>> models =
        new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the arbitrary of a plain type.
     *
     * @param type the type; not null
     * @param arbitrary its arbitrary for given settings; not null
     * @param <T> the type
     * @return this builder
     * @throws IllegalArgumentException if the type is generic or already added
     */
    @CanIgnoreReturnValue
    public <T> Builder add(
        Class<T> type, Function<Settings, ? extends Arbitrary<? extends T>> arbitrary) {
      checkArgument(
          type.getTypeParameters().length == 0,
          "%s is generic: add it with its type arguments",
          type);
      return put(key(type, List.of()), arbitrary);
    }

    /**
     * Adds the arbitrary of a generic type with given type arguments.
     *
     * @param raw the generic type; not null
     * @param typeArguments its type arguments, plain types; not null
     * @param arbitrary its arbitrary for given settings; not null
     * @return this builder
     * @throws IllegalArgumentException if the number of type arguments is wrong, or the type is
     *     already added
     */
    @CanIgnoreReturnValue
    public Builder addGeneric(
        Class<?> raw,
        List<Class<?>> typeArguments,
        Function<Settings, ? extends Arbitrary<?>> arbitrary) {
      checkArgument(
          raw.getTypeParameters().length == typeArguments.size() && !typeArguments.isEmpty(),
          "%s takes %s type arguments, not %s",
          raw,
          raw.getTypeParameters().length,
          typeArguments);
      return put(key(raw, typeArguments), arbitrary);
    }

    /**
     * Adds an aggregate with all that its model generates: the aggregate in every reachable state,
     * its {@code Transition} and {@code CommandLog} (histories), and each of its event types, taken
     * from generated histories; the model itself is then {@link ArbitraryCatalogue#model}.
     *
     * @param type the aggregate's type; not null
     * @param eventType its events' type; not null
     * @param model its model for given settings; not null
     * @param events its event types; not null
     * @param <A> the aggregate's type
     * @param <E> its events' type
     * @return this builder
     * @throws IllegalArgumentException if one of the types is already added
     */
    @CanIgnoreReturnValue
    public <A extends Aggregate<?, E>, E extends DomainEvent> Builder addAggregate(
        Class<A> type,
        Class<E> eventType,
        Function<Settings, AggregateModel<A, E>> model,
        List<Class<? extends E>> events) {
      Objects.requireNonNull(model, "model");
      add(type, s -> model.apply(s).aggregates());
      models.put(type, model::apply);
      addGeneric(
          Transition.class,
          List.of(type, eventType),
          s -> Generators.transitions(model.apply(s).histories()));
      addGeneric(CommandLog.class, List.of(type, eventType), s -> model.apply(s).histories());
      for (Class<? extends E> event : events) {
        addEvent(event, model);
      }
      return this;
    }

    private <A extends Aggregate<?, E>, E extends DomainEvent, X extends E> void addEvent(
        Class<X> event, Function<Settings, AggregateModel<A, E>> model) {
      add(event, s -> Generators.eventsOf(model.apply(s).histories(), event));
    }

    @CanIgnoreReturnValue
    private Builder put(List<Class<?>> key, Function<Settings, ? extends Arbitrary<?>> arbitrary) {
      Objects.requireNonNull(arbitrary, "arbitrary");
      checkArgument(!entries.containsKey(key), "%s is already in the catalogue", key);
      entries.put(key, arbitrary::apply);
      return this;
    }

    /** {@return the catalogue; never null} */
    public ArbitraryCatalogue build() {
      return new ArbitraryCatalogue(entries, models);
    }
  }
}
