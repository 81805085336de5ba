package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Multimap;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.jspecify.annotations.Nullable;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * Every public constructor and method of the library refuses a null argument by name (issue 12 §5;
 * DESIGN §2, bad arguments fail fast): called with valid values for every parameter but one and
 * null for that one, it throws a {@link NullPointerException} whose message starts with the
 * parameter's name, as {@code Objects.requireNonNull(x, "x")} gives. Guava's {@code
 * NullPointerTester} ({@link PublicContractsTest}) accepts any {@code NullPointerException}, and
 * since JDK 14 an accidental dereference has a helpful message too: only the name proves the check.
 * The name also proves its order: a command that refuses its state or its time before it looks at
 * its arguments throws a {@code DomainException} here, not the {@code NullPointerException}.
 *
 * <p>The parameter names come from the class files, which the build compiles with {@code
 * -parameters}. Receivers and arguments are the test kit's default arbitraries ({@link
 * LeadToCashArbitraries#catalogue()}), sampled once with a fixed seed; a policy is its {@code
 * standard()} default, a sealed interface its first generated implementation, an enum its first
 * constant, a collection empty, a JDK value a fixed one, and any other interface a proxy that fails
 * when called. A constructor or method whose parameters or receiver cannot be sampled is skipped
 * and counted, and a floor on the checked parameters keeps the test from passing vacuously.
 *
 * <p>Left out: {@code equals(Object)} and what the library inherits or implements from the JDK
 * ({@code Object}, {@code Enum}, {@code Record}, {@code Comparable}, an enum's {@code valueOf}),
 * whose contracts are the JDK's; and the setters that Immutables generates for a collection
 * attribute of a builder ({@code addX}, {@code addAllX}, {@code putX}, the collection's own setter
 * and its varargs form), which hand the argument to Guava's collection builders and so refuse null
 * with Guava's message ("at index 0"), not the name, and the setter that takes an optional
 * attribute's {@code Optional}, which unwraps it: they are generated code, and the first are
 * checked by Guava. The generated single-attribute setters and {@code from(instance)} are checked:
 * Immutables names the attribute.
 *
 * <p>A checker that takes the caller's field name for its message ({@code FreeText.line(value,
 * field)}, {@code Identifier.checked(value, kind)}) refuses a null value by that field's name, so
 * the name expected there is the {@code field} or {@code kind} argument.
 */
class ParameterNullsTest {

  private static final ArbitraryCatalogue CATALOGUE = LeadToCashArbitraries.catalogue();

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** The parameters by which a checker is told the caller's field name for its message. */
  private static final Set<String> LABELS = Set.of("field", "kind");

  /** Fewer checked parameters than this means the sampling broke, not that the library is safe. */
  private static final int FLOOR = 2500;

  private final Map<Type, Optional<Object>> samples = new HashMap<>();

