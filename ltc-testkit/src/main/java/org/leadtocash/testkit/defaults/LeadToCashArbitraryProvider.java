package org.leadtocash.testkit.defaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.leadtocash.testkit.ArbitraryCatalogue;
import org.leadtocash.testkit.Settings;

/**
 * The kit's default arbitraries: with the kit on the class path, {@code @ForAll Opportunity},
 * {@code @ForAll Contract}, {@code @ForAll GateDecision}, {@code @ForAll Money} … work in any jqwik
 * property, under {@link Settings#standard()}. jqwik finds it through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider} (and, on the module path, the kit's
 * {@code provides} clause).
 *
 * <p>It provides every type of {@link LeadToCashArbitraries#catalogue()}: plain types, and generic
 * ones with the catalogue's type arguments, such as {@code Transition<Lead, LeadEvent>}. For other
 * settings use {@link LeadToCashDomain}.
 */
public class LeadToCashArbitraryProvider implements ArbitraryProvider {

  private final ArbitraryCatalogue catalogue;
  private final Settings settings;
  private final int priority;
  private final Map<List<Class<?>>, Arbitrary<?>> cache = new ConcurrentHashMap<>();

  /** Creates the provider of the standard settings, as jqwik's service loader does. */
  public LeadToCashArbitraryProvider() {
    this(Settings.standard(), 0);
  }

  /**
   * Creates a provider of given settings.
   *
   * @param settings what to generate within; not null
   * @param priority the provider's priority over others for the same type
   */
  public LeadToCashArbitraryProvider(Settings settings, int priority) {
    this.catalogue = LeadToCashArbitraries.catalogue();
    this.settings = Objects.requireNonNull(settings, "settings");
    this.priority = priority;
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return key(targetType)
        .filter(k -> catalogue.covers(k.get(0), k.subList(1, k.size())))
        .isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    Optional<List<Class<?>>> key = key(targetType);
    if (key.isEmpty()) {
      return Set.of();
    }
    List<Class<?>> k = key.get();
    Arbitrary<?> arbitrary =
        cache.computeIfAbsent(
            k, x -> catalogue.find(x.get(0), x.subList(1, x.size()), settings).orElseThrow());
    return Set.of(arbitrary);
  }

  @Override
  public int priority() {
    return priority;
  }

  /** The raw type and its type arguments' raw types, if they are all plain types. */
  private static Optional<List<Class<?>>> key(TypeUsage type) {
    List<Class<?>> key = new ArrayList<>();
    key.add(type.getRawType());
    for (TypeUsage argument : type.getTypeArguments()) {
      if (argument.isWildcard()
          || argument.isTypeVariable()
          || !argument.getTypeArguments().isEmpty()) {
        return Optional.empty();
      }
      key.add(argument.getRawType());
    }
    return Optional.of(key);
  }
}
