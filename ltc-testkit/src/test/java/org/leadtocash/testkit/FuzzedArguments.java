package org.leadtocash.testkit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;
import org.threeten.extra.YearWeek;

/**
 * Arguments for a public factory, constructor or builder setter, built from the fuzzer's data
 * (issue 12 §5, §6): strings with arbitrary code points, control characters, line separators and
 * lengths around and far beyond the ids' cap; extreme numbers, instants and dates; every constant
 * of an enum; collections of such values; the library's own values, taken from a pool that the test
 * kit's default arbitraries fill once with a fixed seed (so that an input always means the same
 * arguments); and {@code null} where the parameter is not {@code @Nullable}.
 */
final class FuzzedArguments {

  /** The values of the library's types that an argument may be, per type; filled lazily. */
  private static final Map<Class<?>, List<Object>> POOL = new ConcurrentHashMap<>();

  /** How many values of one library type the pool holds. */
  private static final int POOL_SIZE = 4;

  private static final ArbitraryCatalogue CATALOGUE = LeadToCashArbitraries.catalogue();

  /** The library's public value types ({@link ValueTypesTest#valueTypes()}), found once. */
  static final List<Class<?>> VALUE_TYPES = ValueTypesTest.valueTypes();

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** Strings that earlier sessions found, or that the issue names, and edges of the ids' cap. */
  private static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "E-1",
          "E-1\n[DOMAIN D7.8] access granted",
          "\r",
          "\u2028",
          "\u2029",
          "\u0085",
          "\u0000",
          "\t",
          "\u001b[31m",
          "\u202e",
          "\ud800",
          "\udfff",
          "😀",
          "x".repeat(128),
          "x".repeat(129),
          "x".repeat(100_000),
          "CNY",
          "2026-01-05",
          "%s%n",
          "{}",
          "D7.8");

  private static final List<CurrencyUnit> CURRENCIES =
      List.of(
          CurrencyUnit.of("CNY"),
          CurrencyUnit.of("USD"),
          CurrencyUnit.of("EUR"),
          CurrencyUnit.of("JPY"),
          CurrencyUnit.of("BHD"));

  private final FuzzedDataProvider data;

  /** Whether an argument so far was null, at the top level of a parameter. */
  private boolean nullPassed;

  FuzzedArguments(FuzzedDataProvider data) {
    this.data = data;
  }

  /** {@return whether an argument made since the last {@link #reset()} was null} */
  boolean nullPassed() {
    return nullPassed;
  }

  void reset() {
    nullPassed = false;
  }

  /** {@return arguments for the method's or constructor's parameters} */
  Object[] forParameters(Type[] types, AnnotatedType[] annotated) {
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      boolean nullable = annotated[i].isAnnotationPresent(Nullable.class);
      arguments[i] = parameter(types[i], nullable);
    }
    return arguments;
  }

  /** An argument for one parameter: null now and then, unless it is a primitive. */
  private @Nullable Object parameter(Type type, boolean nullable) {
    boolean primitive = type instanceof Class<?> c && c.isPrimitive();
    if (!primitive && data.consumeInt(0, 15) == 0) {
      if (!nullable) {
        nullPassed = true;
      }
      return null;
    }
    Object value = value(type, 0);
    if (value == null && !primitive && !nullable) {
      nullPassed = true;
    }
    return value;
  }

  /** A value of the type, or null when none can be made. */
  @Nullable Object value(Type type, int depth) {
    if (type instanceof WildcardType w) {
      return value(w.getUpperBounds()[0], depth);
    }
    if (type instanceof TypeVariable<?> v) {
      return value(v.getBounds()[0], depth);
    }
    if (type instanceof ParameterizedType p) {
      return generic((Class<?>) p.getRawType(), p.getActualTypeArguments(), depth);
    }
    if (!(type instanceof Class<?> raw)) {
      return null;
    }
    if (raw == int.class || raw == Integer.class) {
      return anInt();
    }
    if (raw == long.class || raw == Long.class) {
      return aLong();
    }
    if (raw == double.class || raw == Double.class) {
      return aDouble();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return data.consumeBoolean();
    }
    if (raw == short.class || raw == Short.class) {
      return data.consumeShort();
    }
    if (raw == byte.class || raw == Byte.class) {
      return data.consumeByte();
    }
    if (raw == char.class || raw == Character.class) {
      return data.consumeChar();
    }
    if (raw == float.class || raw == Float.class) {
      return data.consumeFloat();
    }
    if (raw == String.class || raw == CharSequence.class) {
      return aString();
    }
    if (raw == BigDecimal.class) {
      return aDecimal();
    }
    if (raw == BigInteger.class) {
      return aDecimal().toBigInteger();
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return constants[data.consumeInt(0, constants.length - 1)];
    }
    Object time = time(raw);
    if (time != null) {
      return time;
    }
    if (raw == CurrencyUnit.class) {
      return data.pickValue(CURRENCIES);
    }
    if (raw == Money.class) {
      return Money.of(data.pickValue(CURRENCIES), aDecimal(), RoundingMode.HALF_UP);
    }
    if (raw == Optional.class || raw == OptionalInt.class) {
      return raw == Optional.class ? Optional.empty() : OptionalInt.empty();
    }
    if (raw == Object.class) {
      return data.consumeBoolean() ? aString() : anInt();
    }
    if (raw.isArray()) {
      return null;
    }
    return library(raw);
  }

  /** A value of one of the library's types, from the pool, or a policy's standard default. */
  private @Nullable Object library(Class<?> raw) {
    if (!raw.getName().startsWith("org.leadtocash.")) {
      return null;
    }
    if (raw.isSealed()) {
      List<Class<?>> permitted =
          Arrays.stream(raw.getPermittedSubclasses())
              .filter(c -> c.isEnum() || (c.getTypeParameters().length == 0 && covered(c)))
              .toList();
      if (permitted.isEmpty()) {
        return null;
      }
      Class<?> chosen = data.pickValue(permitted);
      if (chosen.isEnum()) {
        return data.pickValue(Arrays.asList(chosen.getEnumConstants()));
      }
      return data.pickValue(pool(chosen));
    }
    if (raw.getTypeParameters().length == 0 && covered(raw)) {
      return data.pickValue(pool(raw));
    }
    if (raw.isInterface()) {
      return standard(raw);
    }
    return null;
  }

  /** {@return whether the test kit has a default arbitrary of the type, so a pool} */
  static boolean covered(Class<?> type) {
    return type.getTypeParameters().length == 0 && CATALOGUE.covers(type, List.of());
  }

  /** The policy's documented {@code standard()} default, if it has one. */
  static @Nullable Object standard(Class<?> policy) {
    for (Method m : policy.getMethods()) {
      if (m.getName().equals("standard")
          && m.getParameterCount() == 0
          && Modifier.isStatic(m.getModifiers())
          && policy.isAssignableFrom(m.getReturnType())) {
        try {
          return m.invoke(null);
        } catch (ReflectiveOperationException e) {
          throw new LinkageError(policy + ".standard()", e);
        }
      }
    }
    return null;
  }

  /**
   * The pool's values of a catalogued type, generated once with a seed of the type's name, in a
   * jqwik session: the fuzzer's thread is not a jqwik thread.
   */
  static List<Object> pool(Class<?> type) {
    return POOL.computeIfAbsent(
        type,
        t -> {
          List<Object> values = new ArrayList<>();
          JqwikSession.run(
              () -> {
                Arbitrary<?> arbitrary = Arbitraries.defaultFor(t);
                Random random = new Random(t.getName().hashCode());
                var generator = arbitrary.generator(100);
                for (int i = 0; i < POOL_SIZE; i++) {
                  values.add(generator.next(random).value());
                }
              });
          return List.copyOf(values);
        });
  }

  private @Nullable Object generic(Class<?> raw, Type[] arguments, int depth) {
    if (raw == Optional.class) {
      if (data.consumeBoolean()) {
        return Optional.empty();
      }
      return Optional.ofNullable(value(arguments[0], depth + 1));
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      int size = depth > 1 ? 0 : data.consumeInt(0, 3);
      for (int i = 0; i < size; i++) {
        Object key = value(arguments[0], depth + 1);
        Object value = value(arguments[1], depth + 1);
        if (key != null && value != null) {
          map.put(key, value);
        }
      }
      if (raw.isAssignableFrom(ImmutableMap.class)) {
        return ImmutableMap.copyOf(map);
      }
      if (raw == SortedMap.class || raw == TreeMap.class) {
        try {
          return new TreeMap<>(map);
        } catch (ClassCastException e) {
          return new TreeMap<>();
        }
      }
      return raw.isInstance(map) ? map : null;
    }
    if (Iterable.class.isAssignableFrom(raw) || raw == Collection.class) {
      List<Object> list = new ArrayList<>();
      int size = depth > 1 ? 0 : data.consumeInt(0, 4);
      for (int i = 0; i < size; i++) {
        Object element = value(arguments[0], depth + 1);
        if (element != null) {
          list.add(element);
        }
      }
      if (raw.isAssignableFrom(ImmutableList.class)) {
        return ImmutableList.copyOf(list);
      }
      if (raw.isAssignableFrom(ImmutableSet.class)) {
        return ImmutableSet.copyOf(list);
      }
      if (raw == SortedSet.class || raw == TreeSet.class) {
        try {
          return new TreeSet<>(list);
        } catch (ClassCastException e) {
          return new TreeSet<>();
        }
      }
      if (raw.isAssignableFrom(LinkedHashSet.class)) {
        return new LinkedHashSet<>(list);
      }
      return null;
    }
    return library(raw);
  }

  private @Nullable Object time(Class<?> raw) {
    if (raw == Instant.class) {
      return switch (data.consumeInt(0, 5)) {
        case 0 -> Instant.MIN;
        case 1 -> Instant.MAX;
        case 2 -> Instant.EPOCH;
        case 3 -> Instant.ofEpochSecond(data.consumeLong(-31557014167219200L, 31556889864403199L));
        default -> T0.plusSeconds(data.consumeLong(-3_000_000_000L, 3_000_000_000L));
      };
    }
    if (raw == LocalDate.class) {
      return aDate();
    }
    if (raw == Duration.class) {
      return switch (data.consumeInt(0, 4)) {
        case 0 -> Duration.ZERO;
        case 1 -> Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        case 2 -> Duration.ofSeconds(Long.MIN_VALUE);
        default -> Duration.ofMinutes(data.consumeInt(-100_000, 100_000));
      };
    }
    if (raw == Period.class) {
      return switch (data.consumeInt(0, 3)) {
        case 0 -> Period.ZERO;
        case 1 -> Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        case 2 -> Period.ofDays(Integer.MIN_VALUE);
        default -> Period.of(data.consumeInt(-5, 5), data.consumeInt(-13, 13), anInt());
      };
    }
    if (raw == Year.class) {
      return Year.of(data.consumeInt(Year.MIN_VALUE, Year.MAX_VALUE));
    }
    if (raw == YearMonth.class) {
      return YearMonth.of(data.consumeInt(Year.MIN_VALUE, Year.MAX_VALUE), data.consumeInt(1, 12));
    }
    if (raw == YearQuarter.class) {
      return YearQuarter.of(data.consumeInt(Year.MIN_VALUE, Year.MAX_VALUE), data.consumeInt(1, 4));
    }
    if (raw == YearWeek.class) {
      return YearWeek.of(data.consumeInt(-99_999, 99_999), data.consumeInt(1, 52));
    }
    if (raw == MonthDay.class) {
      return MonthDay.of(data.consumeInt(1, 12), data.consumeInt(1, 28));
    }
    if (raw == Month.class || raw == DayOfWeek.class) {
      return null; // enums, handled before
    }
    if (raw == LocalTime.class) {
      return LocalTime.ofSecondOfDay(data.consumeInt(0, 86_399));
    }
    if (raw == ZoneId.class || raw == ZoneOffset.class) {
      return data.consumeBoolean() ? ZoneOffset.UTC : ZoneOffset.ofHours(data.consumeInt(-18, 18));
    }
    if (raw == LocalDateRange.class) {
      LocalDate start = aDate();
      LocalDate end = aDate();
      if (start.isAfter(end)) {
        LocalDate swap = start;
        start = end;
        end = swap;
      }
      // LocalDateRange's own rules: LocalDate.MIN as a start and LocalDate.MAX as an end mean
      // unbounded, and no range, empty or not, lies wholly at either
      boolean fromMin = start.equals(LocalDate.MIN);
      boolean toMax = end.equals(LocalDate.MAX);
      if (fromMin && toMax || start.equals(LocalDate.MAX) || end.equals(LocalDate.MIN)) {
        return LocalDateRange.ofUnbounded();
      }
      if (fromMin) {
        return LocalDateRange.ofUnboundedStart(end);
      }
      return toMax ? LocalDateRange.ofUnboundedEnd(start) : LocalDateRange.of(start, end);
    }
    return null;
  }

  private LocalDate aDate() {
    return switch (data.consumeInt(0, 4)) {
      case 0 -> LocalDate.MIN;
      case 1 -> LocalDate.MAX;
      case 2 -> LocalDate.ofEpochDay(data.consumeLong(-365243219162L, 365241780471L));
      default -> LocalDate.of(2026, 1, 5).plusDays(data.consumeInt(-40_000, 40_000));
    };
  }

  private int anInt() {
    return switch (data.consumeInt(0, 3)) {
      case 0 ->
          data.pickValue(
              List.of(
                  0,
                  1,
                  -1,
                  2,
                  5,
                  6,
                  7,
                  10,
                  99,
                  100,
                  101,
                  128,
                  129,
                  Integer.MIN_VALUE,
                  Integer.MAX_VALUE));
      case 1 -> data.consumeInt();
      default -> data.consumeInt(-200, 200);
    };
  }

  private long aLong() {
    return switch (data.consumeInt(0, 2)) {
      case 0 -> data.pickValue(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
      case 1 -> data.consumeLong();
      default -> data.consumeLong(-1_000, 1_000);
    };
  }

  private double aDouble() {
    return switch (data.consumeInt(0, 2)) {
      case 0 ->
          data.pickValue(
              List.of(
                  0.0,
                  -0.0,
                  1.0,
                  -1.0,
                  Double.NaN,
                  Double.POSITIVE_INFINITY,
                  Double.NEGATIVE_INFINITY,
                  Double.MAX_VALUE,
                  Double.MIN_VALUE,
                  1e300));
      case 1 -> data.consumeDouble();
      default -> data.consumeInt(-1000, 1000) / 10.0;
    };
  }

  private BigDecimal aDecimal() {
    return switch (data.consumeInt(0, 3)) {
      case 0 ->
          data.pickValue(
              List.of(
                  BigDecimal.ZERO,
                  BigDecimal.ONE,
                  BigDecimal.ONE.negate(),
                  new BigDecimal("0.005"),
                  new BigDecimal("1E+30"),
                  new BigDecimal("-1E+30"),
                  new BigDecimal("1E-30"),
                  new BigDecimal("100"),
                  new BigDecimal("100.0000001")));
      case 1 -> BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 30));
      default -> BigDecimal.valueOf(data.consumeInt(-1_000_000, 1_000_000), 2);
    };
  }

  private String aString() {
    return switch (data.consumeInt(0, 4)) {
      case 0 -> data.pickValue(STRINGS);
      case 1 -> data.consumeAsciiString(40);
      case 2 -> "E-" + data.consumeString(8);
      default -> data.consumeString(40);
    };
  }
}