  // one try with a fixed seed: the generated values are the same in every run, so a failure
  // names a value the next run sees again
  @Property(tries = 1, seed = "20261207")
  @Label("every public constructor and method names the parameter it is given null for")
  void everyParameterRefusesNullByName() {
    List<String> failures = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    Set<Executable> seen = new LinkedHashSet<>();
    int checked = 0;
    for (Class<?> type : PublicContractsTest.publicTypes()) {
      if (!reachable(type)) {
        continue; // a generated Immutable*.Builder: its setters are checked on the public Builder
      }
      List<Executable> executables = new ArrayList<>();
      if (!Modifier.isAbstract(type.getModifiers())) {
        executables.addAll(Arrays.asList(type.getConstructors()));
      }
      for (Method m : type.getMethods()) {
        if (!leftOut(type, m)) {
          executables.add(m);
        }
      }
      for (Executable executable : executables) {
        if (!seen.add(executable)) {
          continue;
        }
        Parameter[] parameters = executable.getParameters();
        List<Integer> refusing = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
          if (!parameters[i].getType().isPrimitive() && !isNullable(parameters[i])) {
            refusing.add(i);
          }
        }
        if (refusing.isEmpty()) {
          continue;
        }
        assertTrue(
            parameters[0].isNamePresent(),
            "no parameter names in " + executable + ": compile with -parameters");
        Optional<Call> call = call(type, executable, skipped);
        if (call.isEmpty()) {
          continue;
        }
        for (int i : refusing) {
          Optional<String> unsampled = call.get().unsampledBesides(i);
          if (unsampled.isPresent()) {
            skipped.merge(unsampled.get(), 1, Integer::sum);
            continue;
          }
          checked++;
          String problem = call.get().withNull(i, expectedName(parameters, i, call.get()));
          if (problem != null) {
            failures.add(
                type.getName()
                    + "."
                    + name(executable)
                    + "("
                    + parameters[i].getName()
                    + "): "
                    + problem);
          }
        }
      }
    }
    int total = checked;
    assertEquals(
        List.of(),
        failures,
        failures.size()
            + " of "
            + total
            + " parameters refuse null without their name (skipped: "
            + skipped
            + ")");
    assertTrue(
        checked >= FLOOR,
        () -> "checked " + total + " parameters, fewer than " + FLOOR + "; skipped: " + skipped);
  }

  /**
   * A constructor or method with its receiver and valid arguments, to be called with one null; an
   * argument the test cannot make is null, its type in {@code unsampled}.
   */
  private record Call(
      Executable executable,
      @Nullable Object receiver,
      List<@Nullable Object> arguments,
      Map<Integer, String> unsampled) {

    /**
     * {@return the type of an argument besides the one at {@code index} that is missing, if any}
     */
    Optional<String> unsampledBesides(int index) {
      return unsampled.entrySet().stream()
          .filter(e -> e.getKey() != index)
          .map(Map.Entry::getValue)
          .findFirst();
    }

    /** {@return null if the call refused null by the name, else what went wrong} */
    @Nullable String withNull(int index, String name) {
      Object[] args = arguments.toArray();
      args[index] = null;
      return Refusals.unnamedNull(executable, receiver, args, name).orElse(null);
    }
  }

  /** {@return whether a host can name the type: it and every class it is nested in are public} */
  private static boolean reachable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the name a null argument must be refused by: its parameter's, or for a checker's value
   * the caller's field name given beside it}
   */
  private static String expectedName(Parameter[] parameters, int index, Call call) {
    for (int j = 0; j < parameters.length; j++) {
      if (j != index
          && parameters[index].getName().equals("value")
          && parameters[j].getType() == String.class
          && LABELS.contains(parameters[j].getName())) {
        return (String) call.arguments().get(j);
      }
    }
    return parameters[index].getName();
  }

  /** Whether a method is outside the check: see the class comment. */
  private static boolean leftOut(Class<?> type, Method m) {
    Class<?> declaring = m.getDeclaringClass();
    if (m.isBridge()
        || m.isSynthetic()
        || declaring == Object.class
        || declaring == Enum.class
        || declaring == Record.class
        || declaring.getName().startsWith("java.")
        || (m.getName().equals("equals") && m.getParameterCount() == 1)
        || (type.isEnum() && m.getName().equals("valueOf") && m.getParameterCount() == 1)
        || (m.getName().equals("compareTo") && Comparable.class.isAssignableFrom(type))) {
      return true;
    }
    return isImmutablesCollectionSetter(m);
  }

  /**
   * A builder setter that Immutables generates for a collection or optional attribute: it hands its
   * argument to a Guava collection builder, or unwraps the {@code Optional}, without a message that
   * names the parameter.
   */
  private static boolean isImmutablesCollectionSetter(Method m) {
    if (!m.getDeclaringClass().getName().contains(".Immutable")) {
      return false;
    }
    Class<?> parameter = m.getParameterCount() == 1 ? m.getParameterTypes()[0] : null;
    String name = m.getName();
    return (m.getParameterCount() == 2 && name.startsWith("put"))
        || (parameter != null
            && (Iterable.class.isAssignableFrom(parameter)
                || Map.class.isAssignableFrom(parameter)
                || Multimap.class.isAssignableFrom(parameter)
                || parameter == Optional.class
                || parameter.isArray()
                || (name.startsWith("add") && !name.equals("add"))
                || (name.startsWith("put") && !name.equals("put"))));
  }

  /**
   * A component or parameter annotated {@code @Nullable} may be null: there is nothing to refuse.
   */
  private static boolean isNullable(Parameter parameter) {
    return parameter.getAnnotatedType().isAnnotationPresent(Nullable.class)
        || parameter.isAnnotationPresent(Nullable.class);
  }

  private static String name(Executable executable) {
    String params =
        Arrays.stream(executable.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(","));
    return (executable instanceof Constructor<?> ? "<init>" : executable.getName())
        + "["
        + params
        + "]";
  }

  /**
   * The call with its receiver and an argument for every parameter the test can sample, or empty
   * (and counted in {@code skipped}) if the receiver cannot be made.
   */
  private Optional<Call> call(Class<?> type, Executable executable, Map<String, Integer> skipped) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    Object receiver = null;
    if (executable instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
      Optional<Object> sampled = receiver(type, bindings);
      if (sampled.isEmpty()) {
        skipped.merge("receiver " + type.getName(), 1, Integer::sum);
        return Optional.empty();
      }
      receiver = sampled.get();
    }
    Type[] types = executable.getGenericParameterTypes();
    if (types.length != executable.getParameterCount()) {
      types = executable.getParameterTypes(); // an inner class's or enum's synthetic parameters
    }
    Object[] arguments = new Object[types.length];
    Map<Integer, String> unsampled = new HashMap<>();
    for (int i = 0; i < types.length; i++) {
      Optional<Object> value = value(types[i], bindings);
      if (value.isPresent()) {
        arguments[i] = value.get();
      } else {
        unsampled.put(i, types[i].getTypeName());
      }
    }
    return Optional.of(new Call(executable, receiver, Arrays.asList(arguments), unsampled));
  }

  /**
   * An instance of the type to call its methods on, binding its type variables in {@code bindings}:
   * a sampled value, enum constant or policy, or a builder fresh for each call.
   */
  private Optional<Object> receiver(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
    if (type.getTypeParameters().length > 0) {
      List<List<Class<?>>> parameterisations = CATALOGUE.parameterisations(type);
      if (parameterisations.isEmpty()) {
        return Optional.empty();
      }
      List<Class<?>> arguments = parameterisations.get(0);
      for (int i = 0; i < arguments.size(); i++) {
        bindings.put(type.getTypeParameters()[i], arguments.get(i));
      }
      return Optional.of(
          CATALOGUE.find(type, arguments, Settings.standard()).orElseThrow().sample());
    }
    Optional<Object> value = value(type, bindings);
    if (value.isPresent()) {
      // a proxy fails when called: it is an argument, never a receiver
      return value.filter(v -> !Proxy.isProxyClass(v.getClass()));
    }
    // a builder: fresh from its factory (Contract.restore(), Clause.builder(),
    // Dashboard.builder(kpis)) for each call, given sampled arguments
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      for (Method m : c.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != type) {
          continue;
        }
        List<Object> arguments = new ArrayList<>();
        for (Type parameter : m.getGenericParameterTypes()) {
          value(parameter, bindings).ifPresent(arguments::add);
        }
        Optional<Object> made =
            arguments.size() == m.getParameterCount() ? made(m, arguments) : Optional.empty();
        if (made.isPresent()) {
          return made;
        }
      }
    }
    return Optional.empty();
  }

  /** {@return what the factory makes of the arguments, or empty if it refuses them} */
  private static Optional<Object> made(Method factory, List<Object> arguments) {
    try {
      return Optional.of(factory.invoke(null, arguments.toArray()));
    } catch (InvocationTargetException e) {
      return Optional.empty(); // a sampled argument this factory refuses: the next one may not
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot call " + factory, e);
    }
  }

  /** A valid value of the type, or empty if the test cannot make one. */
  private Optional<Object> value(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof WildcardType w) {
      return value(w.getUpperBounds()[0], bindings);
    }
    if (type instanceof TypeVariable<?> v) {
      Type bound = bindings.getOrDefault(v, v.getBounds()[0]);
      return bound == Object.class ? Optional.empty() : value(bound, bindings);
    }
    if (type instanceof ParameterizedType p) {
      return generic((Class<?>) p.getRawType(), p.getActualTypeArguments(), bindings);
    }
    if (!(type instanceof Class<?> raw)) {
      return Optional.empty();
    }
    if (raw.isArray()) {
      return Optional.of(Array.newInstance(raw.getComponentType(), 0));
    }
    Optional<Object> known = samples.get(raw);
    if (known == null) {
      known = Optional.ofNullable(plain(raw));
      samples.put(raw, known);
    }
    return known;
  }

  /** A value of a class that is not generic at its use, or null if the test cannot make one. */
  private static @Nullable Object plain(Class<?> raw) {
    Object jdk = jdk(raw);
    if (jdk != null) {
      return jdk;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (raw.getTypeParameters().length == 0 && CATALOGUE.covers(raw, List.of())) {
      return Arbitraries.defaultFor(raw).sample();
    }
    if (raw.isSealed()) {
      for (Class<?> permitted : raw.getPermittedSubclasses()) {
        Object value = plain(permitted);
        if (value != null) {
          return value;
        }
      }
      return null;
    }
    if (raw.isInterface()) {
      Object standard = FuzzedArguments.standard(raw);
      return standard != null ? standard : failingProxy(raw);
    }
    return null;
  }

  /** A fixed, valid value of a JDK or library-dependency type, or null. */
  private static @Nullable Object jdk(Class<?> raw) {
    LocalDate day = LocalDate.ofInstant(T0, ZoneOffset.UTC);
    Map<Class<?>, Object> values =
        Map.ofEntries(
            Map.entry(int.class, 1),
            Map.entry(long.class, 1L),
            Map.entry(double.class, 1.0),
            Map.entry(boolean.class, false),
            Map.entry(short.class, (short) 1),
            Map.entry(byte.class, (byte) 1),
            Map.entry(char.class, 'x'),
            Map.entry(float.class, 1.0f),
            Map.entry(String.class, "x"),
            Map.entry(CharSequence.class, "x"),
            Map.entry(Integer.class, 1),
            Map.entry(Long.class, 1L),
            Map.entry(Double.class, 1.0),
            Map.entry(Boolean.class, Boolean.FALSE),
            Map.entry(BigDecimal.class, BigDecimal.ONE),
            Map.entry(BigInteger.class, BigInteger.ONE),
            Map.entry(Instant.class, T0),
            Map.entry(LocalDate.class, day),
            Map.entry(LocalTime.class, LocalTime.NOON),
            Map.entry(Duration.class, Duration.ofDays(1)),
            Map.entry(Period.class, Period.ofDays(1)),
            Map.entry(Year.class, Year.from(day)),
            Map.entry(YearMonth.class, YearMonth.from(day)),
            Map.entry(YearQuarter.class, YearQuarter.from(day)),
            Map.entry(YearWeek.class, YearWeek.from(day)),
            Map.entry(MonthDay.class, MonthDay.from(day)),
            Map.entry(ZoneId.class, ZoneOffset.UTC),
            Map.entry(ZoneOffset.class, ZoneOffset.UTC),
            Map.entry(Clock.class, Clock.fixed(T0, ZoneOffset.UTC)),
            Map.entry(OptionalInt.class, OptionalInt.empty()),
            Map.entry(OptionalLong.class, OptionalLong.empty()),
            Map.entry(OptionalDouble.class, OptionalDouble.empty()),
            Map.entry(LocalDateRange.class, LocalDateRange.of(day, day.plusDays(30))));
    return values.get(raw);
  }

  private Optional<Object> generic(
      Class<?> raw, Type[] arguments, Map<TypeVariable<?>, Type> bindings) {
    if (raw == Optional.class) {
      return Optional.of(Optional.empty());
    }
    if (raw.isAssignableFrom(ImmutableList.class)) {
      return Optional.of(ImmutableList.of());
    }
    if (raw.isAssignableFrom(ImmutableSortedSet.class) && SortedSet.class.isAssignableFrom(raw)) {
      return Optional.of(ImmutableSortedSet.of());
    }
    if (raw.isAssignableFrom(ImmutableSet.class)) {
      return Optional.of(ImmutableSet.of());
    }
    if (raw.isAssignableFrom(ImmutableSortedMap.class) && SortedMap.class.isAssignableFrom(raw)) {
      return Optional.of(ImmutableSortedMap.of());
    }
    if (raw.isAssignableFrom(ImmutableMap.class)) {
      return Optional.of(ImmutableMap.of());
    }
    List<Class<?>> plainArguments = new ArrayList<>();
    for (Type argument : arguments) {
      Type resolved = argument instanceof TypeVariable<?> v ? bindings.get(v) : argument;
      if (!(resolved instanceof Class<?> c)) {
        break;
      }
      plainArguments.add(c);
    }
    if (plainArguments.size() == arguments.length && CATALOGUE.covers(raw, plainArguments)) {
      return Optional.of(
          CATALOGUE.find(raw, plainArguments, Settings.standard()).orElseThrow().sample());
    }
    if (plainArguments.size() < arguments.length && !CATALOGUE.parameterisations(raw).isEmpty()) {
      // Transition<?, ?>: any parameterisation the catalogue has
      return Optional.of(
          CATALOGUE
              .find(raw, CATALOGUE.parameterisations(raw).get(0), Settings.standard())
              .orElseThrow()
              .sample());
    }
    return value(raw, bindings);
  }

  /**
   * An implementation of an interface that fails when called: a method that consults it before it
   * checks its other arguments for null is a finding too.
   */
  private static Object failingProxy(Class<?> type) {
    return Proxy.newProxyInstance(
        type.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getName().equals("toString") && method.getParameterCount() == 0) {
            return "a " + type.getSimpleName() + " of the test";
          }
          if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
            return System.identityHashCode(proxy);
          }
          if (method.getName().equals("equals") && method.getParameterCount() == 1) {
            return proxy == args[0];
          }
          throw new IllegalStateException(
              type.getSimpleName() + "." + method.getName() + " called");
        });
  }
}
