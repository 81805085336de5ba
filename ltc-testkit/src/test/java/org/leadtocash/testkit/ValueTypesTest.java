package org.leadtocash.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadtocash.domain.common.Aggregate;
import org.leadtocash.testkit.defaults.LeadToCashArbitraries;

/**
 * Every public value type of the library has a default arbitrary that generates valid values, so
 * "every" is enforced and cannot rot: a new value type without a generator fails this test.
 */
class ValueTypesTest {

  private static final ArbitraryCatalogue CATALOGUE = LeadToCashArbitraries.catalogue();

  /**
   * The library's public value types: the public classes and records of {@code
   * org.leadtocash.domain}, {@code .metrics} and {@code .planning} (top-level, or nested and
   * static), except
   *
   * <ul>
   *   <li>interfaces and annotations — policies, event families, sealed outcomes: their
   *       implementations are the values;
   *   <li>enums — jqwik generates them itself;
   *   <li>exceptions;
   *   <li>builders;
   *   <li>static utility classes: no public constructor and no public instance method.
   * </ul>
   */
  static List<Class<?>> valueTypes() {
    return new ClassFileImporter()
            // the library's jars or class folders, never its tests nor its test-jars
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(
                "org.leadtocash.domain", "org.leadtocash.metrics", "org.leadtocash.planning")
            .stream()
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .filter(c -> c.isTopLevelClass() || c.getModifiers().contains(JavaModifier.STATIC))
            .filter(c -> !c.isInterface() && !c.isAnnotation() && !c.isEnum())
            .filter(c -> !c.isAssignableTo(Throwable.class))
            .filter(c -> !isBuilder(c))
            .filter(c -> !isStaticUtility(c))
            .map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName))
            .collect(java.util.stream.Collectors.toList());
  }

  /**
   * A builder: named so, or extending a generated builder, as an aggregate's {@code Restore} does
   * (it may override {@code build()} to refine a generated refusal).
   */
  private static boolean isBuilder(JavaClass c) {
    return c.getSimpleName().endsWith("Builder")
        || c.getAllRawSuperclasses().stream().anyMatch(s -> s.getSimpleName().equals("Builder"));
  }

  private static boolean isStaticUtility(JavaClass c) {
    boolean publicConstructor =
        c.getConstructors().stream().anyMatch(k -> k.getModifiers().contains(JavaModifier.PUBLIC));
    boolean publicInstanceMethod =
        c.getMethods().stream()
            .anyMatch(
                m ->
                    m.getModifiers().contains(JavaModifier.PUBLIC)
                        && !m.getModifiers().contains(JavaModifier.STATIC));
    return !publicConstructor && !publicInstanceMethod;
  }

  @Test
  @DisplayName("the rule finds the library's value types, and only those")
  void theRuleFindsTheValueTypes() {
    List<Class<?>> types = valueTypes();
    List<String> names = types.stream().map(Class::getSimpleName).toList();
    assertTrue(types.size() > 200, "found " + types.size());
    assertTrue(names.containsAll(List.of("Opportunity", "Contract", "GateDecision", "Lead")));
    assertTrue(names.contains("Won"), "nested records of a sealed outcome");
    assertTrue(names.contains("WinRate"), "the KPIs are values too");
    assertTrue(!names.contains("OpportunityStatus"), "enums are jqwik's");
    assertTrue(!names.contains("DomainException"), "exceptions are not values");
    assertTrue(!names.contains("SalesKpis"), "static utility classes are not values");
  }

  @Test
  @DisplayName("the kit has a default arbitrary for every public value type of the library")
  void everyValueTypeHasADefaultArbitrary() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      boolean covered =
          type.getTypeParameters().length == 0
              ? CATALOGUE.covers(type, List.of())
              : !CATALOGUE.parameterisations(type).isEmpty();
      if (!covered) {
        missing.add(type.getName());
      }
    }
    assertEquals(List.of(), missing, missing.size() + " value types have no arbitrary");
  }

  @Provide
  Arbitrary<TypeUsage> catalogued() {
    List<TypeUsage> usages = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      if (type.getTypeParameters().length == 0) {
        if (CATALOGUE.covers(type, List.of())) {
          usages.add(TypeUsage.of(type));
        }
      } else {
        for (List<Class<?>> arguments : CATALOGUE.parameterisations(type)) {
          usages.add(
              TypeUsage.of(type, arguments.stream().map(TypeUsage::of).toArray(TypeUsage[]::new)));
        }
      }
    }
    return Arbitraries.of(usages);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void eachDefaultArbitraryGeneratesValidValues(@ForAll("catalogued") TypeUsage type) {
    Arbitrary<?> arbitrary = Arbitraries.defaultFor(type);
    arbitrary.sampleStream().limit(2).forEach(value -> checkValid(type.getRawType(), value));
  }

  /**
   * A value is valid when it is an instance of its type with value semantics, and when rebuilding
   * it through its type's own checks gives it back: a record through its canonical constructor, an
   * Immutables value through {@code builder().from(value).build()}.
   */
  private static void checkValid(Class<?> type, Object value) {
    assertNotNull(value, type.getName());
    assertTrue(type.isInstance(value), value.getClass() + " is not a " + type);
    assertEquals(value, value, "equal to itself");
    assertEquals(value.hashCode(), value.hashCode(), "a stable hash");
    assertNotNull(value.toString());
    if (value instanceof Aggregate<?, ?> aggregate) {
      assertTrue(aggregate.version() >= 1, "an aggregate has its creation");
    }
    rebuilt(type, value).ifPresent(copy -> assertEquals(value, copy, "rebuilt " + type));
  }

  private static Optional<Object> rebuilt(Class<?> type, Object value) {
    try {
      if (type.isRecord()) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          Method accessor = components[i].getAccessor();
          accessor.setAccessible(true);
          arguments[i] = accessor.invoke(value);
        }
        var constructor =
            type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        constructor.setAccessible(true);
        return Optional.of(constructor.newInstance(arguments));
      }
      Optional<Method> builder =
          Arrays.stream(type.getMethods())
              .filter(m -> m.getName().equals("builder") && m.getParameterCount() == 0)
              .filter(m -> Modifier.isStatic(m.getModifiers()))
              .findFirst();
      if (builder.isPresent()) {
        Object b = builder.get().invoke(null);
        Optional<Method> fromMethod =
            Arrays.stream(b.getClass().getMethods())
                .filter(m -> m.getName().equals("from") && m.getParameterCount() == 1)
                .filter(m -> m.getParameterTypes()[0].equals(type))
                .findFirst();
        if (fromMethod.isEmpty()) {
          return Optional.empty(); // a builder of another kind: nothing to rebuild from
        }
        Method from = fromMethod.get();
        from.setAccessible(true);
        Object filled = from.invoke(b, value);
        Method build = filled.getClass().getMethod("build");
        build.setAccessible(true);
        return Optional.of(build.invoke(filled));
      }
      return Optional.empty();
    } catch (InvocationTargetException e) {
      throw new AssertionError("rebuilding " + value + " failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("cannot rebuild " + type, e);
    }
  }
}
